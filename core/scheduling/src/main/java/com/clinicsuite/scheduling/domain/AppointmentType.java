package com.clinicsuite.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of appointment: its length, the place it needs, and the recovery time the place stays busy after. */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false)
    private Discipline discipline;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_kind", nullable = false)
    private ResourceKind resourceKind;

    @Column(name = "recovery_minutes", nullable = false)
    private int recoveryMinutes;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppointmentType() {
        // for JPA
    }

    public AppointmentType(String code, String label, Discipline discipline, int durationMinutes, ResourceKind resourceKind,
                           int recoveryMinutes) {
        this.code = code;
        this.label = label;
        this.discipline = discipline;
        this.durationMinutes = durationMinutes;
        this.resourceKind = resourceKind;
        this.recoveryMinutes = recoveryMinutes;
    }

    /** Changes the label, length and recovery buffer; appointments already booked keep their times. */
    public void revise(String newLabel, int minutes, int recovery) {
        if (newLabel == null || newLabel.isBlank()) {
            throw new com.clinicsuite.shared.error.BusinessRuleException("type.label", "typeLabel", "Give the type a label.");
        }
        if (minutes < 5 || minutes > 600) {
            throw new com.clinicsuite.shared.error.BusinessRuleException("type.duration", "typeDuration", "The length must be 5–600 minutes.");
        }
        if (recovery < 0 || recovery > 240) {
            throw new com.clinicsuite.shared.error.BusinessRuleException("type.recovery", "typeRecovery", "The recovery buffer must be 0–240 minutes.");
        }
        label = newLabel.strip();
        durationMinutes = minutes;
        recoveryMinutes = recovery;
    }

    public long version() { return version; }
    public String code() { return code; }
    public String label() { return label; }
    public Discipline discipline() { return discipline; }
    public int durationMinutes() { return durationMinutes; }
    public ResourceKind resourceKind() { return resourceKind; }
    public int recoveryMinutes() { return recoveryMinutes; }
}
