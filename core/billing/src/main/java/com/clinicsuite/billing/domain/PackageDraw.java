package com.clinicsuite.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One package session used by one visit (a visit draws at most once; the database enforces it). */
@Entity
@Table(name = "package_draw")
public class PackageDraw {

    @Id
    private UUID id;
    @Column(name = "package_id", nullable = false, updatable = false)
    private UUID packageId;
    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;
    @Column(name = "session_no", nullable = false, updatable = false)
    private int sessionNo;
    @Column(name = "drawn_on", nullable = false, updatable = false)
    private LocalDate drawnOn;

    protected PackageDraw() {
        // for JPA
    }

    public PackageDraw(UUID packageId, UUID visitId, int sessionNo, LocalDate drawnOn) {
        this.id = UUID.randomUUID();
        this.packageId = packageId;
        this.visitId = visitId;
        this.sessionNo = sessionNo;
        this.drawnOn = drawnOn;
    }

    public UUID packageId() { return packageId; }
    public UUID visitId() { return visitId; }
    public int sessionNo() { return sessionNo; }
    public LocalDate drawnOn() { return drawnOn; }
}
