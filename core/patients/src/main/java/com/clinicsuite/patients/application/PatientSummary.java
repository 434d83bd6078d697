package com.clinicsuite.patients.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the patient list: identification and phone only, no clinical content. */
public record PatientSummary(UUID id, String mrn, String familyName, String givenName, LocalDate birthDate,
                             String phone, boolean active) implements Serializable {

    /** "Family, Given", as lists show names. */
    public String displayName() {
        return familyName + ", " + givenName;
    }

    /** "(555) 201-3344", or empty for records registered without a phone. */
    public String phoneFormatted() {
        return Formats.phone(phone);
    }
}
