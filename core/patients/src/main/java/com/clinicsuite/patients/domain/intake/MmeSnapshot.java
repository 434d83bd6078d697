package com.clinicsuite.patients.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The total daily MME at a moment, kept each time the medication list changes, for the trend. Append-only. */
@Entity
@Table(name = "mme_snapshot")
public class MmeSnapshot {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "daily_mme", nullable = false, updatable = false)
    private BigDecimal dailyMme;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected MmeSnapshot() {
        // for JPA
    }

    public MmeSnapshot(UUID patientId, BigDecimal dailyMme, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.dailyMme = dailyMme;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public BigDecimal dailyMme() { return dailyMme; }
    public Instant recordedAt() { return recordedAt; }
}
