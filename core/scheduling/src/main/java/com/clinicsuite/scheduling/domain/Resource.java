package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An infusion chair or a room. */
@Entity
@Table(name = "resource")
public class Resource extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ResourceKind kind;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Resource() {
        // for JPA
    }

    public Resource(String name, ResourceKind kind) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.kind = kind;
        this.active = true;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public ResourceKind kind() { return kind; }
    public boolean isActive() { return active; }
}
