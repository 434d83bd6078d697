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
import java.util.List;

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
     * @param duplicateConfirmed the user has seen the possible duplicates and confirms this is another person
     * @throws PossibleDuplicatesException when a patient with the same name and birth date, or the same phone,
     *                                     exists and the user has not confirmed
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public PatientSummary register(@NotNull @Valid PatientDetailsCommand command, boolean duplicateConfirmed) {
        PatientDetails details = command.toDetails(LocalDate.now(clock));
        if (!duplicateConfirmed) {
            List<Patient> matches = patients.possibleDuplicates(details.givenName(), details.familyName(),
                    details.birthDate(), details.phone());
            if (!matches.isEmpty()) {
                throw new PossibleDuplicatesException(matches.stream().map(PatientRegistration::summary).toList());
            }
        }
        Patient patient = Patient.register(patients.nextMrn(), details);
        patients.add(patient);
        audit.record("patient.register", patient.id(), "MRN " + patient.mrn()
                + (duplicateConfirmed ? "; possible duplicate confirmed by the user" : ""));
        return summary(patient);
    }

    static PatientSummary summary(Patient p) {
        return new PatientSummary(p.id(), p.mrn().value(), p.familyName(), p.givenName(), p.birthDate(),
                p.details().phone() == null ? null : p.details().phone().digits(), p.isActive());
    }
}
