package com.clinicsuite.treatment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Something that happened during an infusion: start, pause, restart, rate change, adverse event, rescue, end, discharge. */
@Embeddable
public class InfusionEvent {
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "detail", nullable = false)
    private String detail;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected InfusionEvent() {
        // for JPA
    }

    InfusionEvent(Instant at, String kind, String detail, String by) {
        this.at = at;
        this.kind = kind;
        this.detail = detail;
        this.recordedBy = by;
    }

    public Instant at() { return at; }
    public String kind() { return kind; }
    public String detail() { return detail; }
    public String recordedBy() { return recordedBy; }
}
