package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A clinician who sees patients, linked to their Keycloak username, with weekly working hours. */
@Entity
@Table(name = "provider")
public class Provider extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false)
    private Discipline discipline;

    @Column(name = "npi")
    private String npi;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "provider_hours", joinColumns = @JoinColumn(name = "provider_id"))
    private List<WorkingHours> hours = new ArrayList<>();

    protected Provider() {
        // for JPA
    }

    public Provider(String username, String displayName, Discipline discipline, String npi, List<WorkingHours> hours) {
        if (username == null || username.isBlank() || displayName == null || displayName.isBlank()) {
            throw new BusinessRuleException("provider.name", "username", "A provider needs a username and a display name.");
        }
        this.id = UUID.randomUUID();
        this.username = username.strip();
        this.displayName = displayName.strip();
        this.discipline = discipline;
        this.npi = npi;
        this.active = true;
        this.hours.addAll(hours);
    }

    /** True when the provider works the whole of [start, end), which must lie within one day. */
    public boolean works(ZonedDateTime start, ZonedDateTime end) {
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        return hours.stream().anyMatch(h -> h.day() == start.getDayOfWeek()
                && !start.toLocalTime().isBefore(h.starts()) && !end.toLocalTime().isAfter(h.ends()));
    }

    /** Replaces the name, NPI and weekly hours; existing appointments are not moved. */
    public void revise(String newDisplayName, String newNpi, List<WorkingHours> newHours) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new BusinessRuleException("provider.name", "displayName", "A provider needs a display name.");
        }
        displayName = newDisplayName.strip();
        npi = newNpi;
        hours.clear();
        hours.addAll(newHours);
    }

    /** Stops or resumes taking appointments; nothing is deleted. */
    public void setActive(boolean taking) {
        active = taking;
    }

    /** The hours on {@code day}, if the provider works that weekday. */
    public java.util.Optional<WorkingHours> hoursOn(java.time.DayOfWeek day) {
        return hours.stream().filter(h -> h.day() == day).findFirst();
    }

    public UUID id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public Discipline discipline() { return discipline; }
    public String npi() { return npi; }
    public boolean isActive() { return active; }
    public List<WorkingHours> hours() { return List.copyOf(hours); }
}
