package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.Account;
import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.GoodFaithEstimate;
import com.clinicsuite.billing.domain.Invoice;
import com.clinicsuite.billing.domain.LedgerEntry;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.PackageProduct;
import com.clinicsuite.billing.domain.PatientPackage;
import com.clinicsuite.billing.domain.Payment;
import com.clinicsuite.patients.application.InsurancePolicies;
import com.clinicsuite.patients.application.PatientDirectory;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A patient's account: invoices (draft → issued with a gap-free number → paid / partly paid / void, credit notes),
 * payments posted exactly once per idempotency key, refunds, adjustments, packages, and the ledger whose sum is the
 * balance shown. Every operation on one account runs under that account's lock, so concurrent postings queue.
 */
@Stateless
public class Accounts {

    @Inject
    private BillingRepository billing;

    @Inject
    private PatientDirectory directory;

    @Inject
    private InsurancePolicies insurance;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public BillingRows.AccountView view(@NotNull UUID patientId) {
        PatientSummary p = directory.summary(patientId);
        audit.record("billing.account.view", patientId, "account, invoices, payments and ledger");
        List<LedgerEntry> entries = billing.ledgerOf(patientId);
        List<BillingRows.LedgerRow> ledger = new ArrayList<>();
        Money running = Money.zero(Money.USD);
        for (LedgerEntry e : entries) {
            running = running.plus(e.amount());
            ledger.add(new BillingRows.LedgerRow(e.id(), e.at(), e.kind().name(), e.amount().amount(), e.description(), e.byUser(), running.amount()));
        }
        List<Invoice> invoices = billing.invoicesOf(patientId);
        Money open = invoices.stream().map(Invoice::open).reduce(Money.zero(Money.USD), Money::plus);
        Money credit = billing.creditPayments(patientId).stream().map(Payment::unallocated).reduce(Money.zero(Money.USD), Money::plus);
        List<Charge> unbilled = billing.approved(Charge.Route.SELF_PAY, patientId);
        Money unbilledSum = unbilled.stream().map(Charge::amount).reduce(Money.zero(Money.USD), Money::plus);
        boolean selfPay = insurance.inEffect(patientId, "PRIMARY", LocalDate.now(clock)).isEmpty();
        return new BillingRows.AccountView(patientId, p.displayName(), p.mrn(), running.amount(), open.amount(), credit.amount(), unbilledSum.amount(),
                unbilled.size(), invoices.stream().map(Accounts::row).toList(), billing.paymentsOf(patientId).stream().map(Accounts::row).toList(),
                ledger, billing.packagesOf(patientId).stream().map(Accounts::row).toList(),
                billing.estimatesOf(patientId).stream().map(e -> Estimates.row(e, p.displayName(), billedSince(patientId, e))).toList(), selfPay);
    }

    /** Balance, credit and package sessions left, for the check-in desk. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public BillingRows.CheckInBalance checkIn(@NotNull UUID patientId) {
        audit.record("billing.account.balance", patientId, "balance at check-in");
        Money balance = billing.ledgerOf(patientId).stream().map(LedgerEntry::amount).reduce(Money.zero(Money.USD), Money::plus);
        Money credit = billing.creditPayments(patientId).stream().map(Payment::unallocated).reduce(Money.zero(Money.USD), Money::plus);
        int left = billing.packagesOf(patientId).stream().filter(x -> x.status() == PatientPackage.Status.ACTIVE).mapToInt(PatientPackage::remaining).sum();
        return new BillingRows.CheckInBalance(patientId, balance.amount(), credit.amount(), left);
    }

    /** The patient's packages and sessions left; clinicians may see these (and nothing else of billing). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<BillingRows.PackageRow> packages(@NotNull UUID patientId) {
        audit.recordRead("billing.packages.view", patientId, "package sessions left");
        return billing.packagesOf(patientId).stream().map(Accounts::row).toList();
    }

    /** A draft invoice of the patient's approved self-pay charges (which are then held on it). */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.InvoiceRow draftInvoice(@NotNull UUID patientId) {
        billing.lockAccount(patientId);
        List<Charge> charges = billing.approved(Charge.Route.SELF_PAY, patientId);
        if (charges.isEmpty()) {
            throw new BusinessRuleException("invoice.nothing", "There are no approved self-pay charges to invoice for this patient.");
        }
        Invoice draft = Invoice.draft(patientId, Money.USD);
        for (Charge c : charges) {
            draft.addLine(c.id(), c.serviceDate(), c.code(), label(c), c.units(), c.amount());
            c.invoiced();
        }
        billing.add(draft);
        billing.flush();
        audit.record("billing.invoice.draft", patientId, charges.size() + " charge(s), " + draft.total());
        return row(draft);
    }

