package com.clinicsuite.patients.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the patient list: identification only, no clinical content. */
public record PatientSummary(UUID id, String mrn, String familyName, String givenName, LocalDate birthDate,
                             boolean active) implements Serializable {

    /** "Family, Given", as lists show names. */
    public String displayName() {
        return familyName + ", " + givenName;
    }
}
