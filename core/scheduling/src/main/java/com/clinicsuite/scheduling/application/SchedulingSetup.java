package com.clinicsuite.scheduling.application;

import com.clinicsuite.shared.domain.Npi;
import com.clinicsuite.scheduling.domain.Absence;
import com.clinicsuite.scheduling.domain.Discipline;
import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.Resource;
import com.clinicsuite.scheduling.domain.ResourceKind;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.scheduling.domain.WorkingHours;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The clinic's scheduling setup: administrators add providers and chairs or rooms; everyone who books reads them. */
@Stateless
public class SchedulingSetup {

    @Inject
    private SchedulingRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private BookingChoices choices;

    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ProviderRow addProvider(@NotNull Commands.AddProvider c) {
        Discipline discipline = Choice.of(Discipline.class, c.discipline(), "discipline", "Discipline");
        List<WorkingHours> hours = hours(c.hours());
        Provider p = new Provider(c.username(), c.displayName(), discipline, npi(c.npi()), hours);
        repository.add(p);
        audit.record("scheduling.provider.add", null, p.username() + " (" + discipline + ")");
        choices.invalidate();
        return Rows.of(p);
    }

    /** Changes a provider's name, NPI and weekly hours; booked appointments stay where they are. */
    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ProviderRow reviseProvider(@NotNull java.util.UUID id, long version, @NotNull Commands.AddProvider c) {
        Provider p = provider(id, version);
        p.revise(c.displayName(), npi(c.npi()), hours(c.hours()));
        audit.record("scheduling.provider.revise", null, p.username());
        choices.invalidate();
        return Rows.of(p);
    }

    /** Stops (or resumes) a provider taking new appointments; nothing is deleted. */
    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ProviderRow setProviderActive(@NotNull java.util.UUID id, long version, boolean active) {
        Provider p = provider(id, version);
        p.setActive(active);
        audit.record(active ? "scheduling.provider.activate" : "scheduling.provider.deactivate", null, p.username());
        choices.invalidate();
        return Rows.of(p);
    }

