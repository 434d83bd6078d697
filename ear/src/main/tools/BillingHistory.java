import com.clinicsuite.billing.domain.Account;
import com.clinicsuite.billing.domain.Allocation;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Claim;
import com.clinicsuite.billing.domain.Invoice;
import com.clinicsuite.billing.domain.LedgerEntry;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.Payment;
import com.clinicsuite.treatment.application.VisitSigned;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The billing history of the documented infusions, played forward in time as the billing office works:
 * <ul>
 *   <li>each co-signed visit's charges ({@link InfusionCharges}; Medicare covers ketamine, the other payers do not, so
 *       their patients pay themselves);</li>
 *   <li>a billing run on the first working day of each month and one at the load time, as {@code BillingRun} does:
 *       charges approved, self-pay charges invoiced with the next gap-free number, insurance charges claimed
 *       ({@link ClaimHistory});</li>
 *   <li>patients paying by card, check or cash as people do: most in full within three weeks, some late, some in part,
 *       a few never, a few partly written off for hardship ({@link Account});</li>
 *   <li>remittances: the payer's payment recorded with the claim, the patient's share (deductible, coinsurance) invoiced.</li>
 * </ul>
 * What would happen after the load time does not happen, so open invoices fall in every aging bucket and recent claims
 * are still with the payer. Nothing is left waiting for review, so the month-end benchmark bills only its own month.
 * All of it is written in one transaction that holds the invoice counter, so the numbers stay gap-free.
 */
final class BillingHistory {

    /** A patient's billing facts: who, the primary policy and payer (null when self-pay), and the plan's diagnoses. */
    record Patient(UUID id, String givenName, String familyName, LocalDate birthDate, String sex, String address, String city, String state,
                   String zip, CarePath.Payer payer, String memberId, String groupNumber, String subscriberName, List<String> diagnoses) {
    }

    /** A rendering clinician: username, display name and NPI (null when none). */
    record Provider(String username, String name, String npi) {
    }

    /** How a patient pays their invoices. */
    private enum Habit { PROMPT, SLOW, PARTIAL, NEVER, HARDSHIP }

    /** A patient's account as the history goes: charges not billed yet, invoices, payments and how they pay. */
    static final class Ledger {
        final Patient patient;
        final Habit habit;
        final List<Charge> unbilled = new ArrayList<>();
        final List<Bill> bills = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();

        Ledger(Patient patient, Habit habit) {
            this.patient = patient;
            this.habit = habit;
        }
    }

    /** An invoice with the audit fields its row gets. */
    private static final class Bill {
        final Invoice invoice;
        final Instant created;
        final String by;
        Instant updated;
        int version;

        Bill(Invoice invoice, Instant created, String by) {
            this.invoice = invoice;
            this.created = created;
            this.by = by;
            this.updated = created;
        }
    }

    private record Event(Instant at, long seq, Runnable action) {
    }

    private static final String BILLING = "billing";

