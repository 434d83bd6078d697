package com.clinicsuite.patients.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MrnTest {

    @Test
    void fromSequence_shouldPadAndAppendTheLuhnCheckDigit() {
        assertThat(Mrn.fromSequence(1).value()).isEqualTo("00000018");
        assertThat(Mrn.fromSequence(1234567).value()).isEqualTo("12345674");
    }

    @Test
    void constructor_shouldRefuseAMistypedDigit() {
        assertThatThrownBy(() -> new Mrn("00000017")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mrn.looksLikeMrn("00000017")).isFalse();
        assertThat(Mrn.looksLikeMrn("00000018")).isTrue();
    }

    @Test
    void fromSequence_shouldRefuseNumbersOutsideSevenDigits() {
        assertThatThrownBy(() -> Mrn.fromSequence(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mrn.fromSequence(10_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }
}