    /** Issues a draft: next gap-free number, immutable from now on; credit on account is applied. */
    @RolesAllowed({Roles.BILLING, Roles.FRONT_DESK})
    public BillingRows.InvoiceRow issue(@NotNull UUID invoiceId, long version) {
        Invoice draft = invoice(invoiceId, version);
        billing.lockAccount(draft.patientId());
        Account a = account(draft.patientId());
        a.issue(draft, billing.nextInvoiceNumber());
        store(a);
        audit.record("billing.invoice.issue", draft.patientId(), "invoice " + draft.number() + ", " + draft.total());
        return row(draft);
    }

    /**
     * Posts a payment exactly once per idempotency key: a repeated submission (double click, retry, concurrent
     * duplicates) returns the payment already recorded.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public BillingRows.PaymentRow pay(@NotNull UUID patientId, @NotNull BillingRows.Pay c) {
        String key = requireKey(c.idempotencyKey());
        Payment.Method method = Choice.of(Payment.Method.class, c.method(), "method", "Method");
        billing.lockAccount(patientId);
        var repeat = billing.paymentByKey(key);
        if (repeat.isPresent()) {
            return repeated(repeat.get(), patientId, c.amount());
        }
        if (method == Payment.Method.CARD && (c.reference() == null || c.reference().isBlank())) {
            throw new BusinessRuleException("payment.reference", "reference", "Give the card terminal's reference (never the card number).");
        }
        if (c.reference() != null && c.reference().replaceAll("[\\s-]", "").matches("^\\d{13,19}$")) {
            throw new BusinessRuleException("payment.card", "reference", "That looks like a card number; card data is never stored. Give the terminal's reference.");
        }
        Invoice target = c.invoiceId() == null ? null : billing.invoice(c.invoiceId()).orElseThrow(() ->
                new BusinessRuleException("invoice.notFound", "invoiceId", "No such invoice."));
        Account a = account(patientId);
        Payment p = a.receive(method, money(c.amount()), c.reference(), key, target);
        store(a);
        audit.record("billing.payment", patientId, method.name().toLowerCase() + " " + p.amount() + (p.unallocated().isPositive() ? ", "
                + p.unallocated() + " on account" : ""));
        return row(p);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.PaymentRow refund(@NotNull UUID patientId, String method, BigDecimal amount, String reference, String idempotencyKey) {
        String key = requireKey(idempotencyKey);
        billing.lockAccount(patientId);
        var repeat = billing.paymentByKey(key);
        if (repeat.isPresent()) {
            return repeated(repeat.get(), patientId, amount);
        }
        Account a = account(patientId);
        Payment r = a.refund(Choice.of(Payment.Method.class, method, "method", "Method"), money(amount), reference, key);
        store(a);
        audit.record("billing.refund", patientId, r.method().name().toLowerCase() + " " + r.amount());
        return row(r);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.PaymentRow adjust(@NotNull UUID invoiceId, BigDecimal amount, String reason, String idempotencyKey) {
        String key = requireKey(idempotencyKey);
        Invoice i = billing.invoice(invoiceId).orElseThrow(() -> new BusinessRuleException("invoice.notFound", "No such invoice."));
        billing.lockAccount(i.patientId());
        var repeat = billing.paymentByKey(key);
        if (repeat.isPresent()) {
            return repeated(repeat.get(), i.patientId(), amount);
        }
        Account a = account(i.patientId());
        Payment p = a.adjust(i, money(amount), reason, key);
        store(a);
        audit.record("billing.adjustment", i.patientId(), "invoice " + i.number() + ": " + p.amount() + ", " + reason.strip());
        return row(p);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.InvoiceRow voidInvoice(@NotNull UUID invoiceId, long version, String reason) {
        Invoice i = invoice(invoiceId, version);
        billing.lockAccount(i.patientId());
        Account a = account(i.patientId());
        a.voidInvoice(i, reason);
        i.lines().stream().filter(l -> l.chargeId() != null).forEach(l -> billing.charge(l.chargeId()).ifPresent(Charge::voidAfterInvoice));
        store(a);
        audit.record("billing.invoice.void", i.patientId(), "invoice " + i.number() + ": " + reason.strip());
        return row(i);
    }

    @RolesAllowed(Roles.BILLING)
    public BillingRows.InvoiceRow creditNote(@NotNull UUID invoiceId, BigDecimal amount, String reason) {
        Invoice i = billing.invoice(invoiceId).orElseThrow(() -> new BusinessRuleException("invoice.notFound", "No such invoice."));
        billing.lockAccount(i.patientId());
        Account a = account(i.patientId());
        Invoice note = a.creditNote(i, money(amount), reason, billing.nextInvoiceNumber());
        store(a);
        audit.record("billing.creditNote", i.patientId(), "credit note " + note.number() + " for invoice " + i.number() + ": " + note.total());
        return row(note);
    }

    /** Sells a package: an invoice for its price is issued at once; pay it now or in instalments. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public BillingRows.PackageRow sellPackage(@NotNull UUID patientId, @NotNull UUID productId) {
        directory.summary(patientId);
        PackageProduct product = billing.packageProduct(productId).orElseThrow(() -> new BusinessRuleException("package.notFound", "packageId",
                "No such package."));
        billing.lockAccount(patientId);
        PatientPackage pp = PatientPackage.sell(patientId, product, LocalDate.now(clock));
        Invoice inv = Invoice.draft(patientId, Money.USD);
        inv.addLine(null, LocalDate.now(clock), null, product.name() + " (" + product.sessions() + " sessions at " + pp.perSession() + ")", 1,
                product.price());
        billing.add(pp);
        billing.add(inv);
        billing.flush();
        Account a = account(patientId);
        a.issue(inv, billing.nextInvoiceNumber());
        pp.invoicedAs(inv.id());
        store(a);
        audit.record("billing.package.sell", patientId, product.name() + " for " + product.price() + ", invoice " + inv.number());
        return row(pp);
    }

    /** Refunds a package's unused sessions at the per-session price, as credit on account (then refund it or keep it). */
    @RolesAllowed(Roles.BILLING)
    public BillingRows.PackageRow refundPackage(@NotNull UUID packageId, long version) {
        PatientPackage pp = billing.patientPackage(packageId).orElseThrow(() -> new BusinessRuleException("package.notFound", "No such package."));
        if (pp.version() != version) {
            throw new BusinessRuleException("package.stale", "This package was changed by " + pp.updatedBy() + "; reload and try again.");
        }
        billing.lockAccount(pp.patientId());
        int unused = pp.remaining();
        Money amount = pp.refundUnused();
        Account a = account(pp.patientId());
        a.credit(amount, pp.name() + ": " + unused + " unused session(s) refunded at " + pp.perSession(), "package-refund:" + pp.id());
        store(a);
        audit.record("billing.package.refund", pp.patientId(), pp.name() + ": " + unused + " session(s), " + amount);
        return row(pp);
    }

