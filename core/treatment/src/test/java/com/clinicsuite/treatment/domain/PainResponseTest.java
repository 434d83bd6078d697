package com.clinicsuite.treatment.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainResponseTest {

    @ParameterizedTest(name = "NRS {0} → {1}: {2} %, {3}, responder {4}")
    @CsvSource({
            "8, 8, 0.0, NONE, false",
            "10, 9, 10.0, MINIMAL, false",
            "10, 8, 20.0, MINIMAL, false",
            "8, 6, 25.0, MINIMAL, false",
            "10, 7, 30.0, MODERATE, true",
            "7, 5, 28.6, MINIMAL, false",
            "8, 5, 37.5, MODERATE, true",
            "8, 4, 50.0, SUBSTANTIAL, true",
            "6, 1, 83.3, SUBSTANTIAL, true",
            "5, 7, -40.0, NONE, false"})
    void reduction_category_andResponder_followImmpact(int baseline, int current, String percent, PainResponse.Category category,
                                                       boolean responder) {
        assertThat(PainResponse.reductionPercent(baseline, current)).isEqualByComparingTo(percent);
        assertThat(PainResponse.categorize(PainResponse.reductionPercent(baseline, current))).isEqualTo(category);
        assertThat(PainResponse.isResponder(baseline, current)).isEqualTo(responder);
    }

    @Test
    void aZeroBaseline_cannotImprove_andScoresOutOfRangeAreRefused() {
        assertThat(PainResponse.reductionPercent(0, 0)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> PainResponse.reductionPercent(11, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
