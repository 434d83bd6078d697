package com.clinicsuite.shared.infrastructure;

import com.clinicsuite.shared.domain.AuditedEntity;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Fills the who/when fields of every {@link AuditedEntity}. Registered as a default entity
 * listener in each module's {@code META-INF/orm.xml}, so no aggregate can forget it.
 */
public class AuditFieldsListener {

    static final String SYSTEM = "system";

    @Inject
    private Principal principal;

    @Inject
    private Clock clock;

    @PrePersist
    void created(Object entity) {
        if (entity instanceof AuditedEntity audited) {
            audited.stampCreated(who(), now());
        }
    }

    @PreUpdate
    void updated(Object entity) {
        if (entity instanceof AuditedEntity audited) {
            audited.stampUpdated(who(), now());
        }
    }

    private Instant now() {
        return clock == null ? Instant.now() : clock.instant();
    }

    private String who() {
        try {
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException noCaller) {
            return SYSTEM;
        }
    }
}
