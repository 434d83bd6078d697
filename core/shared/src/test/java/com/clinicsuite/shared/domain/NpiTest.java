package com.clinicsuite.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpiTest {

    @Test
    void isValid_shouldAcceptTheCmsExampleAndRejectAWrongCheckDigit() {
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.isValid("1234567890")).isFalse();
    }

    @Test
    void isValid_shouldRejectWrongLengthAndNonDigits() {
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("12345678931")).isFalse();
        assertThat(Npi.isValid("12345678a3")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
    }

    @Test
    void constructor_shouldRefuseAnInvalidNpi() {
        assertThatThrownBy(() -> new Npi("1234567890")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Npi("1234567893").value()).isEqualTo("1234567893");
    }
}
