package com.clinicsuite.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuhnCheckDigitTest {

    @Test
    void compute_shouldMatchTheCmsNpiWorkedExample() {
        // CMS: NPI 123456789 with the 80840 prefix has check digit 3, giving 1234567893.
        assertThat(LuhnCheckDigit.compute("80840123456789")).isEqualTo(3);
    }

    @Test
    void compute_shouldMatchTheClassicLuhnExample() {
        assertThat(LuhnCheckDigit.compute("7992739871")).isEqualTo(3);
    }

    @Test
    void isValid_shouldAcceptCorrectAndRejectAlteredNumbers() {
        assertThat(LuhnCheckDigit.isValid("79927398713")).isTrue();
        assertThat(LuhnCheckDigit.isValid("79927398710")).isFalse();
        assertThat(LuhnCheckDigit.isValid("7992739871x")).isFalse();
        assertThat(LuhnCheckDigit.isValid(null)).isFalse();
    }

    @Test
    void compute_shouldRefuseNonDigits() {
        assertThatThrownBy(() -> LuhnCheckDigit.compute("12a")).isInstanceOf(IllegalArgumentException.class);
    }
}
