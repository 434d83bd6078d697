package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Mrn MRN = Mrn.fromSequence(42);

    private static PatientDetails.Input input(String given, String family, LocalDate birthDate) {
        return new PatientDetails.Input(given, family, null, birthDate, Sex.FEMALE, null, null,
                "(555) 201-3344", null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static PatientDetails details(String given, String family, LocalDate birthDate) {
        return PatientDetails.of(input(given, family, birthDate), TODAY);
    }

    @Test
    void register_shouldTrimNamesAndStartActive() {
        Patient p = Patient.register(MRN, details("  Ana  María ", " Núñez ", LocalDate.of(1980, 2, 29)));

        assertThat(p.givenName()).isEqualTo("Ana María");
        assertThat(p.familyName()).isEqualTo("Núñez");
        assertThat(p.isActive()).isTrue();
        assertThat(p.mrn()).isEqualTo(MRN);
        assertThat(p.ageOn(TODAY)).isEqualTo(46);
        assertThat(p.details().phone().digits()).isEqualTo("5552013344");
        assertThat(p.details().contactMethod()).isEqualTo(ContactMethod.PHONE);
    }

    @Test
    void details_shouldRefuseABirthDateInTheFuture() {
        assertThatThrownBy(() -> details("Ann", "Lee", TODAY.plusDays(1)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Date of birth cannot be in the future.")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("birthDate"));
    }

    @Test
    void details_shouldAcceptANewbornBornToday_andRefuseAnImplausiblyOldDate() {
        assertThat(details("Baby", "Lee", TODAY).birthDate()).isEqualTo(TODAY);
        assertThatThrownBy(() -> details("Ann", "Lee", TODAY.minusYears(130)))
                .extracting(e -> ((BusinessRuleException) e).key()).isEqualTo("patient.birthDate.implausible");
    }

    @Test
    void details_shouldRefuseBlankOrOverlongNames() {
        assertThatThrownBy(() -> details("  ", "Lee", LocalDate.of(1990, 1, 1))).hasMessage("Given name is required.");
        assertThatThrownBy(() -> details("Ann", "x".repeat(101), LocalDate.of(1990, 1, 1)))
                .hasMessage("Family name may have at most 100 characters.");
    }

    @Test
    void details_shouldRefuseMalformedPhoneEmailAndNpi_namingTheField() {
        PatientDetails.Input ok = input("Ann", "Lee", LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> PatientDetails.of(with(ok, "phone", "555-1234"), TODAY))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("phone"));
        assertThatThrownBy(() -> PatientDetails.of(with(ok, "phone", "(055) 201-3344"), TODAY))
                .hasMessageContaining("10-digit US phone number");
        assertThatThrownBy(() -> PatientDetails.of(with(ok, "email", "ann@"), TODAY))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("email"));
        assertThatThrownBy(() -> PatientDetails.of(with(ok, "referrerNpi", "1234567890"), TODAY))
                .hasMessageContaining("check digit");
        assertThat(PatientDetails.of(with(ok, "referrerNpi", "1234567893"), TODAY).referrerNpi().value()).isEqualTo("1234567893");
        assertThat(PatientDetails.of(with(ok, "phone", "+1 555.201.3344"), TODAY).phone().formatted()).isEqualTo("(555) 201-3344");
    }

    @Test
    void details_shouldNeedAnEmergencyPhoneWithAnEmergencyName() {
        PatientDetails.Input named = with(input("Ann", "Lee", LocalDate.of(1990, 1, 1)), "emergencyName", "Sam Lee");
        assertThatThrownBy(() -> PatientDetails.of(named, TODAY)).hasMessage("The emergency contact needs a phone number.");
    }

    @Test
    void deactivate_needsAReason_andHappensOnce() {
        Patient p = Patient.register(MRN, details("Ann", "Lee", LocalDate.of(1990, 1, 1)));
        assertThatThrownBy(() -> p.deactivate(" ", Instant.EPOCH)).hasMessageContaining("reason");
        p.deactivate("Moved out of state", Instant.EPOCH);
        assertThat(p.isActive()).isFalse();
        assertThat(p.deactivationReason()).isEqualTo("Moved out of state");
        assertThatThrownBy(() -> p.deactivate("again", Instant.EPOCH)).hasMessage("This patient is already inactive.");
        assertThatThrownBy(() -> p.correct(details("Ann", "Lee", LocalDate.of(1990, 1, 1)))).hasMessageContaining("inactive");
    }

    /** A copy of {@code in} with one text field replaced. */
    private static PatientDetails.Input with(PatientDetails.Input in, String field, String value) {
        return new PatientDetails.Input(in.givenName(), in.familyName(), in.preferredName(), in.birthDate(), in.sexAtBirth(),
                in.genderIdentity(), in.pronouns(),
                field.equals("phone") ? value : in.phone(), field.equals("email") ? value : in.email(), in.contactMethod(),
                in.addressLine1(), in.addressLine2(), in.city(), in.state(), in.zip(),
                field.equals("emergencyName") ? value : in.emergencyName(), in.emergencyRelationship(), in.emergencyPhone(),
                in.referrerName(), field.equals("referrerNpi") ? value : in.referrerNpi(), in.referrerPhone());
    }
}
