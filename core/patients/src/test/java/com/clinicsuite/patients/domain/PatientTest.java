package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Mrn MRN = Mrn.fromSequence(42);

    @Test
    void register_shouldTrimNamesAndStartActive() {
        Patient p = Patient.register(MRN, "  Ana  María ", " Núñez ", LocalDate.of(1980, 2, 29), TODAY);

        assertThat(p.givenName()).isEqualTo("Ana María");
        assertThat(p.familyName()).isEqualTo("Núñez");
        assertThat(p.isActive()).isTrue();
        assertThat(p.id()).isNotNull();
        assertThat(p.mrn()).isEqualTo(MRN);
        assertThat(p.ageOn(TODAY)).isEqualTo(46);
    }

    @Test
    void register_shouldRefuseABirthDateInTheFuture() {
        assertThatThrownBy(() -> Patient.register(MRN, "Ann", "Lee", TODAY.plusDays(1), TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Date of birth cannot be in the future.")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("birthDate"));
    }

    @Test
    void register_shouldAcceptANewbornBornToday() {
        assertThat(Patient.register(MRN, "Baby", "Lee", TODAY, TODAY).ageOn(TODAY)).isZero();
    }

    @Test
    void register_shouldRefuseAnImplausiblyOldBirthDate() {
        assertThatThrownBy(() -> Patient.register(MRN, "Ann", "Lee", TODAY.minusYears(130), TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).key())
                .isEqualTo("patient.birthDate.implausible");
    }

    @Test
    void register_shouldRefuseBlankOrOverlongNames() {
        assertThatThrownBy(() -> Patient.register(MRN, "  ", "Lee", LocalDate.of(1990, 1, 1), TODAY))
                .hasMessage("Given name is required.");
        assertThatThrownBy(() -> Patient.register(MRN, "Ann", "x".repeat(101), LocalDate.of(1990, 1, 1), TODAY))
                .hasMessage("Family name may have at most 100 characters.");
    }
}
