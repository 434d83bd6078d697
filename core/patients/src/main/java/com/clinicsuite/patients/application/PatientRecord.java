package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientDetails;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's registration record as the front desk sees and edits it: identity, contact, emergency contact
 * and referral. No clinical content. {@code version} goes back with a correction so that a concurrent edit
 * is detected instead of overwritten.
 */
public record PatientRecord(
        UUID id, String mrn, long version, boolean active, int age,
        String givenName, String familyName, String preferredName, LocalDate birthDate,
        String sexAtBirth, String sexAtBirthLabel, String genderIdentity, String pronouns,
        String phone, String email, String contactMethod, String contactMethodLabel,
        String addressLine1, String addressLine2, String city, String state, String zip,
        String emergencyName, String emergencyRelationship, String emergencyPhone,
        String referrerName, String referrerNpi, String referrerPhone,
        Instant deactivatedAt, String deactivationReason,
        Instant updatedAt, String updatedBy) implements Serializable {

    static PatientRecord of(Patient p, LocalDate today) {
        PatientDetails d = p.details();
        return new PatientRecord(p.id(), p.mrn().value(), p.version(), p.isActive(), p.ageOn(today),
                d.givenName(), d.familyName(), d.preferredName(), d.birthDate(),
                d.sexAtBirth() == null ? null : d.sexAtBirth().name(), d.sexAtBirth() == null ? "" : d.sexAtBirth().label(),
                d.genderIdentity(), d.pronouns(),
                d.phone() == null ? null : d.phone().formatted(), d.email(),
                d.contactMethod() == null ? null : d.contactMethod().name(),
                d.contactMethod() == null ? "" : d.contactMethod().label(),
                d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip(),
                d.emergencyName(), d.emergencyRelationship(), d.emergencyPhone() == null ? null : d.emergencyPhone().formatted(),
                d.referrerName(), d.referrerNpi() == null ? null : d.referrerNpi().value(),
                d.referrerPhone() == null ? null : d.referrerPhone().formatted(),
                p.deactivatedAt(), p.deactivationReason(), p.updatedAt(), p.updatedBy());
    }

    /** "Family, Given". */
    public String displayName() {
        return familyName + ", " + givenName;
    }

    /** The record as an editable command, e.g. to start a correction. */
    public PatientDetailsCommand toCommand() {
        return new PatientDetailsCommand(givenName, familyName, preferredName, birthDate, sexAtBirth, genderIdentity,
                pronouns, phone, email, contactMethod, addressLine1, addressLine2, city, state, zip,
                emergencyName, emergencyRelationship, emergencyPhone, referrerName, referrerNpi, referrerPhone);
    }
}
