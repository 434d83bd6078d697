package com.clinicsuite.treatment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One line of a plan's history: which version, who, when, and what changed. */
@Embeddable
public class PlanChange {

    @Column(name = "plan_version", nullable = false)
    private int planVersion;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "change", nullable = false)
    private String change;

    protected PlanChange() {
        // for JPA
    }

    PlanChange(int planVersion, Instant changedAt, String changedBy, String change) {
        this.planVersion = planVersion;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.change = change.length() > 2000 ? change.substring(0, 2000) : change;
    }

    public int planVersion() { return planVersion; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
    public String change() { return change; }
}