    /** Records leave for a provider, or a clinic holiday when {@code providerId} is null. */
    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.AbsenceRow addAbsence(java.util.UUID providerId, java.time.LocalDate firstDay, java.time.LocalDate lastDay, String reason) {
        Provider p = providerId == null ? null : repository.provider(providerId).orElseThrow(() ->
                new BusinessRuleException("provider.notFound", "providerId", "No such provider; reload the page."));
        Absence a = new Absence(providerId, firstDay, lastDay, reason);
        repository.add(a);
        audit.record("scheduling.absence.add", null, (p == null ? "clinic holiday" : p.username()) + " " + a.firstDay() + "–" + a.lastDay());
        return Rows.of(a, p);
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeAbsence(@NotNull java.util.UUID id) {
        Absence a = repository.absence(id).orElseThrow(() -> new BusinessRuleException("absence.notFound", "That absence was already removed."));
        repository.remove(a);
        audit.record("scheduling.absence.remove", null, a.firstDay() + "–" + a.lastDay() + " " + a.reason());
    }

    /** Holidays and leave overlapping [from, to]. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.AbsenceRow> absences(@NotNull java.time.LocalDate from, @NotNull java.time.LocalDate to) {
        List<Absence> absences = repository.absences(from, to);
        java.util.Map<java.util.UUID, Provider> providers = repository.providersNamed(absences.stream().map(Absence::providerId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())).stream()
                .collect(java.util.stream.Collectors.toMap(Provider::id, x -> x));
        return absences.stream().map(a -> Rows.of(a, a.providerId() == null ? null : providers.get(a.providerId()))).toList();
    }

    private Provider provider(java.util.UUID id, long version) {
        Provider p = repository.provider(id).orElseThrow(() -> new BusinessRuleException("provider.notFound", "No such provider; reload the page."));
        if (p.version() != version) {
            throw new BusinessRuleException("provider.stale", "This provider was changed by " + p.updatedBy() + "; reload and try again.");
        }
        return p;
    }

    private static String npi(String npi) {
        if (npi != null && !npi.isBlank() && !Npi.isValid(npi.strip())) {
            throw new BusinessRuleException("provider.npi", "npi", "NPI must be 10 digits with a valid check digit.");
        }
        return npi == null || npi.isBlank() ? null : npi.strip();
    }

    private static List<WorkingHours> hours(List<Commands.Hours> given) {
        return (given == null ? List.<Commands.Hours>of() : given).stream().map(h -> {
            if (h.dayOfWeek() < 1 || h.dayOfWeek() > 7 || h.starts() == null || h.ends() == null || !h.ends().isAfter(h.starts())) {
                throw new BusinessRuleException("provider.hours", "hours", "Each day's hours need a weekday 1–7 and an end after the start.");
            }
            return new WorkingHours(DayOfWeek.of(h.dayOfWeek()), h.starts(), h.ends());
        }).toList();
    }

    /** Changes an appointment type's label, length and recovery buffer (appointments already booked keep their times). */
    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.TypeRow reviseType(@NotNull String code, long version, String label, int minutes, int recovery) {
        com.clinicsuite.scheduling.domain.AppointmentType t = repository.type(code).orElseThrow(() ->
                new BusinessRuleException("type.notFound", "No such appointment type; reload the page."));
        if (t.version() != version) {
            throw new BusinessRuleException("type.stale", "This appointment type was changed in the meantime; reload and try again.");
        }
        t.revise(label, minutes, recovery);
        audit.record("scheduling.type.revise", null, code + ": " + minutes + " min + " + recovery + " min recovery");
        return Rows.of(t);
    }

    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ResourceRow addResource(@NotNull Commands.AddResource c) {
        if (c.name() == null || c.name().isBlank()) {
            throw new BusinessRuleException("resource.name", "name", "Name the chair or room.");
        }
        Resource r = new Resource(c.name(), Choice.of(ResourceKind.class, c.kind(), "kind", "Kind"));
        repository.add(r);
        audit.record("scheduling.resource.add", null, r.name());
        choices.invalidate();
        return Rows.of(r);
    }

    /**
     * The Keycloak usernames of these providers and of every provider the patient is booked with, for the care team
     * (one query).
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public java.util.Set<String> clinicianUsernames(@NotNull java.util.Collection<java.util.UUID> providerIds, @NotNull java.util.UUID patientId) {
        return repository.usernamesOf(providerIds, patientId);
    }

    /** One provider, with their hours (for checking a choice made on a screen). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public Optional<SchedulingRows.ProviderRow> provider(@NotNull UUID id) {
        return repository.provider(id).map(Rows::of);
    }

    /** The provider who signs in as this user (the clinician on a visit, for the charge's rendering provider). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public Optional<SchedulingRows.ProviderRow> providerByUsername(@NotNull String username) {
        return repository.providerByUsername(username).map(Rows::of);
    }

    /** Providers one page at a time, filtered by name or username, by name (the admin list and {@code GET /api/scheduling/providers}). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public PageResult<SchedulingRows.ProviderRow> providerPage(String text, @NotNull PageRequest page) {
        return new PageResult<>(repository.providerPage(text, page.offset(), page.limit()).stream().map(Rows::of).toList(),
                repository.providerCount(text));
    }

    /** Chairs and rooms one page at a time, filtered by name, by kind then name (the admin list and {@code GET /api/scheduling/resources}). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public PageResult<SchedulingRows.ResourceRow> resourcePage(String text, @NotNull PageRequest page) {
        return new PageResult<>(repository.resourcePage(text, page.offset(), page.limit()).stream().map(Rows::of).toList(),
                repository.resourceCount(text));
    }

    /** The booking drop-downs' providers and rooms, id and name: one snapshot shared by every screen (see {@link BookingChoices}). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public SchedulingRows.Choices choices() {
        return choices.get();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public List<SchedulingRows.TypeRow> types() {
        return repository.types().stream().map(Rows::of).toList();
    }
}
