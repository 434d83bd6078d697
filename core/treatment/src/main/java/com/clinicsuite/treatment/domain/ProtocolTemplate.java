package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A ketamine infusion protocol the clinic maintains (clinic data, not code): the dose, duration and bolus it
 * prescribes, and the limits above which a physician must justify a dose (DOMAIN.md §2).
 */
@Entity
@Table(name = "protocol_template")
public class ProtocolTemplate extends AuditedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "dose_mg_per_kg_h", nullable = false)
    private BigDecimal doseMgPerKgPerHour;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "bolus_mg_per_kg")
    private BigDecimal bolusMgPerKg;

    @Column(name = "max_rate_mg_per_kg_h", nullable = false)
    private BigDecimal maxRateMgPerKgPerHour;

    @Column(name = "max_bolus_mg_per_kg", nullable = false)
    private BigDecimal maxBolusMgPerKg;

    @Column(name = "max_total_mg")
    private BigDecimal maxTotalMg;

    @Column(name = "induction_sessions", nullable = false)
    private int inductionSessions;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected ProtocolTemplate() {
        // for JPA
    }

    public ProtocolTemplate(String code, String name, BigDecimal doseMgPerKgPerHour, int durationMinutes, BigDecimal bolusMgPerKg,
                            ProtocolLimits limits, int inductionSessions, String source) {
        if (code == null || !code.strip().matches("[A-Z0-9_-]{2,30}")) {
            throw new BusinessRuleException("protocol.code", "code", "Code: 2–30 capital letters, digits, - or _.");
        }
        this.code = code.strip();
        this.active = true;
        revise(name, doseMgPerKgPerHour, durationMinutes, bolusMgPerKg, limits, inductionSessions, source);
    }

    /** Changes the template; plans already written keep the dose they were written with. */
    public void revise(String newName, BigDecimal dose, int minutes, BigDecimal bolus, ProtocolLimits limits, int sessions, String newSource) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("protocol.name", "name", "Name the protocol.");
        }
        if (dose == null || dose.signum() <= 0) {
            throw new BusinessRuleException("protocol.dose", "dose", "The dose must be above 0 mg/kg/h.");
        }
        if (minutes < 10 || minutes > 600) {
            throw new BusinessRuleException("protocol.duration", "duration", "The duration must be 10–600 minutes.");
        }
        if (limits.maxRateMgPerKgPerHour() == null || limits.maxBolusMgPerKg() == null) {
            throw new BusinessRuleException("protocol.limits", "maxRate", "Give the maximum rate and bolus.");
        }
        if (sessions < 1 || sessions > 20) {
            throw new BusinessRuleException("protocol.sessions", "sessions", "An induction series has 1–20 sessions.");
        }
        name = newName.strip();
        doseMgPerKgPerHour = dose;
        durationMinutes = minutes;
        bolusMgPerKg = bolus == null || bolus.signum() == 0 ? null : bolus;
        maxRateMgPerKgPerHour = limits.maxRateMgPerKgPerHour();
        maxBolusMgPerKg = limits.maxBolusMgPerKg();
        maxTotalMg = limits.maxTotalMg();
        inductionSessions = sessions;
        source = newSource == null ? "" : newSource.strip();
    }

    public void setActive(boolean inUse) {
        active = inUse;
    }

    public ProtocolLimits limits() {
        return new ProtocolLimits(maxRateMgPerKgPerHour, maxBolusMgPerKg, maxTotalMg);
    }

    public String code() { return code; }
    public String name() { return name; }
    public BigDecimal doseMgPerKgPerHour() { return doseMgPerKgPerHour; }
    public int durationMinutes() { return durationMinutes; }
    public BigDecimal bolusMgPerKg() { return bolusMgPerKg; }
    public int inductionSessions() { return inductionSessions; }
    public String source() { return source; }
    public boolean isActive() { return active; }
}
