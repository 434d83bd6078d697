package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The charge review queue: billing corrects codes, units, modifiers and prices (each with a reason, audited) and approves. */
@Stateless
public class Charges {

    /** What one audit row's detail holds. */
    private static final int AUDIT_DETAIL_MAX = 500;

    @Inject
    private BillingRepository billing;

    @Inject
    private PatientDirectory directory;

    @Inject
    private AuditTrail audit;

    /** One page of charges in a status (REVIEW by default), of one patient or all, oldest service first, with the patients' names. */
    @RolesAllowed(Roles.BILLING)
    public PageResult<BillingRows.ChargeRow> queue(String status, UUID patientId, int first, int pageSize) {
        Charge.Status s = status == null || status.isBlank() ? Charge.Status.REVIEW : Choice.of(Charge.Status.class, status, "status", "Status");
        int size = Math.max(1, Math.min(pageSize, 200));
        List<Charge> page = billing.chargesIn(s, patientId, Math.max(0, first), size);
        Map<UUID, PatientSummary> names = directory.summaries(page.stream().map(Charge::patientId).collect(Collectors.toSet()));
        audit.record("billing.charges.list", null, page.size() + " " + s.name().toLowerCase() + " charge(s) of " + names.size() + " patient(s)");
        return new PageResult<>(page.stream().map(c -> row(c, names.get(c.patientId()))).toList(), billing.countIn(s, patientId));
    }

    /** Corrects a charge under review; the reason and the before/after go into the audit trail. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.ChargeRow correct(@NotNull UUID id, long version, String code, int units, String modifiers, BigDecimal unitPrice, String route,
                                         String reason) {
        Charge c = current(id, version);
        String before = describe(c);
        List<String> mods = modifiers == null || modifiers.isBlank() ? List.of()
                : Arrays.stream(modifiers.toUpperCase().split("[\\s,;-]+")).filter(m -> !m.isBlank()).toList();
        c.correct(code, units, mods, unitPrice == null ? null : Money.of(unitPrice, Money.USD),
                route == null || route.isBlank() ? null : Choice.of(Charge.Route.class, route, "route", "Bill to"), reason);
        billing.flush();
        audit.record("billing.charge.correct", c.patientId(), before + " → " + describe(c) + "; reason: " + reason.strip());
        return row(c, directory.summaries(List.of(c.patientId())).get(c.patientId()));
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.ChargeRow approve(@NotNull UUID id, long version) {
        Charge c = current(id, version);
        c.approve();
        billing.flush();
        audit.record("billing.charge.approve", c.patientId(), describe(c));
        return row(c, null);
    }

    /**
     * The month-end run's approval: every charge of the patient waiting for review without a reviewer's note is
     * approved, with one flush, and audited in as few rows as name them all (an audit row holds 500 characters). A
     * charge that cannot be approved (no price, no diagnosis) throws, and the caller's transaction rolls back.
     *
     * @return how many charges were approved
     */
    @RolesAllowed(Roles.BILLING)
    public int approveReady(@NotNull UUID patientId) {
        List<Charge> ready = billing.readyToApprove(patientId);
        if (ready.isEmpty()) {
            return 0;
        }
        ready.forEach(Charge::approve);
        billing.flush();
        StringBuilder detail = new StringBuilder();
        for (Charge c : ready) {
            String one = describe(c);
            if (!detail.isEmpty() && detail.length() + 2 + one.length() > AUDIT_DETAIL_MAX) {
                audit.record("billing.charge.approve", patientId, detail.toString());
                detail.setLength(0);
            }
            detail.append(detail.isEmpty() ? "" : "; ").append(one);
        }
        audit.record("billing.charge.approve", patientId, detail.toString());
        return ready.size();
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.ChargeRow voidCharge(@NotNull UUID id, long version, String reason) {
        Charge c = current(id, version);
        c.voidCharge(reason);
        billing.flush();
        audit.record("billing.charge.void", c.patientId(), describe(c) + "; reason: " + reason.strip());
        return row(c, null);
    }

    /** The charges of one visit (for the visit page's billing summary and the tests). */
    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.ChargeRow> ofVisit(@NotNull UUID visitId) {
        List<Charge> charges = billing.chargesOfVisit(visitId);
        charges.stream().findFirst().ifPresent(c -> audit.record("billing.charges.visit", c.patientId(), "charges of visit " + visitId));
        return charges.stream().map(c -> row(c, null)).toList();
    }

    private Charge current(UUID id, long version) {
        Charge c = billing.charge(id).orElseThrow(() -> new BusinessRuleException("charge.notFound", "No such charge; reload the page."));
        if (c.version() != version) {
            throw new BusinessRuleException("charge.stale", "This charge was changed by " + c.updatedBy() + "; reload and try again.");
        }
        return c;
    }

    private static String describe(Charge c) {
        return c.code() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers())) + " ×" + c.units() + " at " + c.unitPrice()
                + " = " + c.amount() + " (" + c.route().name().toLowerCase() + ")";
    }

    static BillingRows.ChargeRow row(Charge c, PatientSummary p) {
        return new BillingRows.ChargeRow(c.id(), c.version(), c.patientId(), p == null ? null : p.displayName(), p == null ? null : p.mrn(), c.visitId(),
                c.serviceDate(), c.serviceLine().name(), c.code(), c.modifiers(), c.units(), c.unitPrice().amount(), c.amount().amount(), c.ndc(),
                c.drugQuantity(), c.drugUnit(), c.diagnoses(), c.providerName(), c.providerNpi(), c.route().name(), c.status().name(), c.reviewNote());
    }
}
