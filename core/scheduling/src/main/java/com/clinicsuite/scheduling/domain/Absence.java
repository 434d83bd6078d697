package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whole days on which a provider does not see patients (leave), or, without a provider, the clinic is closed
 * (a holiday). Booking on such a day is refused and series proposals skip it.
 */
@Entity
@Table(name = "absence")
public class Absence extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "provider_id", updatable = false)
    private UUID providerId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected Absence() {
        // for JPA
    }

    /** @param providerId null for a clinic holiday */
    public Absence(UUID providerId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null) {
            throw new BusinessRuleException("absence.firstDay", "firstDay", "Give the first day.");
        }
        LocalDate last = lastDay == null ? firstDay : lastDay;
        if (last.isBefore(firstDay)) {
            throw new BusinessRuleException("absence.lastDay", "lastDay", "The last day cannot be before the first day.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("absence.reason", "reason", "Give a reason, e.g. \"Thanksgiving\" or \"Annual leave\".");
        }
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.firstDay = firstDay;
        this.lastDay = last;
        this.reason = reason.strip();
    }

    /** True when this absence keeps {@code provider} away on {@code day}. */
    public boolean covers(UUID provider, LocalDate day) {
        return (providerId == null || providerId.equals(provider)) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public UUID id() { return id; }
    public UUID providerId() { return providerId; }
    public LocalDate firstDay() { return firstDay; }
    public LocalDate lastDay() { return lastDay; }
    public String reason() { return reason; }
}
