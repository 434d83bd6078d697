package com.clinicsuite.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Base of every aggregate root: optimistic-lock version and who/when it was created and last
 * changed. The fields are filled centrally by an entity listener (declared in each module's
 * orm.xml), never by application code.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    /** Called by the central listener before the first insert. */
    public void stampCreated(String by, Instant at) {
        this.createdAt = at;
        this.createdBy = by;
        stampUpdated(by, at);
    }

    /** Called by the central listener before each update. */
    public void stampUpdated(String by, Instant at) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
