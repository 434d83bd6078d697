package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.Account;
import com.clinicsuite.billing.domain.BillingIdentity;
import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Claim;
import com.clinicsuite.billing.domain.ClaimBatch;
import com.clinicsuite.billing.domain.Invoice;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.patients.application.InsurancePolicies;
import com.clinicsuite.patients.application.InsuranceRow;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientRecord;
import com.clinicsuite.patients.application.PatientRecords;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Insurance claims from approved charges: one claim per patient and payer (primary policy in effect), 837P batches
 * per payer (validated in the tests by an independent X12 parser), the same data as a CMS-1500, status updates,
 * manual remittance posting (payer paid, contractual adjustment with its CARC, patient responsibility invoiced to the
 * patient), and corrections (frequency 7) or voids (8).
 */
@Stateless
public class Claims {

    /** Usage indicator of the interchanges: T (test) until the clinic's clearinghouse enrolment is live. */
    static final String USAGE = System.getenv().getOrDefault("CLINIC_X12_USAGE", "T");

    @Inject
    private BillingRepository billing;

    @Inject
    private PatientDirectory directory;

    @Inject
    private PatientRecords records;

    @Inject
    private InsurancePolicies insurance;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The result of creating claims: how many, and why some charges could not be claimed yet. */
    public record Run(int created, List<String> problems) implements java.io.Serializable {
    }

