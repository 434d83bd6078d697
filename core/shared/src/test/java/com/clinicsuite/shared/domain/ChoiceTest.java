package com.clinicsuite.shared.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChoiceTest {

    @Test
    void of_shouldReadCodesIgnoringCaseAndSpaces() {
        assertThat(Choice.of(DayOfWeek.class, " monday ", "day", "Day")).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void of_shouldRefuseBlankAndUnknownCodesNamingTheField() {
        assertThatThrownBy(() -> Choice.of(DayOfWeek.class, " ", "day", "Day")).hasMessage("Day is required.");
        assertThatThrownBy(() -> Choice.of(DayOfWeek.class, "someday", "day", "Day"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Day \"someday\" is not one of the choices.")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("day"));
    }

    @Test
    void optional_shouldTreatBlankAsNotGiven() {
        assertThat(Choice.optional(DayOfWeek.class, "", "day", "Day")).isNull();
    }
}
