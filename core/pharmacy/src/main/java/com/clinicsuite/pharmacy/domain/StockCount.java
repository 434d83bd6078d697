package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A count of the register by two people: a shift count (clinic default: at every shift change) or the biennial
 * inventory (date, time, opening or close of business). Each line has the register's balance and what was counted;
 * any difference makes the count a discrepancy, open until resolved with a reason.
 */
@Entity
@Table(name = "stock_count")
public class StockCount extends AuditedEntity {

    /** Why the count was taken. */
    public enum Kind { SHIFT, BIENNIAL_OPENING, BIENNIAL_CLOSE }

    /** One vial counted. */
    @Embeddable
    public static class Line {
        @Column(name = "vial_id", nullable = false)
        private UUID vialId;
        @Column(name = "vial_label", nullable = false)
        private String vialLabel;
        @Column(name = "ndc", nullable = false)
        private String ndc;
        @Column(name = "lot", nullable = false)
        private String lot;
        @Column(name = "expected_mg", nullable = false)
        private BigDecimal expectedMg;
        @Column(name = "counted_mg", nullable = false)
        private BigDecimal countedMg;

        protected Line() {
            // for JPA
        }

        public Line(Vial vial, BigDecimal counted) {
            if (counted == null || counted.signum() < 0) {
                throw new BusinessRuleException("count.amount", "counted", "Enter what is in vial " + vial.label() + " (0 or more mg).");
            }
            this.vialId = vial.id();
            this.vialLabel = vial.label();
            this.ndc = vial.ndc();
            this.lot = vial.lot();
            this.expectedMg = vial.balanceMg();
            this.countedMg = counted;
        }

        public boolean matches() {
            return expectedMg.compareTo(countedMg) == 0;
        }

        public UUID vialId() { return vialId; }
        public String vialLabel() { return vialLabel; }
        public String ndc() { return ndc; }
        public String lot() { return lot; }
        public BigDecimal expectedMg() { return expectedMg; }
        public BigDecimal countedMg() { return countedMg; }
    }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;
    @Column(name = "counted_at", nullable = false)
    private Instant countedAt;
    @Column(name = "counted_by", nullable = false)
    private String countedBy;
    @Column(name = "witness", nullable = false)
    private String witness;
    @Column(name = "discrepancy", nullable = false)
    private boolean discrepancy;
    @Column(name = "resolution")
    private String resolution;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @ElementCollection
    @CollectionTable(name = "stock_count_line", joinColumns = @JoinColumn(name = "count_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    protected StockCount() {
        // for JPA
    }

    public static StockCount take(Kind kind, List<Line> lines, String by, String witness, Instant at) {
        if (witness == null || witness.isBlank() || witness.equalsIgnoreCase(by)) {
            throw new BusinessRuleException("count.witness", "witness", "A count is made by two people: the second must be someone else.");
        }
        if (lines.isEmpty()) {
            throw new BusinessRuleException("count.empty", "There is nothing in the register to count.");
        }
        StockCount c = new StockCount();
        c.id = UUID.randomUUID();
        c.kind = kind;
        c.countedAt = at;
        c.countedBy = by;
        c.witness = witness;
        c.lines.addAll(lines);
        c.discrepancy = lines.stream().anyMatch(l -> !l.matches());
        return c;
    }

    /** Closes a discrepancy with the reason found. */
    public void resolve(String reason, String by, Instant at) {
        if (!discrepancy) {
            throw new BusinessRuleException("count.noDiscrepancy", "This count matched the register; there is nothing to resolve.");
        }
        if (resolution != null) {
            throw new BusinessRuleException("count.resolved", "This discrepancy was already resolved by " + resolvedBy + ".");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new BusinessRuleException("count.reason", "reason", "Explain what was found (at least 10 characters).");
        }
        resolution = reason.strip();
        resolvedBy = by;
        resolvedAt = at;
    }

    public boolean open() {
        return discrepancy && resolution == null;
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public Instant countedAt() { return countedAt; }
    public String countedBy() { return countedBy; }
    public String witness() { return witness; }
    public boolean discrepancy() { return discrepancy; }
    public String resolution() { return resolution; }
    public String resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public List<Line> lines() { return List.copyOf(lines); }
}
