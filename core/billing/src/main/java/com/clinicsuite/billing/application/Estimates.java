package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.CodedUnits;
import com.clinicsuite.billing.domain.Fee;
import com.clinicsuite.billing.domain.GoodFaithEstimate;
import com.clinicsuite.billing.domain.InfusionCoding;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.application.PlanRows;
import com.clinicsuite.treatment.application.TreatmentPlans;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Good Faith Estimates for self-pay and uninsured patients, built from the open plan's services at today's fees, for
 * up to 12 months, with the due date the No Surprises Act sets; and the list of patients billed $400 or more above
 * their estimate (who may dispute within 120 days).
 */
@Stateless
public class Estimates {

    /** The drug is estimated at 2 mL (100 mg at 50 mg/mL) per infusion and billed as actually drawn. */
    static final int ESTIMATED_ML_PER_INFUSION = 2;

    @Inject
    private BillingRepository billing;

    @Inject
    private TreatmentPlans plans;

    @Inject
    private PatientDirectory directory;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.BILLING, Roles.FRONT_DESK})
    public BillingRows.EstimateRow issue(@NotNull UUID patientId, LocalDate firstService) {
        PatientSummary p = directory.summary(patientId);
        LocalDate today = LocalDate.now(clock);
        if (firstService == null || firstService.isBefore(today)) {
            throw new BusinessRuleException("gfe.first", "firstService", "Give the date of the first scheduled service (today or later).");
        }
        PlanRows.ServicePlan plan = plans.servicePlan(patientId).orElseThrow(() -> new BusinessRuleException("gfe.plan",
                "The patient has no open treatment plan to estimate from."));
        List<GoodFaithEstimate.Item> items = new ArrayList<>();
        if (plan.infusions() > 0) {
            if (plan.infusionMinutes() > 0) {
                for (CodedUnits c : InfusionCoding.forMinutes(plan.infusionMinutes())) {
                    item(items, c.code(), plan.infusions() * c.units(), " (" + plan.infusions() + " infusions of " + plan.infusionMinutes() + " min)");
                }
            }
            item(items, "J3490", plan.infusions() * ESTIMATED_ML_PER_INFUSION, " (estimated " + ESTIMATED_ML_PER_INFUSION
                    + " mL per infusion; billed as drawn)");
        }
        if (plan.ptVisits() > 0) {
            String eval = switch (plan.ptEvaluation() == null ? "" : plan.ptEvaluation()) {
                case "HIGH" -> "97163";
                case "MODERATE" -> "97162";
                default -> "97161";
            };
            item(items, eval, 1, "");
            item(items, "97110", plan.ptVisits() * 2, " (2 units per visit, " + plan.ptVisits() + " visits)");
        }
        if (plan.counselingIntake()) {
            item(items, "90791", 1, "");
        }
        if (plan.counselingSessions() > 0) {
            item(items, "90837", plan.counselingSessions(), "");
        }
        GoodFaithEstimate e = GoodFaithEstimate.issue(patientId, plan.planId(), today, today, firstService, items);
        billing.add(e);
        billing.flush();
        audit.record("billing.gfe.issue", patientId, "Good Faith Estimate " + e.total() + " for " + firstService + " to " + e.periodTo());
        return row(e, p.displayName(), Money.zero(Money.USD));
    }

    @RolesAllowed({Roles.BILLING, Roles.FRONT_DESK})
    public BillingRows.EstimateRow get(@NotNull UUID estimateId) {
        GoodFaithEstimate e = billing.estimate(estimateId).orElseThrow(() -> new BusinessRuleException("gfe.notFound", "No such estimate."));
        PatientSummary p = directory.summary(e.patientId());
        audit.record("billing.gfe.view", e.patientId(), "Good Faith Estimate of " + e.issuedOn());
        return row(e, p.displayName(), billed(e));
    }

    /** Patients whose billed total is $400 or more above their latest estimate. */
    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.EstimateRow> flagged() {
        List<GoodFaithEstimate> latest = billing.latestEstimates();
        Map<UUID, PatientSummary> names = directory.summaries(latest.stream().map(GoodFaithEstimate::patientId).collect(Collectors.toSet()));
        List<BillingRows.EstimateRow> rows = latest.stream().map(e -> row(e, names.containsKey(e.patientId()) ? names.get(e.patientId()).displayName()
                : null, billed(e))).filter(BillingRows.EstimateRow::disputeEligible).toList();
        audit.record("billing.gfe.flags", null, rows.size() + " patient(s) billed $400 or more above their estimate");
        return rows;
    }

    /** What the patient was billed for the estimate's period: their own charges, not what went to an insurer. */
    private Money billed(GoodFaithEstimate e) {
        return billing.chargesOf(e.patientId()).stream().filter(c -> c.status() != Charge.Status.VOID)
                .filter(c -> c.route() != Charge.Route.INSURANCE)
                .filter(c -> !c.serviceDate().isBefore(e.firstService()) && !c.serviceDate().isAfter(e.periodTo()))
                .map(Charge::amount).reduce(Money.zero(Money.USD), Money::plus);
    }

    private void item(List<GoodFaithEstimate.Item> items, String code, int quantity, String note) {
        Fee fee = billing.currentFee(code).orElseThrow(() -> new BusinessRuleException("gfe.fee", "No current fee for " + code
                + "; set it under Billing setup first."));
        items.add(new GoodFaithEstimate.Item(fee.label() + note, code, quantity, fee.price()));
    }

    static BillingRows.EstimateRow row(GoodFaithEstimate e, String patientName, Money billed) {
        return new BillingRows.EstimateRow(e.id(), e.patientId(), patientName, e.issuedOn(), e.firstService(), e.periodTo(), e.dueBy(),
                e.total().amount(), billed.amount(), GoodFaithEstimate.disputeEligible(e.total(), billed),
                e.lines().stream().map(l -> new BillingRows.EstimateLineRow(l.lineNo(), l.description(), l.code(), l.quantity(), l.unitPrice(),
                        l.amount())).toList());
    }
}
