package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A Good Faith Estimate (No Surprises Act) for an uninsured or self-pay patient: the expected services for up to
 * 12 months with prices. It is due within 1 business day when the service is scheduled at least 3 business days
 * ahead, and within 3 business days when scheduled at least 10 business days ahead. A bill of $400 or more above the
 * estimate lets the patient dispute it within 120 days, so it is flagged.
 */
@Entity
@Table(name = "estimate")
public class GoodFaithEstimate extends AuditedEntity {

    /** The dispute threshold: billed − estimated ≥ $400. */
    public static final BigDecimal DISPUTE_THRESHOLD = new BigDecimal("400.00");
    /** The longest period one estimate may cover for recurring services. */
    public static final int MAX_MONTHS = 12;

    @Embeddable
    public static class Line {
        @Column(name = "line_no", nullable = false)
        private int lineNo;
        @Column(name = "description", nullable = false)
        private String description;
        @Column(name = "code", nullable = false)
        private String code;
        @Column(name = "quantity", nullable = false)
        private int quantity;
        @Column(name = "unit_price", nullable = false)
        private BigDecimal unitPrice;
        @Column(name = "amount", nullable = false)
        private BigDecimal amount;

        protected Line() {
            // for JPA
        }

        Line(int lineNo, String description, String code, int quantity, Money unitPrice) {
            this.lineNo = lineNo;
            this.description = description;
            this.code = code;
            this.quantity = quantity;
            this.unitPrice = unitPrice.amount();
            this.amount = unitPrice.times(quantity).amount();
        }

        public int lineNo() { return lineNo; }
        public String description() { return description; }
        public String code() { return code; }
        public int quantity() { return quantity; }
        public BigDecimal unitPrice() { return unitPrice; }
        public BigDecimal amount() { return amount; }
    }

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "plan_id", updatable = false)
    private UUID planId;
    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;
    @Column(name = "first_service", nullable = false, updatable = false)
    private LocalDate firstService;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Column(name = "due_by", updatable = false)
    private LocalDate dueBy;
    @Column(name = "total", nullable = false, updatable = false)
    private BigDecimal total;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @ElementCollection
    @CollectionTable(name = "estimate_line", joinColumns = @JoinColumn(name = "estimate_id"))
    @OrderBy("lineNo")
    private List<Line> lines = new ArrayList<>();

    protected GoodFaithEstimate() {
        // for JPA
    }

    /** An expected service: what, code, how many, at what price. */
    public record Item(String description, String code, int quantity, Money unitPrice) {
    }

    public static GoodFaithEstimate issue(UUID patientId, UUID planId, LocalDate today, LocalDate scheduledOn, LocalDate firstService,
                                          List<Item> items) {
        if (items.isEmpty()) {
            throw new BusinessRuleException("gfe.empty", "The plan has no scheduled or planned services to estimate.");
        }
        GoodFaithEstimate e = new GoodFaithEstimate();
        e.id = UUID.randomUUID();
        e.patientId = patientId;
        e.planId = planId;
        e.issuedOn = today;
        e.firstService = firstService;
        e.periodTo = firstService.plusMonths(MAX_MONTHS).minusDays(1);
        e.dueBy = dueBy(scheduledOn, firstService).orElse(null);
        e.currency = items.get(0).unitPrice().currency();
        Money sum = Money.zero(e.currency);
        for (Item i : items) {
            Line l = new Line(e.lines.size() + 1, i.description(), i.code(), i.quantity(), i.unitPrice());
            e.lines.add(l);
            sum = sum.plus(Money.of(l.amount(), e.currency));
        }
        e.total = sum.amount();
        return e;
    }

    /**
     * When the estimate is due: scheduled ≥ 10 business days ahead → within 3 business days of scheduling; ≥ 3 business
     * days ahead → within 1 business day; closer than that the rule sets no deadline (give it at once).
     */
    public static Optional<LocalDate> dueBy(LocalDate scheduledOn, LocalDate serviceOn) {
        int ahead = businessDaysBetween(scheduledOn, serviceOn);
        if (ahead >= 10) {
            return Optional.of(addBusinessDays(scheduledOn, 3));
        }
        if (ahead >= 3) {
            return Optional.of(addBusinessDays(scheduledOn, 1));
        }
        return Optional.empty();
    }

    /** True when the billed total is $400 or more above the estimate: the patient may dispute it within 120 days. */
    public static boolean disputeEligible(Money estimated, Money billed) {
        return billed.minus(estimated).amount().compareTo(DISPUTE_THRESHOLD) >= 0;
    }

    /** Business days (Monday–Friday) after {@code from} up to and including {@code to}. */
    static int businessDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    static LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                added++;
            }
        }
        return d;
    }

    private static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID planId() { return planId; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate firstService() { return firstService; }
    public LocalDate periodTo() { return periodTo; }
    public LocalDate dueBy() { return dueBy; }
    public Money total() { return Money.of(total, currency); }
    public List<Line> lines() { return List.copyOf(lines); }
}
