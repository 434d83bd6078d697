package com.clinicsuite.treatment.application;

import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.domain.ProtocolLimits;
import com.clinicsuite.treatment.domain.ProtocolTemplate;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The clinic's ketamine protocol templates: administrators maintain them, physicians choose from them. */
@Stateless
public class ProtocolTemplates {

    @Inject
    private TreatmentRepository repository;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.PHYSICIAN, Roles.NURSE})
    public List<PlanRows.TemplateRow> list() {
        return repository.templates().stream().map(ProtocolTemplates::row).toList();
    }

    /** Adds a template, or revises the one with the same code (plans keep the dose they were written with). */
    @RolesAllowed(Roles.ADMIN)
    public PlanRows.TemplateRow save(@NotNull PlanCommands.Template c, Long version) {
        ProtocolLimits limits = new ProtocolLimits(c.maxRateMgPerKgPerHour() == null ? ProtocolLimits.CLINIC_DEFAULTS.maxRateMgPerKgPerHour()
                : c.maxRateMgPerKgPerHour(), c.maxBolusMgPerKg() == null ? ProtocolLimits.CLINIC_DEFAULTS.maxBolusMgPerKg() : c.maxBolusMgPerKg(),
                c.maxTotalMg());
        int minutes = c.durationMinutes() == null ? 0 : c.durationMinutes();
        int sessions = c.inductionSessions() == null ? 0 : c.inductionSessions();
        ProtocolTemplate t = repository.template(c.code() == null ? null : c.code().strip()).orElse(null);
        if (t == null) {
            t = new ProtocolTemplate(c.code(), c.name(), c.doseMgPerKgPerHour(), minutes, c.bolusMgPerKg(), limits, sessions, c.source());
            repository.add(t);
            audit.record("protocol.add", null, t.code());
        } else {
            if (version == null || t.version() != version) {
                throw new BusinessRuleException("protocol.stale", "code", "A template with code " + t.code()
                        + " exists (or was just changed by " + t.updatedBy() + "); reload to edit it.");
            }
            t.revise(c.name(), c.doseMgPerKgPerHour(), minutes, c.bolusMgPerKg(), limits, sessions, c.source());
            audit.record("protocol.revise", null, t.code());
        }
        repository.flush();
        return row(t);
    }

    @RolesAllowed(Roles.ADMIN)
    public PlanRows.TemplateRow setActive(@NotNull String code, boolean active) {
        ProtocolTemplate t = repository.template(code).orElseThrow(() -> new BusinessRuleException("protocol.notFound", "No such template."));
        t.setActive(active);
        audit.record(active ? "protocol.activate" : "protocol.retire", null, code);
        repository.flush();
        return row(t);
    }

    private static PlanRows.TemplateRow row(ProtocolTemplate t) {
        ProtocolLimits l = t.limits();
        return new PlanRows.TemplateRow(t.code(), t.name(), t.doseMgPerKgPerHour(), t.durationMinutes(), t.bolusMgPerKg(),
                l.maxRateMgPerKgPerHour(), l.maxBolusMgPerKg(), l.maxTotalMg(), t.inductionSessions(), t.source(), t.isActive(), t.version());
    }
}