    private final ZoneId zone;
    private final Instant reference;
    private final SplittableRandom random;
    private final InfusionCharges capture;
    private final Map<String, Payer> payers;
    private final Map<UUID, UUID> ids = new HashMap<>();
    private final Map<UUID, Instant> captured = new HashMap<>();
    private final Map<UUID, Instant> billed = new HashMap<>();
    private final Map<UUID, Bill> billsById = new HashMap<>();
    private final Map<UUID, String[]> paymentStamps = new HashMap<>();
    private final Map<UUID, Ledger> ledgers = new LinkedHashMap<>();
    private final List<Charge> charges = new ArrayList<>();
    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq())
            : a.at().compareTo(b.at()));
    private final Rows chargeRows = new Rows("billing.charge (id, version, patient_id, visit_id, service_date, service_line, code, modifiers, units,"
            + " unit_price, amount, currency, ndc, drug_quantity, drug_unit, diagnoses, provider, provider_name, provider_npi, route, status,"
            + " created_at, created_by, updated_at, updated_by)");
    private final Rows invoices = new Rows("billing.invoice (id, version, patient_id, number, kind, status, total, paid, currency, issued_on, due_on,"
            + " created_at, created_by, updated_at, updated_by)");
    private final Rows lines = new Rows("billing.invoice_line (invoice_id, line_no, charge_id, service_date, code, description, units, amount)");
    private final Rows paymentRows = new Rows("billing.payment (id, version, patient_id, kind, method, amount, unallocated, currency, reference, note,"
            + " claim_id, idempotency_key, received_on, created_at, created_by, updated_at, updated_by)");
    private final Rows allocations = new Rows("billing.allocation (id, payment_id, invoice_id, line_no, amount, at)");
    private final Rows ledger = new Rows("billing.ledger_entry (patient_id, at, kind, amount, currency, description, ref_id, by_user)");
    private ClaimHistory claims;
    private long seq;
    private long firstNumber;
    private long numbers;

    /**
     * {@code payers} maps the payer id on claims (e.g. 06102) to the payer as set up; {@code payerRefs} gives each
     * payer's row id. {@code physician} co-signs the visits and renders the infusions on claims.
     */
    BillingHistory(ZoneId zone, Instant reference, SplittableRandom random, List<MonthVisits.Fee> feeRows, Map<String, Payer> payers,
                   Map<String, UUID> payerRefs, Provider physician) {
        this.zone = zone;
        this.reference = reference;
        this.random = random;
        this.payers = payers;
        this.capture = new InfusionCharges(feeRows, payers, physician);
        payers.forEach((payerId, p) -> ids.put(p.id(), payerRefs.get(payerId)));
    }

    /**
     * Plays the history: {@code visits} in patient order with their register {@code drugs}; invoice numbers follow
     * {@code lastInvoice} (read under the counter's lock). Returns how many invoice numbers were used.
     */
    long run(List<Infusions.Visit> visits, Map<UUID, List<VisitSigned.Drug>> drugs, Map<UUID, Patient> patients, long lastInvoice,
             ClaimHistory claimHistory) {
        this.claims = claimHistory;
        this.firstNumber = lastInvoice + 1;
        YearMonth first = null;
        for (Infusions.Visit v : visits) {
            Ledger l = ledgers.computeIfAbsent(v.patientId(), p -> new Ledger(patients.get(p), habit()));
            for (Charge c : capture.capture(v, l.patient, drugs.getOrDefault(v.id(), List.of()))) {
                captured.put(c.id(), v.cosignedAt());
                l.unbilled.add(c);
                charges.add(c);
            }
            YearMonth m = YearMonth.from(v.day());
            first = first == null || m.isBefore(first) ? m : first;
        }
        if (first == null) {
            return 0;
        }
        for (YearMonth m = first.plusMonths(1); !m.atDay(1).isAfter(reference.atZone(zone).toLocalDate()); m = m.plusMonths(1)) {
            LocalDate day = m.atDay(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            Instant run = day.atTime(7, 30).atZone(zone).toInstant();
            at(run, () -> billingRun(run));
        }
        at(reference, () -> billingRun(reference));
        while (!queue.isEmpty()) {
            queue.poll().action().run();
        }
        return numbers;
    }

    /** {@code BillingRun}: every patient's captured charges approved, self-pay invoiced, insurance claimed; then the claims sent. */
    private void billingRun(Instant run) {
        for (Ledger l : ledgers.values()) {
            List<Charge> ready = l.unbilled.stream().filter(c -> !captured.get(c.id()).isAfter(run)).toList();
            if (ready.isEmpty()) {
                continue;
            }
            l.unbilled.removeAll(ready);
            ready.forEach(Charge::approve);
            List<Charge> selfPay = ready.stream().filter(c -> c.route() == Charge.Route.SELF_PAY).toList();
            if (!selfPay.isEmpty()) {
                Invoice draft = Invoice.draft(l.patient.id(), Money.USD);
                for (Charge c : selfPay) {
                    draft.addLine(c.id(), c.serviceDate(), c.code(), InfusionCharges.label(c), c.units(), c.amount());
                    c.invoiced();
                }
                issue(l, draft, run, BILLING);
            }
            List<Charge> insured = ready.stream().filter(c -> c.route() == Charge.Route.INSURANCE).toList();
            if (!insured.isEmpty()) {
                claims.claim(l, payers.get(l.patient.payer().payerId()), insured, run);
            }
            ready.forEach(c -> billed.put(c.id(), run));
        }
        claims.submit(run);
    }

    /** Issues a draft on the patient's account with the next number, and plans the patient's payments. */
    void issue(Ledger l, Invoice draft, Instant at, String by) {
        Bill b = new Bill(draft, at, by);
        l.bills.add(b);
        billsById.put(draft.id(), b);
        Account a = account(l, at, by);
        a.issue(draft, firstNumber + numbers++);
        store(l, a, at, by);
        plan(l, b, at);
    }

    /** The remittance of {@code c} on the patient's account: the payer's payment, and the patient's share invoiced. */
    void remitted(Ledger l, Claim c, Payer payer, Instant at) {
        Account a = account(l, at, BILLING);
        if (c.paid().isPositive()) {
            a.insurancePaid(c.paid(), c.id(), "claim " + c.controlNumber(), "remit-" + sid(c.id()));
        }
        store(l, a, at, BILLING);
        if (c.patientResponsibility().isPositive()) {
            Invoice inv = Invoice.draft(l.patient.id(), Money.USD);
            String after = " after insurance (" + payer.name() + ", claim " + c.controlNumber() + ")";
            Map<String, String> labels = Map.of("1", "Deductible", "2", "Coinsurance", "3", "Copay");
            c.patientShareByReason().forEach((reason, amount) -> inv.addLine(null, c.submittedOn(), null, labels.get(reason) + after, 1, amount));
            issue(l, inv, at, BILLING);
        }
    }

    /** When and how much the patient pays on {@code b}, by their habit; what falls after the load time never happens. */
    private void plan(Ledger l, Bill b, Instant issued) {
        Money total = b.invoice.total();
        switch (l.habit) {
            case PROMPT -> pay(l, b, issued, 2 + random.nextInt(19), null);
            case SLOW -> pay(l, b, issued, 35 + random.nextInt(76), null);
            case PARTIAL -> {
                pay(l, b, issued, 5 + random.nextInt(21), total.times(BigDecimal.valueOf(40 + random.nextInt(31), 2)));
                pay(l, b, issued, 60 + random.nextInt(91), null);
            }
            case HARDSHIP -> {
                pay(l, b, issued, 10 + random.nextInt(21), total.times(new BigDecimal("0.50")));
                Instant when = businessHours(issued, 40 + random.nextInt(31));
                String key = "seed-adjust-" + Rows.uuid(random);
                at(when, () -> {
                    if (b.invoice.open().isPositive()) {
                        Account a = account(l, when, BILLING);
                        a.adjust(b.invoice, b.invoice.open(), "Hardship discount approved by the billing office", key);
                        store(l, a, when, BILLING);
                    }
                });
            }
            case NEVER -> {
            }
        }
    }

    /** A payment {@code days} after issue: {@code amount}, or whatever is open then when null. */
    private void pay(Ledger l, Bill b, Instant issued, int days, Money amount) {
        Instant when = businessHours(issued, days);
        int r = random.nextInt(10);
        Payment.Method method = r < 7 ? Payment.Method.CARD : r < 9 ? Payment.Method.CHECK : Payment.Method.CASH;
        String ref = method == Payment.Method.CARD ? "TRM-" + (100_000 + random.nextInt(900_000))
                : method == Payment.Method.CHECK ? "Check " + (1000 + random.nextInt(9000)) : null;
        String key = "seed-pay-" + Rows.uuid(random);
        at(when, () -> {
            Money open = b.invoice.open();
            Money paid = amount == null ? open : amount.min(open);
            if (paid.isPositive()) {
                String by = method == Payment.Method.CHECK ? BILLING : "frontdesk";
                Account a = account(l, when, by);
                a.receive(method, paid, ref, key, b.invoice);
                store(l, a, when, by);
            }
        });
    }

    private Instant businessHours(Instant from, int days) {
        LocalDate day = from.atZone(zone).toLocalDate().plusDays(days);
        return day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
    }

    /** Schedules {@code action}; what falls after the load time is dropped. */
    void at(Instant when, Runnable action) {
        if (!when.isAfter(reference)) {
            queue.add(new Event(when, seq++, action));
        }
    }

    /** The patient's account for one operation, as {@code Accounts} loads it: open invoices and unallocated credit. */
    private Account account(Ledger l, Instant at, String by) {
        List<Invoice> open = l.bills.stream().map(b -> b.invoice).filter(i -> i.open().isPositive()).toList();
        List<Payment> credits = l.payments.stream().filter(p -> p.kind() != Payment.Kind.REFUND && p.unallocated().isPositive()).toList();
        return new Account(l.patient.id(), Money.USD, open, credits, at.atZone(zone).toLocalDate(), at, by);
    }

    /** What the operation created, as rows: payments are kept (their credit may move), allocations and ledger lines are written. */
    private void store(Ledger l, Account a, Instant at, String by) {
        for (Object o : a.created()) {
            if (o instanceof Payment p) {
                l.payments.add(p);
                paymentStamps.put(p.id(), new String[]{at.toString(), by});
            } else if (o instanceof Allocation x) {
                allocations.add(Rows.uuid(random), sid(x.paymentId()), sid(x.invoiceId()), x.lineNo(), x.amount(), x.at());
                Bill b = billsById.get(x.invoiceId());
                b.updated = x.at();
                b.version++;
            } else if (o instanceof LedgerEntry e) {
                ledger.add(e.patientId(), e.at(), e.kind(), e.amount().amount(), e.amount().currency(), e.description(),
                        e.refId() == null ? null : sid(e.refId()), e.byUser());
            } else {
                throw new IllegalStateException("unexpected " + o);
            }
        }
    }

    private Habit habit() {
        int r = random.nextInt(100);
        return r < 65 ? Habit.PROMPT : r < 78 ? Habit.SLOW : r < 88 ? Habit.PARTIAL : r < 95 ? Habit.NEVER : Habit.HARDSHIP;
    }

    /** The id a domain object's row gets: drawn from the seeded stream the first time it is asked for. */
    UUID sid(UUID domainId) {
        return ids.computeIfAbsent(domainId, k -> Rows.uuid(random));
    }

    SplittableRandom random() {
        return random;
    }

    long charges() {
        return charges.size();
    }

    long payments() {
        return paymentStamps.size();
    }

    /** Open balance left on invoices at the load time, in dollars (for the summary). */
    BigDecimal openOnInvoices() {
        return billsById.values().stream().map(b -> b.invoice.open().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Writes everything, parents first: charges, invoices and lines, payments, allocations, the ledger in time order. */
    void flush(Connection db) throws SQLException, IOException {
        for (Charge c : charges) {
            Instant at = captured.get(c.id());
            Instant done = billed.get(c.id());
            chargeRows.add(sid(c.id()), 2, c.patientId(), c.visitId(), c.serviceDate(), c.serviceLine(), c.code(),
                    c.modifiers().isEmpty() ? null : String.join(",", c.modifiers()), c.units(), c.unitPrice().amount(), c.amount().amount(),
                    c.amount().currency(), c.ndc(), c.drugQuantity(), c.drugUnit(), String.join(",", c.diagnoses()), c.provider(), c.providerName(),
                    c.providerNpi(), c.route(), c.status(), at, c.provider(), done, BILLING);
            if (chargeRows.pending() > 8_000_000) {
                chargeRows.flush(db);
            }
        }
        chargeRows.flush(db);
        for (Bill b : billsById.values().stream().sorted((x, y) -> Long.compare(x.invoice.number(), y.invoice.number())).toList()) {
            Invoice i = b.invoice;
            UUID id = sid(i.id());
            invoices.add(id, b.version, i.patientId(), i.number(), i.kind(), i.status(), i.total().amount(), i.settled().amount(), i.currency(),
                    i.issuedOn(), i.dueOn(), b.created, b.by, b.updated, b.version == 0 ? b.by : BILLING);
            i.lines().forEach(x -> lines.add(id, x.lineNo(), x.chargeId() == null ? null : sid(x.chargeId()), x.serviceDate(), x.code(),
                    x.description(), x.units(), x.amount()));
            if (lines.pending() > 8_000_000) {
                invoices.flush(db);
                lines.flush(db);
            }
        }
        invoices.flush(db);
        lines.flush(db);
        for (Ledger l : ledgers.values()) {
            for (Payment p : l.payments) {
                String[] stamp = paymentStamps.get(p.id());
                paymentRows.add(sid(p.id()), 0, p.patientId(), p.kind(), p.method(), p.amount().amount(), p.unallocated().amount(),
                        p.amount().currency(), p.reference(), p.note(), p.claimId() == null ? null : sid(p.claimId()), p.idempotencyKey(),
                        p.receivedOn(), stamp[0], stamp[1], stamp[0], stamp[1]);
            }
        }
        paymentRows.flush(db);
        allocations.flush(db);
        ledger.flush(db);
    }

    /** Rounds to cents. */
    static Money cents(BigDecimal amount) {
        return Money.of(amount.setScale(2, RoundingMode.HALF_UP), Money.USD);
    }
}
