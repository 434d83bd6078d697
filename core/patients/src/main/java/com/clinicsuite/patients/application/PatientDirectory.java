package com.clinicsuite.patients.application;

import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.shared.application.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Finding patients: the list every role that works with patients starts from. */
@Stateless
public class PatientDirectory {

    @Inject
    private PatientListQuery query;

    @Inject
    private com.clinicsuite.patients.domain.PatientRepository patients;

    @Inject
    private AuditTrail audit;

    /** How many patients match {@code text}; a count is not patient data, so it is not audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR,
            Roles.BILLING})
    public long count(@Size(max = 100, message = "Search text may have at most 100 characters.") String text) {
        return query.find(text, PageRequest.first(1)).total();
    }

    /** One patient's identification, e.g. for booking; audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR,
            Roles.BILLING})
    public PatientSummary summary(@NotNull java.util.UUID patientId) {
        PatientSummary s = PatientRegistration.summary(patients.require(patientId));
        audit.record("patient.lookup", patientId, "identification");
        return s;
    }

    /** Identification of several patients at once (e.g. the day's schedule), keyed by id; audited once. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR,
            Roles.BILLING})
    public java.util.Map<java.util.UUID, PatientSummary> summaries(@NotNull java.util.Collection<java.util.UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<java.util.UUID, PatientSummary> found = query.byIds(ids);
        audit.record("patient.list", null, "identification of " + found.size() + " patient(s) for a schedule");
        return found;
    }

    /** One page of patients matching {@code text} (MRN or name prefix; blank for all). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR,
            Roles.BILLING})
    public PageResult<PatientSummary> find(@Size(max = 100, message = "Search text may have at most 100 characters.")
                                           String text, @NotNull PageRequest page) {
        PageResult<PatientSummary> result = query.find(text, page);
        audit.record("patient.list", null, "search '" + (text == null ? "" : text.strip()) + "', rows "
                + page.offset() + "+" + result.rows().size() + " of " + result.total());
        return result;
    }

    /**
     * The patient with this MRN, as an administrator needs it to run an audit report ("who viewed this record"):
     * the id and name only, nothing clinical or contact-related.
     */
    @RolesAllowed(Roles.ADMIN)
    public java.util.Optional<AuditSubject> forAudit(String mrn) {
        if (mrn == null || !mrn.strip().matches("\\d{8}")) {
            throw new com.clinicsuite.shared.error.BusinessRuleException("audit.mrn", "mrn", "Enter the patient's 8-digit MRN.");
        }
        java.util.Optional<AuditSubject> found = query.find(mrn.strip(), com.clinicsuite.shared.application.PageRequest.first(1)).rows().stream()
                .filter(p -> p.mrn().equals(mrn.strip())).findFirst().map(p -> new AuditSubject(p.id(), p.mrn(), p.displayName()));
        audit.record("audit.subject", found.map(AuditSubject::id).orElse(null), "MRN " + mrn.strip());
        return found;
    }

    /** Whom an audit report is about. */
    public record AuditSubject(java.util.UUID id, String mrn, String displayName) implements java.io.Serializable {
    }
}
