package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A price for a code over a period. A new price ends the current one the day before it starts, so history is kept
 * and charges already made (which keep their own unit price) never change.
 */
@Entity
@Table(name = "fee")
public class Fee extends AuditedEntity {

    private static final Pattern CODE = Pattern.compile("^[0-9A-Z]{5}$");

    @Id
    private UUID id;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "label", nullable = false)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_line", nullable = false)
    private ServiceLine serviceLine;
    @Column(name = "price", nullable = false, updatable = false)
    private BigDecimal price;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected Fee() {
        // for JPA
    }

    public static Fee of(String code, String label, ServiceLine line, Money price, LocalDate from) {
        if (code == null || !CODE.matcher(code.strip().toUpperCase()).matches()) {
            throw new BusinessRuleException("fee.code", "code", "A CPT or HCPCS code has five characters, e.g. 96365 or J3490.");
        }
        if (label == null || label.isBlank() || label.strip().length() > 100) {
            throw new BusinessRuleException("fee.label", "label", "Give the clinic's own short label (up to 100 characters).");
        }
        if (price == null || price.isNegative()) {
            throw new BusinessRuleException("fee.price", "price", "The price is zero or more.");
        }
        if (from == null) {
            throw new BusinessRuleException("fee.from", "effectiveFrom", "Give the date the price starts.");
        }
        Fee f = new Fee();
        f.id = UUID.randomUUID();
        f.code = code.strip().toUpperCase();
        f.label = label.strip();
        f.serviceLine = line == null ? ServiceLine.OTHER : line;
        f.price = price.amount();
        f.currency = price.currency();
        f.effectiveFrom = from;
        return f;
    }

    /** Ends this price the day before {@code next} starts; refuses a start that is not after this one's. */
    public void supersededBy(Fee next) {
        if (!next.effectiveFrom.isAfter(effectiveFrom)) {
            throw new BusinessRuleException("fee.from.order", "effectiveFrom", "The new price must start after " + effectiveFrom
                    + ", when the current price of " + code + " started.");
        }
        effectiveTo = next.effectiveFrom.minusDays(1);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String label() { return label; }
    public ServiceLine serviceLine() { return serviceLine; }
    public Money price() { return Money.of(price, currency); }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
}
