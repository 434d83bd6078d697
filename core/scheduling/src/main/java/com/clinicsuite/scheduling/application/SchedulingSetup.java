package com.clinicsuite.scheduling.application;

import com.clinicsuite.shared.domain.Npi;
import com.clinicsuite.scheduling.domain.Discipline;
import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.Resource;
import com.clinicsuite.scheduling.domain.ResourceKind;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.scheduling.domain.WorkingHours;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.util.List;

/** The clinic's scheduling setup: administrators add providers and chairs or rooms; everyone who books reads them. */
@Stateless
public class SchedulingSetup {

    @Inject
    private SchedulingRepository repository;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ProviderRow addProvider(@NotNull Commands.AddProvider c) {
        Discipline discipline = Choice.of(Discipline.class, c.discipline(), "discipline", "Discipline");
        if (c.npi() != null && !c.npi().isBlank() && !Npi.isValid(c.npi().strip())) {
            throw new BusinessRuleException("provider.npi", "npi", "NPI must be 10 digits with a valid check digit.");
        }
        List<WorkingHours> hours = (c.hours() == null ? List.<Commands.Hours>of() : c.hours()).stream().map(h -> {
            if (h.dayOfWeek() < 1 || h.dayOfWeek() > 7 || h.starts() == null || h.ends() == null || !h.ends().isAfter(h.starts())) {
                throw new BusinessRuleException("provider.hours", "hours", "Each day's hours need a weekday 1–7 and an end after the start.");
            }
            return new WorkingHours(DayOfWeek.of(h.dayOfWeek()), h.starts(), h.ends());
        }).toList();
        Provider p = new Provider(c.username(), c.displayName(), discipline,
                c.npi() == null || c.npi().isBlank() ? null : c.npi().strip(), hours);
        repository.add(p);
        audit.record("scheduling.provider.add", null, p.username() + " (" + discipline + ")");
        return Rows.of(p);
    }

    @RolesAllowed(Roles.ADMIN)
    public SchedulingRows.ResourceRow addResource(@NotNull Commands.AddResource c) {
        if (c.name() == null || c.name().isBlank()) {
            throw new BusinessRuleException("resource.name", "name", "Name the chair or room.");
        }
        Resource r = new Resource(c.name(), Choice.of(ResourceKind.class, c.kind(), "kind", "Kind"));
        repository.add(r);
        audit.record("scheduling.resource.add", null, r.name());
        return Rows.of(r);
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.ProviderRow> providers() {
        return repository.providers().stream().map(Rows::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<SchedulingRows.ResourceRow> resources() {
        return repository.resources().stream().map(Rows::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.BILLING})
    public List<SchedulingRows.TypeRow> types() {
        return repository.types().stream().map(Rows::of).toList();
    }
}
