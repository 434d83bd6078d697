package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.InsurancePolicy;
import com.clinicsuite.patients.domain.InsuranceRepository;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A patient's insurance. Front desk adds and ends policies; billing reads them for claims. Only one primary
 * and one secondary policy may be in effect on any day.
 */
@Stateless
public class InsurancePolicies {

    @Inject
    private InsuranceRepository policies;

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public List<InsuranceRow> list(@NotNull UUID patientId) {
        patients.require(patientId);
        audit.record("insurance.list", patientId, "insurance policies");
        LocalDate today = LocalDate.now(clock);
        return policies.forPatient(patientId).stream().map(p -> row(p, today)).toList();
    }

    /**
     * The policy of the given priority in effect on a day, if any. Charge capture asks this when a clinician signs a
     * visit, so clinicians may call it; it returns the policy only, nothing else of the record.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public java.util.Optional<InsuranceRow> inEffect(@NotNull UUID patientId, @NotNull String priority, @NotNull LocalDate on) {
        audit.record("insurance.coverage", patientId, priority.toLowerCase(Locale.ROOT) + " coverage on " + on);
        return policies.forPatient(patientId).stream()
                .filter(p -> p.priority().name().equals(priority) && p.inEffectOn(on))
                .findFirst().map(p -> row(p, on));
    }

    @RolesAllowed(Roles.FRONT_DESK)
    public InsuranceRow add(@NotNull UUID patientId, @NotNull AddInsuranceCommand c) {
        patients.require(patientId);
        InsurancePolicy policy = InsurancePolicy.add(patientId,
                Choice.of(InsurancePolicy.Priority.class, c.priority(), "priority", "Priority"),
                c.payerName(), c.payerId(), c.memberId(), c.groupNumber(), c.subscriberName(),
                Choice.of(InsurancePolicy.Relationship.class, c.relationship(), "relationship", "Relationship"),
                c.effectiveFrom(), c.effectiveTo());
        policies.forPatient(patientId).stream()
                .filter(p -> p.priority() == policy.priority() && p.overlaps(policy))
                .findFirst()
                .ifPresent(clash -> {
                    throw new BusinessRuleException("insurance.overlap", "priority", "A " + policy.priority().name().toLowerCase(Locale.ROOT)
                            + " policy (" + clash.payerName() + ", member " + clash.memberId() + ") already covers these dates. "
                            + "End it first, or add this one as " + (policy.priority() == InsurancePolicy.Priority.PRIMARY ? "secondary" : "primary") + ".");
                });
        policies.add(policy);
        audit.record("insurance.add", patientId, policy.priority() + " " + policy.payerName() + " member " + policy.memberId());
        return row(policy, LocalDate.now(clock));
    }

    @RolesAllowed(Roles.FRONT_DESK)
    public InsuranceRow end(@NotNull UUID policyId, long version, LocalDate on) {
        InsurancePolicy policy = policies.find(policyId).orElseThrow(() -> new BusinessRuleException("insurance.notFound",
                "No such policy; reload the page."));
        if (policy.version() != version) {
            throw new BusinessRuleException("insurance.stale", "This policy was changed by " + policy.updatedBy() + "; reload and try again.");
        }
        policy.end(on);
        audit.record("insurance.end", policy.patientId(), policy.payerName() + " ends " + on);
        return row(policy, LocalDate.now(clock));
    }


    private static InsuranceRow row(InsurancePolicy p, LocalDate today) {
        return new InsuranceRow(p.id(), p.priority().name(), p.payerName(), p.payerId(), p.memberId(), p.groupNumber(),
                p.subscriberName(), p.relationship().name(), p.effectiveFrom(), p.effectiveTo(), p.inEffectOn(today), p.version());
    }
}
