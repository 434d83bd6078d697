package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where patient records are kept. */
public interface PatientRepository {

    /** The next MRN, drawn from a database sequence, so two registrations never share one. */
    Mrn nextMrn();

    void add(Patient patient);

    Optional<Patient> find(UUID id);

    /** The patient, or a refusal that the link names no patient. */
    default Patient require(UUID id) {
        return find(id).orElseThrow(() -> new BusinessRuleException("patient.notFound",
                "No patient with this id; the link may be out of date."));
    }

    /** The patients with these ids (one query), in no particular order; unknown ids are skipped. */
    List<Patient> findAll(java.util.Collection<UUID> ids);

    /** Writes pending changes now, so a concurrent update surfaces inside the service call. */
    void flush();

    /**
     * Patients who may be the same person: same name and date of birth, or same phone.
     */
    List<Patient> possibleDuplicates(String givenName, String familyName, LocalDate birthDate, PhoneNumber phone);
}
