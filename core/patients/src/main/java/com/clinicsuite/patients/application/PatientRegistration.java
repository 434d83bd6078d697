package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.Patient;
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

/** Registering a patient: the front desk's first step with every new referral. */
@Stateless
public class PatientRegistration {

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Registers a patient and gives them a new MRN.
     *
     * @return the new patient's summary
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public PatientSummary register(@NotNull @Valid RegisterPatientCommand command) {
        Patient patient = Patient.register(patients.nextMrn(), command.givenName(), command.familyName(),
                command.birthDate(), LocalDate.now(clock));
        patients.add(patient);
        audit.record("patient.register", patient.id(), "MRN " + patient.mrn());
        return new PatientSummary(patient.id(), patient.mrn().value(), patient.familyName(), patient.givenName(),
                patient.birthDate(), patient.isActive());
    }
}
