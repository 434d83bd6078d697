package com.clinicsuite.treatment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.Instant;

/** The physician's review of the response after the induction series, and the decision taken. */
@Embeddable
public class ResponseReview {

    /** What the physician decided. */
    public enum Decision { MAINTENANCE, CONTINUE, CHANGE_PROTOCOL, DISCONTINUE }

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;
    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;
    @Column(name = "baseline_nrs", nullable = false)
    private int baselineNrs;
    @Column(name = "current_nrs", nullable = false)
    private int currentNrs;
    @Column(name = "reduction_percent", nullable = false)
    private BigDecimal reductionPercent;
    @Column(name = "category", nullable = false)
    private String category;
    @Column(name = "responder", nullable = false)
    private boolean responder;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private Decision decision;
    @Column(name = "justification")
    private String justification;

    protected ResponseReview() {
        // for JPA
    }

    ResponseReview(Instant at, String by, int baselineNrs, int currentNrs, Decision decision, String justification) {
        this.reviewedAt = at;
        this.reviewedBy = by;
        this.baselineNrs = baselineNrs;
        this.currentNrs = currentNrs;
        this.reductionPercent = PainResponse.reductionPercent(baselineNrs, currentNrs);
        this.category = PainResponse.categorize(reductionPercent).name();
        this.responder = PainResponse.isResponder(baselineNrs, currentNrs);
        this.decision = decision;
        this.justification = justification;
    }

    public Instant reviewedAt() { return reviewedAt; }
    public String reviewedBy() { return reviewedBy; }
    public int baselineNrs() { return baselineNrs; }
    public int currentNrs() { return currentNrs; }
    public BigDecimal reductionPercent() { return reductionPercent; }
    public String category() { return category; }
    public boolean responder() { return responder; }
    public Decision decision() { return decision; }
    public String justification() { return justification; }
}
