package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A booked appointment: patient, provider, chair or room, type and time. The chair or room stays busy through
 * the type's recovery buffer. Cancelled appointments free their slot; nothing is deleted.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends AuditedEntity {

    /** Late cancellation: less than this before the start. */
    public static final Duration LATE_CANCEL = Duration.ofHours(24);

    /** Where an appointment is in its life. */
    public enum Status { BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW }

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "resource_id", nullable = false)
    private UUID resourceId;

    @Column(name = "type_code", nullable = false, updatable = false)
    private String typeCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "resource_free_at", nullable = false)
    private Instant resourceFreeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "late_cancel", nullable = false)
    private boolean lateCancel;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    protected Appointment() {
        // for JPA
    }

    /**
     * Books an appointment, explaining every refusal: in the past, outside the provider's hours, wrong
     * discipline or kind of room, inactive provider or room.
     *
     * @param planId the treatment plan the appointment belongs to, or null
     */
    public static Appointment book(UUID patientId, Provider provider, Resource resource, AppointmentType type,
                                   ZonedDateTime start, Instant now, UUID planId) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.patientId = patientId;
        a.typeCode = type.code();
        a.planId = planId;
        a.status = Status.BOOKED;
        a.place(provider, resource, type, start, now);
        return a;
    }

    /**
     * Records an appointment that already took place, e.g. when a clinic brings its history over from another
     * system: same provider, room and hours rules, but in the past, with its outcome.
     */
    public static Appointment recordPast(UUID patientId, Provider provider, Resource resource, AppointmentType type, ZonedDateTime start,
                                         Instant now, UUID planId, Status outcome) {
        if (outcome != Status.COMPLETED && outcome != Status.NO_SHOW && outcome != Status.CANCELLED) {
            throw new BusinessRuleException("appointment.history.outcome", "status", "A past appointment was completed, a no-show or cancelled.");
        }
        if (start.plusMinutes(type.durationMinutes()).toInstant().isAfter(now)) {
            throw new BusinessRuleException("appointment.history.future", "startsAt", "Only appointments that are over can be recorded as history.");
        }
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.patientId = patientId;
        a.typeCode = type.code();
        a.planId = planId;
        a.status = outcome;
        a.placeAt(provider, resource, type, start);
        if (outcome == Status.CANCELLED) {
            a.cancelReason = "Recorded from history";
        }
        return a;
    }

    /** Moves a booked appointment to another time (and optionally provider or room), with the same checks as booking. */
    public void reschedule(Provider provider, Resource resource, AppointmentType type, ZonedDateTime start, Instant now) {
        require(Status.BOOKED, "reschedule");
        place(provider, resource, type, start, now);
    }

    private void place(Provider provider, Resource resource, AppointmentType type, ZonedDateTime start, Instant now) {
        if (!start.toInstant().isAfter(now)) {
            throw new BusinessRuleException("appointment.past", "startsAt", "That time has already passed; choose a time in the future.");
        }
        if (!provider.isActive()) {
            throw new BusinessRuleException("appointment.provider.inactive", "providerId", provider.displayName() + " is not taking appointments.");
        }
        placeAt(provider, resource, type, start);
    }

    private void placeAt(Provider provider, Resource resource, AppointmentType type, ZonedDateTime start) {
        if (provider.discipline() != type.discipline()) {
            throw new BusinessRuleException("appointment.provider.discipline", "providerId",
                    type.label() + " needs a " + type.discipline().name().toLowerCase().replace('_', ' ') + " provider; "
                            + provider.displayName() + " is " + provider.discipline().name().toLowerCase().replace('_', ' ') + ".");
        }
        if (!resource.isActive() || resource.kind() != type.resourceKind()) {
            throw new BusinessRuleException("appointment.resource.kind", "resourceId",
                    type.label() + " needs a " + type.resourceKind().name().toLowerCase().replace('_', ' ') + "; " + resource.name() + " is not one.");
        }
        ZonedDateTime end = start.plusMinutes(type.durationMinutes());
        if (!provider.works(start, end)) {
            throw new BusinessRuleException("appointment.hours", "startsAt", provider.displayName() + " does not work "
                    + start.getDayOfWeek().toString().toLowerCase() + " " + start.toLocalTime() + "–" + end.toLocalTime() + ".");
        }
        providerId = provider.id();
        resourceId = resource.id();
        startsAt = start.toInstant();
        endsAt = end.toInstant();
        resourceFreeAt = end.plusMinutes(type.recoveryMinutes()).toInstant();
    }

    public void checkIn(Instant now) {
        require(Status.BOOKED, "check in");
        if (now.isBefore(startsAt.minus(Duration.ofHours(12)))) {
            throw new BusinessRuleException("appointment.checkIn.early", "Check-in opens on the day of the appointment.");
        }
        status = Status.CHECKED_IN;
    }

    public void complete() {
        require(Status.CHECKED_IN, "check out");
        status = Status.COMPLETED;
    }

    /** Cancels with a reason; less than 24 h before the start it is flagged as a late cancellation. */
    public void cancel(String reason, Instant now) {
        require(Status.BOOKED, "cancel");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("appointment.cancel.reason", "reason", "Give the reason for the cancellation.");
        }
        status = Status.CANCELLED;
        cancelReason = reason.strip();
        lateCancel = Duration.between(now, startsAt).compareTo(LATE_CANCEL) < 0;
    }

    public void noShow(Instant now) {
        require(Status.BOOKED, "mark as no-show");
        if (now.isBefore(startsAt)) {
            throw new BusinessRuleException("appointment.noShow.early", "A patient can be marked no-show only after the start time.");
        }
        status = Status.NO_SHOW;
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new BusinessRuleException("appointment.state", "Cannot " + action + " an appointment that is " + status.name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID providerId() { return providerId; }
    public UUID resourceId() { return resourceId; }
    public String typeCode() { return typeCode; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public Instant resourceFreeAt() { return resourceFreeAt; }
    public Status status() { return status; }
    public String cancelReason() { return cancelReason; }
    public boolean isLateCancel() { return lateCancel; }
    public UUID planId() { return planId; }

    /** Booked, checked in or completed: it holds its slot. */
    public boolean holdsSlot() {
        return status == Status.BOOKED || status == Status.CHECKED_IN || status == Status.COMPLETED;
    }

    /** The start as the clinic's wall clock shows it. */
    public ZonedDateTime startIn(ZoneId zone) {
        return startsAt.atZone(zone);
    }
}
