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
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
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
        PatientSummary patient = bookablePatient(c.patientId());
        return place(patient, c);
    }

    /**
     * Books a whole series in one transaction: either every appointment is booked, or (when one is refused or its
     * slot was just taken) none is, and the message names the appointment that failed.
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public List<SchedulingRows.AppointmentRow> bookSeries(@NotNull List<Commands.Book> series) {
        if (series.isEmpty()) {
            throw new BusinessRuleException("series.empty", "Choose at least one appointment to book.");
        }
        UUID patientId = series.get(0).patientId();
        if (series.stream().anyMatch(b -> !java.util.Objects.equals(b.patientId(), patientId))) {
            throw new BusinessRuleException("series.patients", "A series belongs to one patient.");
        }
        PatientSummary patient = bookablePatient(patientId);
        List<SchedulingRows.AppointmentRow> booked = new java.util.ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Commands.Book c = series.get(i);
            try {
                booked.add(place(patient, c));
            } catch (SlotTakenException e) {
                throw new SlotTakenException("Appointment " + (i + 1) + " (" + describe(c) + "): " + e.getMessage()
                        + " Nothing in the series was booked.");
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException(e.key(), "Appointment " + (i + 1) + " (" + describe(c) + "): " + e.getMessage()
                        + " Nothing in the series was booked.");
            }
        }
        audit.record("appointment.bookSeries", patientId, booked.size() + " appointments");
        return booked;
    }

    /**
     * Records appointments that already took place (the front desk entering history from a previous system or a paper
     * schedule; demo data), in one
     * transaction: each must be over, and the no-overlap rules hold as for bookings.
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public List<SchedulingRows.AppointmentRow> recordHistory(@NotNull List<Commands.PastAppointment> history) {
        List<SchedulingRows.AppointmentRow> rows = new java.util.ArrayList<>();
        for (Commands.PastAppointment h : history) {
            PatientSummary patient = patients.summary(h.patientId());
            Provider provider = repository.provider(h.providerId()).orElseThrow(() -> notFound("provider"));
            Resource resource = repository.resource(h.resourceId()).orElseThrow(() -> notFound("chair or room"));
            AppointmentType type = repository.type(h.typeCode()).orElseThrow(() -> notFound("appointment type"));
            Appointment a = Appointment.recordPast(patient.id(), provider, resource, type, h.startsAt().atZone(clock.getZone()), clock.instant(),
                    h.planId(), Appointment.Status.valueOf(h.status() == null ? "COMPLETED" : h.status()));
            repository.book(a);
            audit.record("appointment.history", patient.id(), type.label() + " " + h.startsAt() + " " + a.status());
            rows.add(Rows.of(a, provider, resource, type));
        }
        return rows;
    }

    /** Moves a booked appointment to a new time (and optionally another provider or room), with the same checks as booking. */
    @RolesAllowed(Roles.FRONT_DESK)
    public SchedulingRows.AppointmentRow reschedule(@NotNull UUID id, long version, @NotNull java.time.LocalDateTime startsAt,
                                                    UUID providerId, UUID resourceId) {
        Appointment a = current(id, version);
        Provider provider = repository.provider(providerId == null ? a.providerId() : providerId).orElseThrow(() -> notFound("provider"));
        Resource resource = repository.resource(resourceId == null ? a.resourceId() : resourceId).orElseThrow(() -> notFound("chair or room"));
        AppointmentType type = repository.type(a.typeCode()).orElseThrow(() -> notFound("appointment type"));
        ZonedDateTime start = startsAt.atZone(clock.getZone());
        requirePresent(provider, start);
        String before = a.startsAt().atZone(clock.getZone()).toLocalDateTime().toString();
        a.reschedule(provider, resource, type, start, clock.instant());
        List<Appointment> clashes = repository.clashes(provider.id(), resource.id(), a.patientId(), a.startsAt(), a.endsAt(), a.resourceFreeAt())
                .stream().filter(other -> !other.id().equals(a.id())).toList();
        if (!clashes.isEmpty()) {
            throw new SlotTakenException(explain(clashes.get(0), a));
        }
        repository.flushChange(a);
        audit.record("appointment.reschedule", a.patientId(), type.label() + " " + before + " → " + startsAt + " with " + provider.displayName());
        return Rows.of(a, provider, resource, type);
    }

    /** One appointment (no clinical content). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public SchedulingRows.AppointmentRow get(@NotNull UUID id) {
        Appointment a = repository.appointment(id).orElseThrow(() -> notFound("appointment"));
        return Rows.of(a, repository.provider(a.providerId()).orElse(null), repository.resource(a.resourceId()).orElse(null),
                repository.type(a.typeCode()).orElse(null));
    }

    /** The appointments booked from a treatment plan, oldest first (no clinical content). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.AppointmentRow> forPlan(@NotNull UUID planId) {
        return rows(repository.forPlan(planId));
    }

    /**
     * Proposes times for a series for one patient from {@code from} on (clinic time), respecting provider hours,
     * leave and holidays, rooms with their recovery buffers, and every appointment already booked.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN})
    public List<SchedulingRows.ProposedRow> propose(@NotNull UUID patientId, @NotNull java.time.LocalDateTime from,
                                                    @NotNull List<Commands.SeriesStep> steps) {
        patients.summary(patientId);
        Map<UUID, Provider> providers = repository.providers().stream().collect(Collectors.toMap(Provider::id, Function.identity()));
        Map<String, AppointmentType> types = repository.types().stream().collect(Collectors.toMap(AppointmentType::code, Function.identity()));
        List<com.clinicsuite.scheduling.domain.SeriesPlanner.Step> planned = new java.util.ArrayList<>();
        java.time.Duration reach = java.time.Duration.ZERO;
        for (Commands.SeriesStep step : steps) {
            AppointmentType type = types.get(step.typeCode());
            if (type == null) {
                throw new BusinessRuleException("series.type", "Unknown appointment type " + step.typeCode() + ".");
            }
            List<Provider> who = new java.util.ArrayList<>(step.providerIds().stream().map(providers::get).filter(java.util.Objects::nonNull).toList());
            providers.values().stream().filter(p -> p.discipline() == type.discipline() && !who.contains(p))
                    .sorted(java.util.Comparator.comparing(Provider::displayName)).forEach(who::add);
            planned.add(new com.clinicsuite.scheduling.domain.SeriesPlanner.Step(step.label(), type, who, step.anchor(), step.fromEnd(),
                    step.minAfter(), step.maxAfter()));
            reach = reach.plus(step.maxAfter()).plusDays(1);
        }
        ZonedDateTime start = from.atZone(clock.getZone());
        ZonedDateTime until = start.plus(reach);
        var planner = new com.clinicsuite.scheduling.domain.SeriesPlanner(clock.getZone(), clock.instant(), patientId,
                repository.resources(), repository.absences(start.toLocalDate(), until.toLocalDate()),
                repository.between(start.minusDays(1).toInstant(), until.toInstant()));
        return planner.propose(start, planned).stream().map(p -> new SchedulingRows.ProposedRow(p.index(), p.label(), p.type().code(),
                p.type().label(), p.placed() ? p.start().toLocalDateTime() : null, p.placed() ? p.provider().id() : null,
                p.placed() ? p.provider().displayName() : null, p.placed() ? p.resource().id() : null,
                p.placed() ? p.resource().name() : null, p.problem())).toList();
    }

    private PatientSummary bookablePatient(UUID patientId) {
        if (patientId == null) {
            throw new BusinessRuleException("appointment.incomplete", "patientId", "Choose the patient.");
        }
        PatientSummary patient = patients.summary(patientId);
        if (!patient.active()) {
            throw new BusinessRuleException("appointment.patient.inactive", "patientId", patient.displayName() + " is inactive; reactivate the record before booking.");
        }
        return patient;
    }

    private SchedulingRows.AppointmentRow place(PatientSummary patient, Commands.Book c) {
        if (c.providerId() == null || c.resourceId() == null || c.startsAt() == null) {
            throw new BusinessRuleException("appointment.incomplete", "Choose the patient, provider, chair or room, type and time.");
        }
        Provider provider = repository.provider(c.providerId()).orElseThrow(() -> notFound("provider"));
        Resource resource = repository.resource(c.resourceId()).orElseThrow(() -> notFound("chair or room"));
        AppointmentType type = repository.type(c.typeCode()).orElseThrow(() -> new BusinessRuleException("appointment.type",
                "typeCode", "Choose an appointment type."));
        ZonedDateTime start = c.startsAt().atZone(clock.getZone());
        requirePresent(provider, start);
        Appointment a = Appointment.book(patient.id(), provider, resource, type, start, clock.instant(), c.planId());
        List<Appointment> clashes = repository.clashes(provider.id(), resource.id(), patient.id(), a.startsAt(), a.endsAt(), a.resourceFreeAt());
        if (!clashes.isEmpty()) {
            throw new SlotTakenException(explain(clashes.get(0), a));
        }
        repository.book(a);
        audit.record("appointment.book", patient.id(), type.label() + " " + start + " with " + provider.displayName());
        return Rows.of(a, provider, resource, type);
    }

    /** Refuses a day of leave or a clinic holiday, naming it. */
    private void requirePresent(Provider provider, ZonedDateTime start) {
        LocalDate day = start.toLocalDate();
        repository.absences(day, day).stream().filter(x -> x.covers(provider.id(), day)).findFirst().ifPresent(x -> {
            throw new BusinessRuleException("appointment.absent", "startsAt", (x.providerId() == null ? "The clinic is closed on "
                    : provider.displayName() + " is away on ") + day + " (" + x.reason() + ").");
        });
    }

    private String describe(Commands.Book c) {
        return (c.typeCode() == null ? "" : repository.type(c.typeCode()).map(AppointmentType::label).orElse(c.typeCode()))
                + (c.startsAt() == null ? "" : " " + c.startsAt().toLocalDate() + " " + c.startsAt().toLocalTime());
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

    /** One page of the day's appointments by start time, with the day's total: a busy clinic's day is read a page at a time. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public PageResult<SchedulingRows.AppointmentRow> day(@NotNull LocalDate day, @NotNull PageRequest page) {
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new PageResult<>(repository.betweenNamed(from, to, page.offset(), page.limit()).stream().map(Rows::of).toList(),
                repository.countBetween(from, to));
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
        audit.recordRead("appointment.list", patientId, "appointments");
        return repository.forPatientNamed(patientId).stream().map(Rows::of).toList();
    }

    /**
     * One page of the patient's appointments that started by {@code startedBy}, newest first: the chart's history beyond
     * its first page (the chart passes the instant it split its appointments at, so pages neither overlap nor skip).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public PageResult<SchedulingRows.AppointmentRow> pastOf(@NotNull UUID patientId, @NotNull Instant startedBy, @NotNull PageRequest page) {
        audit.recordRead("appointment.list", patientId, "past appointments from " + (page.offset() + 1));
        return new PageResult<>(repository.pastNamed(patientId, startedBy, page.offset(), page.limit()).stream()
                .map(Rows::of).toList(), repository.countPast(patientId, startedBy));
    }

    private Appointment current(UUID id, long version) {
        Appointment a = repository.appointment(id).orElseThrow(() -> notFound("appointment"));
        if (a.version() != version) {
            throw new BusinessRuleException("appointment.stale", "This appointment was changed by " + a.updatedBy() + "; reload and try again.");
        }
        return a;
    }

    private SchedulingRows.AppointmentRow change(UUID id, long version, String action, java.util.function.Consumer<Appointment> change) {
        Appointment a = current(id, version);
        change.accept(a);
        audit.record(action, a.patientId(), a.typeCode() + " " + a.startsAt());
        return Rows.of(a, repository.provider(a.providerId()).orElse(null), repository.resource(a.resourceId()).orElse(null),
                repository.type(a.typeCode()).orElse(null));
    }

    private List<SchedulingRows.AppointmentRow> rows(List<Appointment> appointments) {
        // only the providers and rooms these rows name, read-only (a large clinic has hundreds, with their hours)
        Map<UUID, Provider> providers = repository.providersNamed(appointments.stream().map(Appointment::providerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Provider::id, Function.identity()));
        Map<UUID, Resource> resources = repository.resourcesNamed(appointments.stream().map(Appointment::resourceId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Resource::id, Function.identity()));
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
