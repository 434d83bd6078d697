package com.clinicsuite.patients.domain;

import java.util.Optional;
import java.util.UUID;

/** Where patient records are kept. */
public interface PatientRepository {

    /** The next MRN, drawn from a database sequence, so two registrations never share one. */
    Mrn nextMrn();

    void add(Patient patient);

    Optional<Patient> find(UUID id);
}
