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

    public String code() { return code; }
    public String label() { return label; }
    public Discipline discipline() { return discipline; }
    public int durationMinutes() { return durationMinutes; }
    public ResourceKind resourceKind() { return resourceKind; }
    public int recoveryMinutes() { return recoveryMinutes; }
}