    /** Creates draft claims for every approved insurance charge: per patient, to the primary payer in effect on the first service date. */
    @RolesAllowed(Roles.BILLING)
    public Run createClaims() {
        Map<UUID, List<Charge>> byPatient = billing.approved(Charge.Route.INSURANCE, null).stream()
                .collect(Collectors.groupingBy(Charge::patientId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, PatientSummary> names = directory.summaries(byPatient.keySet());
        // read once: a lookup per patient made Hibernate flush-check every charge and claim of the run each time (quadratic)
        Map<String, Payer> payers = billing.payers().stream().collect(Collectors.toMap(Payer::payerId, Function.identity(), (a, b) -> a));
        int created = 0;
        List<String> problems = new ArrayList<>();
        for (var e : byPatient.entrySet()) {
            String who = names.containsKey(e.getKey()) ? names.get(e.getKey()).displayName() : e.getKey().toString();
            LocalDate first = e.getValue().get(0).serviceDate();
            var policy = insurance.inEffect(e.getKey(), "PRIMARY", first);
            if (policy.isEmpty()) {
                problems.add(who + ": no primary insurance in effect on " + first + "; re-route the charges to self-pay or add the policy.");
                continue;
            }
            var payer = policy.get().payerId() == null ? java.util.Optional.<Payer>empty()
                    : java.util.Optional.ofNullable(payers.get(policy.get().payerId().strip().toUpperCase()));
            if (payer.isEmpty()) {
                problems.add(who + ": payer " + policy.get().payerName() + " (ID " + policy.get().payerId() + ") is not set up under Billing setup → Payers.");
                continue;
            }
            InsuranceRow p = policy.get();
            Claim claim = Claim.create(e.getKey(), payer.get(), p.priority(), p.memberId(), p.groupNumber(), p.subscriberName(), p.relationship(),
                    billing.nextClaimControl(), e.getValue());
            billing.add(claim);
            created++;
            audit.record("billing.claim.create", e.getKey(), "claim " + claim.controlNumber() + " to " + payer.get().name() + ", " + claim.total());
        }
        billing.flush();
        return new Run(created, problems);
    }

    @RolesAllowed(Roles.BILLING)
    public List<BillingRows.ClaimRow> list(String status) {
        Claim.Status s = status == null || status.isBlank() ? null : Choice.of(Claim.Status.class, status, "status", "Status");
        List<Claim> claims = billing.claims(s);
        Map<UUID, PatientSummary> names = directory.summaries(claims.stream().map(Claim::patientId).collect(Collectors.toSet()));
        Map<UUID, Payer> payers = billing.payers().stream().collect(Collectors.toMap(Payer::id, Function.identity()));
        audit.record("billing.claims.list", null, claims.size() + " claim(s) of " + names.size() + " patient(s)");
        return claims.stream().map(c -> row(c, names.get(c.patientId()), payers.get(c.payerRef()))).toList();
    }

    /** Writes every draft claim to one payer into an 837P batch and marks them submitted. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.BatchRow submit(@NotNull UUID payerRef) {
        Payer payer = billing.payer(payerRef).orElseThrow(() -> new BusinessRuleException("payer.notFound", "No such payer."));
        List<Claim> ready = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (Claim c : billing.claims(Claim.Status.DRAFT).stream().filter(c -> c.payerRef().equals(payerRef)).toList()) {
            try {
                document(List.of(c), payer, 0);
                ready.add(c);
            } catch (BusinessRuleException notReady) {
                held.add(notReady.getMessage());
            }
        }
        if (ready.isEmpty()) {
            throw new BusinessRuleException("claim.none", held.isEmpty() ? "There are no draft claims for " + payer.name() + "."
                    : "No claim to " + payer.name() + " can be sent yet. " + String.join(" ", held));
        }
        List<Claim> drafts = ready;
        long control = billing.nextInterchangeControl();
        ClaimDocument doc = document(drafts, payer, control);
        String content;
        try {
            content = X837Writer.write(doc);
        } catch (IllegalArgumentException invalid) {
            throw new BusinessRuleException("claim.invalid", "The claims cannot be sent: " + invalid.getMessage());
        }
        ClaimBatch batch = new ClaimBatch(UUID.randomUUID(), payerRef, control, drafts.size(), content, clock.instant(), me());
        billing.add(batch);
        billing.flush();
        drafts.forEach(c -> c.submitted(batch.id(), LocalDate.now(clock)));
        billing.flush();
        drafts.forEach(c -> audit.record("billing.claim.submit", c.patientId(), "claim " + c.controlNumber() + " in 837P interchange " + control));
        return batchRow(batch, payer, held);
    }

    /** The 837P file of a batch, as sent. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.BatchRow batch(@NotNull UUID batchId) {
        ClaimBatch b = billing.batch(batchId).orElseThrow(() -> new BusinessRuleException("batch.notFound", "No such batch."));
        audit.record("billing.claim.file", null, "837P interchange " + b.interchangeControl() + " (" + b.claims() + " claims) downloaded");
        return batchRow(b, billing.payer(b.payerRef()).orElseThrow(), List.of());
    }

    @RolesAllowed(Roles.BILLING)
    public String batchContent(@NotNull UUID batchId) {
        ClaimBatch b = billing.batch(batchId).orElseThrow(() -> new BusinessRuleException("batch.notFound", "No such batch."));
        audit.record("billing.claim.file", null, "837P interchange " + b.interchangeControl() + " (" + b.claims() + " claims) downloaded");
        return b.content();
    }

    /** One claim as a document (the CMS-1500 prints it). */
    @RolesAllowed(Roles.BILLING)
    public ClaimDocument document(@NotNull UUID claimId) {
        Claim c = claim(claimId);
        Payer payer = billing.payer(c.payerRef()).orElseThrow();
        audit.record("billing.claim.form", c.patientId(), "CMS-1500 of claim " + c.controlNumber());
        return document(List.of(c), payer, 0);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.ClaimRow accept(@NotNull UUID claimId, long version, String payerClaimNumber) {
        Claim c = current(claimId, version);
        c.accepted(payerClaimNumber);
        return saved(c, "billing.claim.accept", "accepted as " + payerClaimNumber);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.ClaimRow deny(@NotNull UUID claimId, long version, String reason, String carc) {
        Claim c = current(claimId, version);
        c.denied(reason, carc);
        return saved(c, "billing.claim.deny", "denied: " + reason);
    }

    /**
     * Posts a remittance: the payer's payment is recorded against the claim; the patient's share (copay, coinsurance,
     * deductible) becomes an issued invoice on the patient's account. Exactly once per idempotency key.
     */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.ClaimRow remit(@NotNull UUID claimId, long version, @NotNull BillingRows.Remit r) {
        if (r.idempotencyKey() == null || r.idempotencyKey().isBlank()) {
            throw new BusinessRuleException("payment.key", "A remittance needs its submission key; reload the page.");
        }
        Claim c = billing.claim(claimId).orElseThrow(() -> new BusinessRuleException("claim.notFound", "No such claim; reload the page."));
        billing.lockAccount(c.patientId());
        if (billing.paymentByKey(r.idempotencyKey()).isPresent() || billing.paymentByKey(r.idempotencyKey() + ":patient").isPresent()) {
            return row(c, null, null);
        }
        if (c.version() != version) {
            throw new BusinessRuleException("claim.stale", "This claim was changed by " + c.updatedBy() + "; reload and try again.");
        }
        Money patientPart = c.remit(money(r.paid(), "paid"), money(r.contractualAdjustment(), "contractualAdjustment"), r.carc(),
                money(r.patientResponsibility(), "patientResponsibility"));
        c.patientShare(part(r.deductible(), "deductible"), part(r.coinsurance(), "coinsurance"), part(r.copay(), "copay"));
        Account a = new Account(c.patientId(), Money.USD, billing.openInvoices(c.patientId()), billing.creditPayments(c.patientId()),
                LocalDate.now(clock), clock.instant(), me());
        if (c.paid().isPositive()) {
            a.insurancePaid(c.paid(), c.id(), "claim " + c.controlNumber(), r.idempotencyKey());
        }
        Claim secondary = patientPart.isPositive() && "PRIMARY".equals(c.priority()) ? secondaryFor(c) : null;
        if (secondary != null) {
            billing.add(secondary);
            audit.record("billing.claim.secondary", c.patientId(), "secondary claim " + secondary.controlNumber() + " for the patient's share of "
                    + patientPart + " after " + c.controlNumber());
        } else if (patientPart.isPositive()) {
            Invoice inv = Invoice.draft(c.patientId(), Money.USD);
            String after = " after insurance (" + payerName(c) + ", claim " + c.controlNumber() + ")";
            if (c.hasShareParts()) {
                c.patientShareByReason().forEach((reason, amount) -> inv.addLine(null, c.submittedOn(), null, SHARE_LABELS.get(reason) + after, 1, amount));
            } else {
                inv.addLine(null, c.submittedOn(), null, "Your share" + after + ": copay, coinsurance or deductible", 1, patientPart);
            }
            billing.add(inv);
            billing.flush();
            a.issue(inv, billing.nextInvoiceNumber());
        }
        a.created().forEach(billing::add);
        billing.flush();
        return saved(c, "billing.claim.remit", "paid " + c.paid() + ", adjustment " + c.contractualAdjustment() + (c.carc() == null ? "" : " (" + c.carc() + ")")
                + ", patient " + c.patientResponsibility());
    }

    /** Invoice wording for the patient's share by CARC reason (group PR). */
    private static final java.util.Map<String, String> SHARE_LABELS = java.util.Map.of("1", "Deductible", "2", "Coinsurance", "3", "Copay");

    private static Money part(java.math.BigDecimal amount, String field) {
        return amount == null ? null : money(amount, field);
    }

    /** A replacement claim (frequency 7) with the same charges, to correct a submitted one. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.ClaimRow correct(@NotNull UUID claimId, long version) {
        Claim f = current(claimId, version).follow("7", billing.nextClaimControl());
        billing.add(f);
        return saved(f, "billing.claim.correct", "replacement of " + claim(claimId).controlNumber());
    }

    /** A void claim (frequency 8) withdrawing a submitted one; its charges may be claimed again. */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.ClaimRow voidClaim(@NotNull UUID claimId, long version) {
        Claim original = current(claimId, version);
        Claim f = original.follow("8", billing.nextClaimControl());
        billing.add(f);
        // the services are no longer billed to this payer: their charges can be claimed (or invoiced) afresh
        billing.charges(original.chargeIds()).stream().filter(c -> c.status() == Charge.Status.CLAIMED).forEach(Charge::unclaimed);
        return saved(f, "billing.claim.void", "void of " + original.controlNumber());
    }

    /** The secondary claim for a primary claim's patient share, when a secondary policy with a set-up payer is in effect. */
    private Claim secondaryFor(Claim primary) {
        LocalDate first = billing.charges(primary.chargeIds()).stream().map(Charge::serviceDate).min(LocalDate::compareTo).orElse(LocalDate.now(clock));
        return insurance.inEffect(primary.patientId(), "SECONDARY", first)
                .filter(p -> p.payerId() != null)
                .flatMap(p -> billing.payerByPayerId(p.payerId()).filter(Payer::active)
                        .map(payer -> primary.secondary(payer, p.memberId(), p.groupNumber(), p.subscriberName(), p.relationship(), billing.nextClaimControl())))
                .orElse(null);
    }

    private String payerName(Claim c) {
        return billing.payer(c.payerRef()).map(Payer::name).orElse("insurance");
    }

    private BillingRows.ClaimRow saved(Claim c, String action, String detail) {
        billing.flush();
        audit.record(action, c.patientId(), "claim " + c.controlNumber() + ": " + detail);
        return row(c, null, billing.payer(c.payerRef()).orElse(null));
    }

    private ClaimDocument document(List<Claim> claims, Payer payer, long control) {
        BillingIdentity id = billing.identity();
        ClaimDocument.Address clinicAddress = new ClaimDocument.Address(id.address(), id.city(), id.state(), id.zip());
        LocalDateTime now = LocalDateTime.now(clock);
        ClaimDocument.Envelope env = new ClaimDocument.Envelope(id.npi(), payer.payerId(), control, control, String.format("%04d", control % 10000),
                now, USAGE, id.legalName(), "Billing office", id.phone() == null ? "0000000000" : id.phone().replaceAll("\\D", ""), payer.name());
        List<ClaimDocument.Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            PatientRecord p = records.open(c.patientId());
            if (p.addressLine1() == null || p.city() == null || p.state() == null || p.zip() == null) {
                throw new BusinessRuleException("claim.address", "Claim " + c.controlNumber() + ": add " + p.givenName() + " " + p.familyName()
                        + "'s street address, city, state and ZIP to the patient record; payers need them on the claim.");
            }
            ClaimDocument.Person patient = new ClaimDocument.Person(p.familyName(), p.givenName(), p.birthDate(), sex(p.sexAtBirth()),
                    new ClaimDocument.Address(p.addressLine1(), p.city(), p.state(), p.zip()));
            ClaimDocument.Person subscriber = "SELF".equals(c.relationship()) ? patient : subscriber(c.subscriberName());
            List<Charge> charges = billing.charges(c.chargeIds());
            List<String> dx = c.diagnoses();
            List<ClaimDocument.Line> lines = charges.stream().map(ch -> new ClaimDocument.Line(ch.code(), ch.modifiers(), ch.amount().amount(),
                    ch.units(), ch.serviceDate(), ch.diagnoses().stream().map(d -> dx.indexOf(d) + 1).filter(i -> i > 0).limit(4).toList(),
                    ch.ndc(), ch.drugQuantity(), ch.drugUnit())).toList();
            Charge first = charges.get(0);
            String[] name = personName(first.providerName());
            out.add(new ClaimDocument.Claim(c.controlNumber(), c.priority(), subscriber, c.memberId(), c.groupNumber(), c.relationship(),
                    "SELF".equals(c.relationship()) ? null : patient, c.total().amount(), "11", c.frequencyCode(), c.payerClaimNumber(), dx,
                    first.providerNpi() == null || first.providerNpi().isBlank() ? null : new ClaimDocument.RenderingProvider(name[1], name[0],
                    first.providerNpi()), lines, c.primaryClaim() == null ? null : otherPayer(c, patient)));
        }
        return new ClaimDocument(env, new ClaimDocument.BillingProvider(id.legalName(), id.npi(), id.taxId(), id.taxonomy(), clinicAddress),
                new ClaimDocument.Payer(payer.name(), payer.payerId(), payer.address() == null ? null
                        : new ClaimDocument.Address(payer.address(), payer.city(), payer.state(), payer.zip())), out);
    }

    /** The primary payer's adjudication, for a secondary claim's coordination of benefits (loops 2320/2330). */
    private ClaimDocument.OtherPayer otherPayer(Claim secondary, ClaimDocument.Person patient) {
        Claim primary = billing.claim(secondary.primaryClaim()).orElseThrow();
        Payer payer = billing.payer(primary.payerRef()).orElseThrow();
        List<ClaimDocument.Adjustment> adjustments = new ArrayList<>();
        if (primary.contractualAdjustment().isPositive()) {
            String carc = primary.carc() == null ? "CO-45" : primary.carc();
            String group = carc.matches("^[A-Z]{2}.*") ? carc.substring(0, 2) : "CO";
            adjustments.add(new ClaimDocument.Adjustment(group, carc.replaceAll("^[A-Z]{2}-?", ""), primary.contractualAdjustment().amount()));
        }
        primary.patientShareByReason().forEach((reason, amount) -> adjustments.add(new ClaimDocument.Adjustment("PR", reason, amount.amount())));
        ClaimDocument.Person subscriber = "SELF".equals(primary.relationship()) ? patient : subscriber(primary.subscriberName());
        return new ClaimDocument.OtherPayer(payer.name(), payer.payerId(), primary.memberId(), subscriber, primary.relationship(),
                primary.paid().amount(), primary.updatedAt().atZone(clock.getZone()).toLocalDate(), adjustments);
    }

    /** "Dr. Paula Reyes" → [Paula, Reyes]; "Theo Grant, PT" → [Theo, Grant]. */
    static String[] personName(String display) {
        String n = display.replaceFirst("^(Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+", "").replaceFirst(",.*$", "").strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? new String[]{"", n} : new String[]{n.substring(0, space), n.substring(space + 1)};
    }

    private static ClaimDocument.Person subscriber(String name) {
        String[] n = name.contains(",") ? new String[]{name.substring(name.indexOf(',') + 1).strip(), name.substring(0, name.indexOf(',')).strip()}
                : personName(name);
        return new ClaimDocument.Person(n[1], n[0], null, "U", null);
    }

    private static String sex(String s) {
        return "FEMALE".equals(s) ? "F" : "MALE".equals(s) ? "M" : "U";
    }

    private Claim claim(UUID id) {
        return billing.claim(id).orElseThrow(() -> new BusinessRuleException("claim.notFound", "No such claim; reload the page."));
    }

    private Claim current(UUID id, long version) {
        Claim c = claim(id);
        if (c.version() != version) {
            throw new BusinessRuleException("claim.stale", "This claim was changed by " + c.updatedBy() + "; reload and try again.");
        }
        return c;
    }

    private static Money money(java.math.BigDecimal v, String field) {
        if (v == null) {
            throw new BusinessRuleException("remit.amount", field, "Give the amount (0 when none).");
        }
        return Money.of(v, Money.USD);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static BillingRows.BatchRow batchRow(ClaimBatch b, Payer payer, List<String> held) {
        return new BillingRows.BatchRow(b.id(), payer.name(), b.interchangeControl(), b.claims(), "837P-" + payer.payerId() + "-" + b.interchangeControl()
                + ".x12", held);
    }

    static BillingRows.ClaimRow row(Claim c, PatientSummary p, Payer payer) {
        return new BillingRows.ClaimRow(c.id(), c.version(), c.patientId(), p == null ? null : p.displayName(), payer == null ? null : payer.name(),
                c.priority(), c.controlNumber(), c.frequencyCode(), c.status().name(), c.total().amount(), c.paid().amount(),
                c.contractualAdjustment().amount(), c.patientResponsibility().amount(), c.carc(), c.denialReason(), c.payerClaimNumber(), c.submittedOn(),
                c.batchId(), c.chargeIds().size(), c.originalClaim(), c.payerRef());
    }
}
