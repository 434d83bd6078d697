package com.clinicsuite.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void fold_shouldIgnoreCaseAccentsAndExtraSpaces() {
        assertThat(SearchText.fold("  José   ÁLVAREZ ")).isEqualTo("jose alvarez");
        assertThat(SearchText.fold("Zoë Brontë-Ñúñez")).isEqualTo("zoe bronte-nunez");
    }

    @Test
    void fold_shouldTreatNullAsEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
