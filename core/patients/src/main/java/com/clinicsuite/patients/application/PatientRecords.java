package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientDetails;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Opening, correcting and deactivating a patient's registration record. */
@Stateless
public class PatientRecords {

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The registration record of one patient; every opening is audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR,
            Roles.BILLING})
    public PatientRecord open(@NotNull UUID id) {
        Patient patient = patients.require(id);
        audit.record("patient.open", id, "registration record");
        return PatientRecord.of(patient, LocalDate.now(clock));
    }

    /**
     * Replaces the patient's details, if nobody has saved the record since {@code expectedVersion}.
     *
     * @throws ConcurrentEditException when the record changed in the meantime; nothing is overwritten
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public PatientRecord correct(@NotNull UUID id, long expectedVersion, @NotNull @Valid PatientDetailsCommand command) {
        Patient patient = patients.require(id);
        LocalDate today = LocalDate.now(clock);
        requireVersion(patient, expectedVersion, today);
        PatientDetails details = command.toDetails(today);
        patient.correct(details);
        patients.flush();
        audit.record("patient.correct", id, "registration details corrected");
        return PatientRecord.of(patient, today);
    }

    /** Deactivates the patient (never deletes), with a reason. */
    @RolesAllowed(Roles.FRONT_DESK)
    public PatientRecord deactivate(@NotNull UUID id, long expectedVersion, String reason) {
        Patient patient = patients.require(id);
        LocalDate today = LocalDate.now(clock);
        requireVersion(patient, expectedVersion, today);
        patient.deactivate(reason, clock.instant());
        patients.flush();
        audit.record("patient.deactivate", id, "reason: " + reason.strip());
        return PatientRecord.of(patient, today);
    }

    private void requireVersion(Patient patient, long expectedVersion, LocalDate today) {
        if (patient.version() != expectedVersion) {
            throw new ConcurrentEditException(PatientRecord.of(patient, today));
        }
    }

}