    /** One invoice with its lines (statement and print). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public BillingRows.InvoiceRow invoice(@NotNull UUID invoiceId) {
        Invoice i = billing.invoice(invoiceId).orElseThrow(() -> new BusinessRuleException("invoice.notFound", "No such invoice."));
        audit.record("billing.invoice.view", i.patientId(), "invoice " + (i.number() == null ? "draft" : i.number()));
        return row(i);
    }

    /** The itemized receipt with codes a patient submits to their insurer: paid or billed services in a period. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING})
    public List<BillingRows.ChargeRow> superbillLines(@NotNull UUID patientId, @NotNull LocalDate from, @NotNull LocalDate to) {
        audit.record("billing.superbill", patientId, "superbill " + from + " to " + to);
        return billing.chargesOf(patientId).stream()
                .filter(c -> c.status() != Charge.Status.VOID && c.status() != Charge.Status.REVIEW)
                .filter(c -> !c.serviceDate().isBefore(from) && !c.serviceDate().isAfter(to))
                .sorted(java.util.Comparator.comparing(Charge::serviceDate))
                .map(c -> Charges.row(c, null)).toList();
    }

    private Money billedSince(UUID patientId, GoodFaithEstimate e) {
        return billing.chargesOf(patientId).stream().filter(c -> c.status() != Charge.Status.VOID)
                .filter(c -> !c.serviceDate().isBefore(e.firstService()) && !c.serviceDate().isAfter(e.periodTo()))
                .map(Charge::amount).reduce(Money.zero(Money.USD), Money::plus);
    }

    private Account account(UUID patientId) {
        return new Account(patientId, Money.USD, billing.openInvoices(patientId), billing.creditPayments(patientId), LocalDate.now(clock),
                clock.instant(), session.getCallerPrincipal().getName());
    }

    private void store(Account a) {
        a.created().forEach(billing::add);
        billing.flush();
    }

    private Invoice invoice(UUID id, long version) {
        Invoice i = billing.invoice(id).orElseThrow(() -> new BusinessRuleException("invoice.notFound", "No such invoice; reload the page."));
        if (i.version() != version) {
            throw new BusinessRuleException("invoice.stale", "This invoice was changed by " + i.updatedBy() + "; reload and try again.");
        }
        return i;
    }

    private BillingRows.PaymentRow repeated(Payment p, UUID patientId, BigDecimal amount) {
        if (!p.patientId().equals(patientId) || amount == null || p.amount().compareTo(money(amount)) != 0) {
            throw new BusinessRuleException("payment.keyReused", "This submission key belongs to a different payment; reload the page and post again.");
        }
        audit.record("billing.payment.repeat", patientId, "repeated submission of " + p.amount() + " ignored");
        return row(p);
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new BusinessRuleException("payment.key", "A payment needs its submission key (1–100 characters); reload the page.");
        }
        return key.strip();
    }

    private static Money money(BigDecimal amount) {
        if (amount == null) {
            throw new BusinessRuleException("amount.required", "amount", "Give the amount.");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("amount.cents", "amount", "Amounts have at most two decimals.");
        }
        return Money.of(amount, Money.USD);
    }

    static String label(Charge c) {
        return c.code() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers()))
                + (c.ndc() == null ? "" : " NDC " + c.ndc() + " " + c.drugQuantity().stripTrailingZeros().toPlainString() + " mL")
                + " (" + c.providerName() + ")";
    }

    static BillingRows.InvoiceRow row(Invoice i) {
        return new BillingRows.InvoiceRow(i.id(), i.version(), i.number(), i.kind().name(), i.status().name(), i.total().amount(), i.settled().amount(),
                i.open().amount(), i.issuedOn(), i.dueOn(), i.voidReason(), i.lines().stream().map(l -> new BillingRows.InvoiceLineRow(l.lineNo(),
                l.serviceDate(), l.code(), l.description(), l.units(), l.amount())).toList());
    }

    static BillingRows.PaymentRow row(Payment p) {
        return new BillingRows.PaymentRow(p.id(), p.kind().name(), p.method().name(), p.amount().amount(), p.unallocated().amount(), p.reference(),
                p.note(), p.receivedOn(), p.createdBy());
    }

    static BillingRows.PackageRow row(PatientPackage p) {
        return new BillingRows.PackageRow(p.id(), p.name(), p.sessions(), p.used(), p.refunded(), p.remaining(), p.price().amount(),
                p.perSession().amount(), p.status() == PatientPackage.Status.ACTIVE ? p.refundValue().amount() : BigDecimal.ZERO.setScale(2),
                p.status().name(), p.soldOn(), p.version());
    }
}
