package com.clinicsuite.treatment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One set of vitals on an infusion visit's flowsheet: baseline, during the infusion, or after it. */
@Embeddable
public class InfusionReading {
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;
    @Column(name = "systolic")
    private Integer systolic;
    @Column(name = "diastolic")
    private Integer diastolic;
    @Column(name = "heart_rate")
    private Integer heartRate;
    @Column(name = "spo2")
    private Integer spo2;
    @Column(name = "respiratory_rate")
    private Integer respiratoryRate;
    @Column(name = "sedation")
    private Integer sedation;
    @Column(name = "pain_nrs")
    private Integer painNrs;
    @Column(name = "phase", nullable = false)
    private String phase;
    @Column(name = "alerts")
    private String alerts;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected InfusionReading() {
        // for JPA
    }

    InfusionReading(Instant at, InfusionVitals.Vitals v, Integer sedation, Integer nrs, String phase, String alerts, String by) {
        this.takenAt = at;
        this.systolic = v.systolic();
        this.diastolic = v.diastolic();
        this.heartRate = v.heartRate();
        this.spo2 = v.spo2();
        this.respiratoryRate = v.respiratoryRate();
        this.sedation = sedation;
        this.painNrs = nrs;
        this.phase = phase;
        this.alerts = alerts;
        this.recordedBy = by;
    }

    public InfusionVitals.Vitals vitals() {
        return new InfusionVitals.Vitals(systolic, diastolic, heartRate, spo2, respiratoryRate);
    }

    public Instant takenAt() { return takenAt; }
    public Integer sedation() { return sedation; }
    public Integer painNrs() { return painNrs; }
    public String phase() { return phase; }
    public String alerts() { return alerts; }
    public String recordedBy() { return recordedBy; }
}
