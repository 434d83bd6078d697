package com.clinicsuite.scheduling.application;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.scheduling.domain.Appointment;
import com.clinicsuite.scheduling.domain.AppointmentType;
import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.Resource;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.scheduling.domain.SlotTakenException;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Booking and the life of an appointment. A provider, a chair or room, and a patient never hold two
 * overlapping appointments: the service explains a clash it can see, and the database's exclusion
 * constraints refuse the ones that race ("slot just taken").
 */
@Stateless
public class Appointments {

    @Inject
    private SchedulingRepository repository;

    @Inject
    private PatientDirectory patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.FRONT_DESK)
    public SchedulingRows.AppointmentRow book(@NotNull Commands.Book c) {
        if (c.patientId() == null || c.providerId() == null || c.resourceId() == null || c.startsAt() == null) {
            throw new BusinessRuleException("appointment.incomplete", "Choose the patient, provider, chair or room, type and time.");
        }
        PatientSummary patient = patients.summary(c.patientId());
        if (!patient.active()) {
            throw new BusinessRuleException("appointment.patient.inactive", "patientId", patient.displayName() + " is inactive; reactivate the record before booking.");
        }
        Provider provider = repository.provider(c.providerId()).orElseThrow(() -> notFound("provider"));
        Resource resource = repository.resource(c.resourceId()).orElseThrow(() -> notFound("chair or room"));
        AppointmentType type = repository.type(c.typeCode()).orElseThrow(() -> new BusinessRuleException("appointment.type",
                "typeCode", "Choose an appointment type."));
        ZonedDateTime start = c.startsAt().atZone(clock.getZone());
        Appointment a = Appointment.book(patient.id(), provider, resource, type, start, clock.instant());
        List<Appointment> clashes = repository.clashes(provider.id(), resource.id(), patient.id(), a.startsAt(), a.endsAt(), a.resourceFreeAt());
        if (!clashes.isEmpty()) {
            throw new SlotTakenException(explain(clashes.get(0), a));
        }
        repository.book(a);
        audit.record("appointment.book", patient.id(), type.label() + " " + start + " with " + provider.displayName());
        return Rows.of(a, provider, resource, type);
    }

    @RolesAllowed(Roles.FRONT_DESK)
    public SchedulingRows.AppointmentRow checkIn(@NotNull UUID id, long version) {
        return change(id, version, "appointment.checkIn", a -> a.checkIn(clock.instant()));
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public SchedulingRows.AppointmentRow checkOut(@NotNull UUID id, long version) {
        return change(id, version, "appointment.checkOut", Appointment::complete);
    }

    @RolesAllowed(Roles.FRONT_DESK)
    public SchedulingRows.AppointmentRow cancel(@NotNull UUID id, long version, String reason) {
        return change(id, version, "appointment.cancel", a -> a.cancel(reason, clock.instant()));
    }

    @RolesAllowed(Roles.FRONT_DESK)
    public SchedulingRows.AppointmentRow noShow(@NotNull UUID id, long version) {
        return change(id, version, "appointment.noShow", a -> a.noShow(clock.instant()));
    }

    /** The day list: every appointment starting on {@code day}, in clinic time. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.AppointmentRow> day(@NotNull LocalDate day) {
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return rows(repository.between(from, to));
    }

    /** Appointments starting on the days [from, to), optionally for one provider or one chair or room, for the calendar. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.AppointmentRow> between(@NotNull LocalDate from, @NotNull LocalDate to, UUID providerId, UUID resourceId) {
        if (!to.isAfter(from) || to.isAfter(from.plusDays(62))) {
            throw new BusinessRuleException("appointment.range", "Choose a range of 1 to 62 days.");
        }
        return rows(repository.between(from.atStartOfDay(clock.getZone()).toInstant(), to.atStartOfDay(clock.getZone()).toInstant())
                .stream()
                .filter(a -> providerId == null || a.providerId().equals(providerId))
                .filter(a -> resourceId == null || a.resourceId().equals(resourceId))
                .toList());
    }

    /** A patient's appointments, newest first (billing sees dates and types only; there is nothing else here). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public List<SchedulingRows.AppointmentRow> forPatient(@NotNull UUID patientId) {
        audit.record("appointment.list", patientId, "appointments");
        return rows(repository.forPatient(patientId));
    }

    private SchedulingRows.AppointmentRow change(UUID id, long version, String action, java.util.function.Consumer<Appointment> change) {
        Appointment a = repository.appointment(id).orElseThrow(() -> notFound("appointment"));
        if (a.version() != version) {
            throw new BusinessRuleException("appointment.stale", "This appointment was changed by " + a.updatedBy() + "; reload and try again.");
        }
        change.accept(a);
        audit.record(action, a.patientId(), a.typeCode() + " " + a.startsAt());
        return Rows.of(a, repository.provider(a.providerId()).orElse(null), repository.resource(a.resourceId()).orElse(null),
                repository.type(a.typeCode()).orElse(null));
    }

    private List<SchedulingRows.AppointmentRow> rows(List<Appointment> appointments) {
        Map<UUID, Provider> providers = repository.providers().stream().collect(Collectors.toMap(Provider::id, Function.identity()));
        Map<UUID, Resource> resources = repository.resources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
        Map<String, AppointmentType> types = repository.types().stream().collect(Collectors.toMap(AppointmentType::code, Function.identity()));
        return appointments.stream().map(a -> Rows.of(a, providers.get(a.providerId()), resources.get(a.resourceId()),
                types.get(a.typeCode()))).toList();
    }

    private static String explain(Appointment clash, Appointment wanted) {
        if (clash.patientId().equals(wanted.patientId())) {
            return "The patient already has an appointment at that time.";
        }
        if (clash.providerId().equals(wanted.providerId())) {
            return "The provider is already booked at that time; choose another time.";
        }
        return "That chair or room is in use then (including recovery time); choose another time or room.";
    }

    private static BusinessRuleException notFound(String what) {
        return new BusinessRuleException("appointment.notFound", "No such " + what + "; reload the page.");
    }
}
