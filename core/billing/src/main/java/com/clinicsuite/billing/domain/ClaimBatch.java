package com.clinicsuite.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One 837P file sent to one payer, kept as sent. */
@Entity
@Table(name = "claim_batch")
public class ClaimBatch {

    @Id
    private UUID id;
    @Column(name = "payer_ref", nullable = false, updatable = false)
    private UUID payerRef;
    @Column(name = "interchange_control", nullable = false, updatable = false)
    private long interchangeControl;
    @Column(name = "claims", nullable = false, updatable = false)
    private int claims;
    @Column(name = "content", nullable = false, updatable = false)
    private String content;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ClaimBatch() {
        // for JPA
    }

    public ClaimBatch(UUID id, UUID payerRef, long interchangeControl, int claims, String content, Instant at, String by) {
        this.id = id;
        this.payerRef = payerRef;
        this.interchangeControl = interchangeControl;
        this.claims = claims;
        this.content = content;
        this.createdAt = at;
        this.createdBy = by;
    }

    public UUID id() { return id; }
    public UUID payerRef() { return payerRef; }
    public long interchangeControl() { return interchangeControl; }
    public int claims() { return claims; }
    public String content() { return content; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
