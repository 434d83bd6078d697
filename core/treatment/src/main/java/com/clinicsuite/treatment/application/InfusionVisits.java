package com.clinicsuite.treatment.application;

import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.IntakeAssessment;
import com.clinicsuite.patients.application.intake.IntakeView;
import com.clinicsuite.pharmacy.application.KetamineRegister;
import com.clinicsuite.pharmacy.application.RegisterRows;
import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Reauthentication;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.domain.InfusionVisit;
import com.clinicsuite.treatment.domain.InfusionVitals;
import com.clinicsuite.treatment.domain.KetamineComponent;
import com.clinicsuite.treatment.domain.ProtocolLimits;
import com.clinicsuite.treatment.domain.TreatmentPlan;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Infusion visits, documented by nurses and physicians only. Second-person steps (dose confirmation, waste witness,
 * physician confirmation of a high baseline, discharge override) are confirmed with that person's own password.
 * Co-signing publishes {@link VisitSigned}. Every read and write is audited.
 */
@Stateless
public class InfusionVisits {

    private static final Set<String> LICENSED = Set.of(Roles.NURSE, Roles.PHYSICIAN);
    private static final String KETAMINE_CONSENT = "Ketamine informed consent";

    @Inject
    private TreatmentRepository repository;

    @Inject
    private Appointments appointments;

    @Inject
    private ClinicalRecord clinical;

    @Inject
    private IntakeAssessment intakes;

    @Inject
    private KetamineRegister register;

    @Inject
    private Reauthentication reauthentication;

    @Inject
    private Event<VisitSigned> signed;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The checklist items a nurse records. */
    public record Checklist(boolean contraindicationsReconfirmed, String pregnancy, String escortName, String escortPhone, boolean fasting,
                            Integer systolic, Integer diastolic, Integer heartRate, Integer spo2, Integer respiratoryRate, Integer painNrs)
            implements java.io.Serializable {
    }

    /**
     * A completed infusion brought into the record afterwards (from paper or another system, or demo data): the same
     * domain steps with the times of the appointment. The dose confirmer and the co-signing physician confirm with
     * their own passwords, as they would at the chair.
     *
     * @param readings systolic, diastolic, HR, SpO2, RR, sedation, NRS per 15-minute reading during the infusion
     */
    public record PastInfusion(UUID appointmentId, BigDecimal weightKg, BigDecimal concentrationMgPerMl, String escortName, String escortPhone,
                               List<Integer> baseline, List<List<Integer>> readings, List<Integer> post, BigDecimal administeredMg,
                               String confirmer, String confirmerPassword, String cosigner, String cosignerPassword,
                               UUID vialId, BigDecimal drawnMg, BigDecimal wastedMg, String witness, String witnessPassword) implements java.io.Serializable {
    }

    @RolesAllowed(Roles.NURSE)
    public VisitView recordPast(@NotNull PastInfusion p) {
        if (repository.visitForAppointment(p.appointmentId()).isPresent()) {
            throw new BusinessRuleException("visit.exists", "This infusion is already documented.");
        }
        SchedulingRows.AppointmentRow a = appointments.get(p.appointmentId());
        if (!"COMPLETED".equals(a.status()) || !a.typeCode().startsWith("INFUSION") || a.planId() == null) {
            throw new BusinessRuleException("visit.history", "Only a completed infusion of a plan can be documented afterwards.");
        }
        TreatmentPlan plan = repository.plan(a.planId()).orElseThrow();
        java.util.Set<String> confirmerRoles = confirmLicensed(p.confirmer(), p.confirmerPassword(), "confirmer");
        // the same physician often both confirmed the dose and co-signs: their password is checked once (Keycloak
        // refuses a second password grant for a user while it is still recording the first)
        boolean samePerson = p.cosigner() != null && p.cosigner().strip().equalsIgnoreCase(p.confirmer().strip())
                && java.util.Objects.equals(p.cosignerPassword(), p.confirmerPassword());
        if (!(samePerson ? confirmerRoles : reauthentication.confirm(p.cosigner(), p.cosignerPassword())).contains(Roles.PHYSICIAN)) {
            throw new BusinessRuleException("visit.cosign.physician", "cosigner", p.cosigner() + " is not a physician.");
        }
        java.time.Instant t = a.startsAt().plusSeconds(600);
        LocalDate day = a.startsAt().atZone(clock.getZone()).toLocalDate();
        InfusionVisit v = InfusionVisit.open(a.id(), plan.id(), plan.patientId());
        v.useThresholds(thresholds());
        v.checklist(!clinical.visitHeader(plan.patientId()).missingConsents().contains(KETAMINE_CONSENT), true, InfusionVisit.Pregnancy.NOT_APPLICABLE,
                p.escortName(), p.escortPhone(), true, vitals(p.baseline()), p.baseline().size() > 5 ? p.baseline().get(5) : null, me(), a.startsAt());
        ProtocolLimits limits = repository.template(plan.ketamine().protocolCode()).map(x -> x.limits()).orElse(ProtocolLimits.CLINIC_DEFAULTS);
        v.calculateDose(plan.ketamine(), limits, p.weightKg(), day, day, p.concentrationMgPerMl(), me());
        v.confirmDose(p.confirmer());
        v.start(t, me());
        int minute = 0;
        for (List<Integer> r : p.readings()) {
            minute += InfusionVisit.VITALS_EVERY_MINUTES;
            v.recordVitals(vitals(r), r.size() > 5 ? r.get(5) : null, r.size() > 6 ? r.get(6) : null, me(), t.plusSeconds(60L * minute));
        }
        java.time.Instant end = t.plusSeconds(60L * v.plannedMinutes());
        v.end(p.administeredMg(), null, me(), end);
        v.recordVitals(vitals(p.post()), 0, p.post().size() > 6 ? p.post().get(6) : null, me(), end.plusSeconds(600));
        v.discharge(true, true, true, null, null, me(), end.plusSeconds(1800));
        v.sign(me(), end.plusSeconds(2400));
        v.cosign(p.cosigner(), end.plusSeconds(3600));
        repository.add(v);
        repository.flush();
        if (p.vialId() != null) {
            register.draw(new RegisterRows.Draw(p.vialId(), plan.patientId(), v.id(), p.drawnMg(), p.administeredMg(),
                    p.wastedMg() == null ? BigDecimal.ZERO : p.wastedMg(), p.witness(), p.witnessPassword()));
        }
        audit.record("visit.history", plan.patientId(), "infusion of " + day + " documented afterwards");
        signed.fire(signedEvent(v, day));
        return view(v);
    }

    private static InfusionVitals.Vitals vitals(List<Integer> r) {
        if (r == null || r.size() < 5) {
            throw new BusinessRuleException("visit.vitals", "Give systolic, diastolic, HR, SpO2 and RR.");
        }
        return new InfusionVitals.Vitals(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
    }

    /** Opens (or reopens) the visit of a checked-in infusion appointment that belongs to an active IV ketamine plan. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView open(@NotNull UUID appointmentId) {
        Optional<InfusionVisit> existing = repository.visitForAppointment(appointmentId);
        if (existing.isPresent()) {
            audit.record("visit.open", existing.get().patientId(), "infusion visit " + existing.get().id());
            return view(existing.get());
        }
        SchedulingRows.AppointmentRow a = appointments.get(appointmentId);
        if (!a.typeCode().startsWith("INFUSION")) {
            throw new BusinessRuleException("visit.type", "This appointment is a " + a.typeLabel() + ", not an infusion.");
        }
        if (!"CHECKED_IN".equals(a.status())) {
            throw new BusinessRuleException("visit.notCheckedIn", "Check the patient in first; the visit opens from a checked-in appointment.");
        }
        TreatmentPlan plan = a.planId() == null ? null : repository.plan(a.planId()).orElse(null);
        if (plan == null || plan.status() != TreatmentPlan.Status.ACTIVE || plan.ketamine() == null
                || plan.ketamine().route() != KetamineComponent.Route.IV) {
            throw new BusinessRuleException("visit.plan", "This appointment does not belong to an active IV ketamine plan; a physician must sign one first.");
        }
        InfusionVisit visit = InfusionVisit.open(appointmentId, plan.id(), plan.patientId());
        repository.add(visit);
        repository.flush();
        audit.record("visit.start", plan.patientId(), "infusion visit " + visit.id());
        return view(visit);
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView view(@NotNull UUID visitId) {
        InfusionVisit v = require(visitId);
        audit.record("visit.open", v.patientId(), "infusion visit " + visitId);
        return view(v);
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView checklist(@NotNull UUID visitId, long version, @NotNull Checklist c) {
        return change(visitId, version, "visit.checklist", v -> {
            boolean consent = !clinical.visitHeader(v.patientId()).missingConsents().contains(KETAMINE_CONSENT);
            v.checklist(consent, c.contraindicationsReconfirmed(), c.pregnancy() == null || c.pregnancy().isBlank() ? null
                            : InfusionVisit.Pregnancy.valueOf(c.pregnancy()), c.escortName(), c.escortPhone(), c.fasting(),
                    new InfusionVitals.Vitals(c.systolic(), c.diastolic(), c.heartRate(), c.spo2(), c.respiratoryRate()), c.painNrs(), me(), clock.instant());
        });
    }

    /** A physician confirms it is safe to start despite a baseline above 160/100 (their own password). */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView confirmBaseline(@NotNull UUID visitId, long version, String physician, String password, String reason) {
        String who = physician == null ? "" : physician.strip();
        if (!reauthentication.confirm(who, password).contains(Roles.PHYSICIAN)) {
            throw new BusinessRuleException("visit.baseline.physician", "physician", who + " is not a physician; a physician must confirm.");
        }
        return change(visitId, version, "visit.baseline.confirm", v -> v.confirmBaseline(who, reason));
    }

    /** Computes the dose from the plan's protocol; the weight defaults to the chart's (it must be ≤ 30 days old). */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView calculateDose(@NotNull UUID visitId, long version, BigDecimal weightKg, LocalDate weighedOn, BigDecimal concentration) {
        InfusionVisit visit = require(visitId);
        TreatmentPlan plan = repository.plan(visit.planId()).orElseThrow();
        ProtocolLimits limits = repository.template(plan.ketamine().protocolCode()).map(t -> t.limits()).orElse(ProtocolLimits.CLINIC_DEFAULTS);
        BigDecimal weight = weightKg;
        LocalDate on = weighedOn;
        if (weight == null) {
            IntakeView.VitalsRow chart = intakes.latestVitals(visit.patientId());
            weight = chart == null ? null : chart.weightKg();
            on = chart == null ? null : chart.measuredOn();
        } else if (on == null) {
            on = LocalDate.now(clock);
        }
        BigDecimal w = weight;
        LocalDate d = on;
        return change(visitId, version, "visit.dose.calculate", v -> v.calculateDose(plan.ketamine(), limits, w, d, LocalDate.now(clock), concentration, me()));
    }

    /** A second licensed clinician confirms the dose with their own credentials. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView confirmDose(@NotNull UUID visitId, long version, String confirmer, String password) {
        String who = confirmer == null ? "" : confirmer.strip();
        InfusionVisit visit = require(visitId);
        if (who.equalsIgnoreCase(visit.calculatedBy())) {
            throw new BusinessRuleException("dose.selfConfirm", "confirmer", "A second clinician must confirm: " + who + " made the calculation.");
        }
        confirmLicensed(who, password, "confirmer");
        return change(visitId, version, "visit.dose.confirm", v -> v.confirmDose(who));
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView start(@NotNull UUID visitId, long version) {
        return change(visitId, version, "visit.infusion.start", v -> v.start(clock.instant(), me()));
    }

    /** Records vitals; the returned view carries any stop/hold alert in its flowsheet. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView vitals(@NotNull UUID visitId, long version, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
                            Integer respiratoryRate, Integer sedation, Integer painNrs) {
        return change(visitId, version, "visit.vitals", v -> {
            List<InfusionVitals.Alert> alerts = v.recordVitals(new InfusionVitals.Vitals(systolic, diastolic, heartRate, spo2, respiratoryRate),
                    sedation, painNrs, me(), clock.instant());
            if (!alerts.isEmpty()) {
                audit.record("visit.alert", v.patientId(), alerts.get(0).finding());
            }
        });
    }

    /** PAUSE, RESTART or RATE (with {@code newRateMgPerHour}), each with a reason. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView adjust(@NotNull UUID visitId, long version, @NotNull String action, BigDecimal newRateMgPerHour, String reason) {
        return change(visitId, version, "visit." + action.toLowerCase(), v -> {
            switch (action) {
                case "PAUSE" -> v.pause(reason, me(), clock.instant());
                case "RESTART" -> v.restart(reason, me(), clock.instant());
                case "RATE" -> v.changeRate(newRateMgPerHour, reason, me(), clock.instant());
                default -> throw new BusinessRuleException("visit.action", "Unknown action " + action + ".");
            }
        });
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView adverseEvent(@NotNull UUID visitId, long version, String effect, String severity) {
        return change(visitId, version, "visit.adverse", v -> v.adverseEvent(effect == null || effect.isBlank() ? null
                : InfusionVisit.AdverseEffect.valueOf(effect), severity, me(), clock.instant()));
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView rescue(@NotNull UUID visitId, long version, String drug, String dose, String route) {
        return change(visitId, version, "visit.rescue", v -> v.rescue(drug, dose, route, me(), clock.instant()));
    }

    /** Draws this visit's ketamine from the register (waste witnessed) and notes it on the visit. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView draw(@NotNull UUID visitId, long version, @NotNull UUID vialId, BigDecimal drawnMg, BigDecimal administeredMg,
                          BigDecimal wastedMg, String witness, String witnessPassword) {
        InfusionVisit visit = require(visitId);
        RegisterRows.EntryRow e = register.draw(new RegisterRows.Draw(vialId, visit.patientId(), visitId, drawnMg, administeredMg, wastedMg, witness,
                witnessPassword));
        return change(visitId, version, "visit.draw", v -> v.rescue("Ketamine from " + e.vialLabel(), e.drawnMg().stripTrailingZeros().toPlainString()
                + " mg drawn, " + e.administeredMg().stripTrailingZeros().toPlainString() + " mg for the infusion, " + e.wastedMg().stripTrailingZeros()
                .toPlainString() + " mg wasted" + (e.witness() == null ? "" : " (witness " + e.witness() + ")"), "register", me(), clock.instant()));
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView end(@NotNull UUID visitId, long version, BigDecimal administeredMg, String earlyReason) {
        return change(visitId, version, "visit.infusion.end", v -> v.end(administeredMg, earlyReason, me(), clock.instant()));
    }

    /**
     * Discharges the patient. When a criterion is not met, a physician may override with their password and a reason.
     */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView discharge(@NotNull UUID visitId, long version, boolean alertAndOriented, boolean walksSteadily, boolean escortPresent,
                               String physician, String password, String overrideReason) {
        String overriding = null;
        if (physician != null && !physician.isBlank()) {
            if (!reauthentication.confirm(physician.strip(), password).contains(Roles.PHYSICIAN)) {
                throw new BusinessRuleException("visit.discharge.physician", "physician", physician.strip() + " is not a physician.");
            }
            overriding = physician.strip();
        }
        String who = overriding;
        return change(visitId, version, "visit.discharge", v -> v.discharge(alertAndOriented, walksSteadily, escortPresent, who, overrideReason,
                me(), clock.instant()));
    }

    @RolesAllowed(Roles.NURSE)
    public VisitView sign(@NotNull UUID visitId, long version) {
        return change(visitId, version, "visit.sign", v -> v.sign(me(), clock.instant()));
    }

    /** The physician co-signs; the visit is then locked and {@link VisitSigned} is published. */
    @RolesAllowed(Roles.PHYSICIAN)
    public VisitView cosign(@NotNull UUID visitId, long version) {
        VisitView view = change(visitId, version, "visit.cosign", v -> v.cosign(me(), clock.instant()));
        InfusionVisit v = require(visitId);
        signed.fire(signedEvent(v, v.createdAt().atZone(clock.getZone()).toLocalDate()));
        return view;
    }

    /** The billing facts of a co-signed infusion: minutes, the register's draws for this visit, the plan's diagnoses. */
    private VisitSigned signedEvent(InfusionVisit v, LocalDate serviceDate) {
        List<VisitSigned.Drug> drugs = register.drawsForVisit(v.id()).stream()
                .map(d -> new VisitSigned.Drug(d.ndc(), d.singleDose(), d.concentrationMgPerMl(), d.administeredMg(), d.wastedMg())).toList();
        List<String> diagnoses = repository.plan(v.planId()).map(p -> p.indications().stream().map(i -> i.code()).toList()).orElse(List.of());
        return new VisitSigned(v.id(), "INFUSION", v.patientId(), v.planId(), v.appointmentId(), serviceDate, v.cosignedBy(), v.infusionMinutes(),
                v.administeredMg(), List.of(), drugs, diagnoses);
    }

    /** Amends a signed visit with a reason; the signed record itself never changes. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public VisitView amend(@NotNull UUID visitId, String reason, String text) {
        InfusionVisit v = require(visitId);
        repository.add(com.clinicsuite.treatment.domain.VisitAmendment.of(visitId, "INFUSION", v.patientId(),
                v.status() == InfusionVisit.Status.SIGNED || v.status() == InfusionVisit.Status.COSIGNED, reason, text));
        repository.flush();
        audit.record("visit.amend", v.patientId(), "infusion visit " + visitId + ": " + reason);
        return view(v);
    }

    private java.util.Set<String> confirmLicensed(String who, String password, String field) {
        java.util.Set<String> roles = reauthentication.confirm(who, password);
        if (roles.stream().noneMatch(LICENSED::contains)) {
            throw new BusinessRuleException("visit.unlicensed", field, who + " is not a nurse or physician.");
        }
        return roles;
    }

    private VisitView change(UUID visitId, long version, String action, Consumer<InfusionVisit> change) {
        InfusionVisit v = require(visitId);
        if (v.version() != version) {
            throw new BusinessRuleException("visit.stale", "This visit was changed by " + v.updatedBy() + " a moment ago; reload to see it, then try again.");
        }
        change.accept(v);
        repository.flush();
        audit.record(action, v.patientId(), "infusion visit " + visitId);
        return view(v);
    }

    private InfusionVisit require(UUID id) {
        InfusionVisit v = repository.visit(id).orElseThrow(() -> new BusinessRuleException("visit.notFound", "No such visit; reload the page."));
        v.useThresholds(thresholds());
        return v;
    }

    private InfusionVitals.Thresholds thresholds() {
        return repository.monitoringSettings().thresholds();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private VisitView view(InfusionVisit v) {
        InfusionVitals.Vitals b = v.baseline();
        TreatmentPlan plan = repository.plan(v.planId()).orElse(null);
        return new VisitView(v.id(), v.version(), v.appointmentId(), v.planId(), v.patientId(), v.status().name(), v.consentOnFile(),
                v.contraindicationsReconfirmed(), v.pregnancy() == null ? null : v.pregnancy().name(), v.escortName(), v.escortPhone(), v.fasting(),
                v.baselineNrs(), b != null && InfusionVitals.baselineNeedsConfirmation(b, thresholds()),
                v.baselineConfirmedBy(), v.baselineConfirmation(),
                v.status() == InfusionVisit.Status.CHECKLIST ? v.checklistGaps(thresholds()) : List.of(),
                v.weightKg(), v.weighedOn(), v.doseMgPerKgPerHour(), v.plannedMinutes(), v.bolusMg(), v.rateMgPerHour(), v.totalMg(),
                v.concentrationMgPerMl(), v.pumpMlPerHour(), v.calculatedBy(), v.doseConfirmedBy(),
                plan == null || plan.ketamine() == null ? "" : plan.ketamine().summary(),
                v.startedAt(), v.nextVitalsDue(), v.endedAt(), v.infusionMinutes(), v.administeredMg(), v.earlyStopReason(), v.dischargedAt(),
                v.dischargeOverride(), v.signedBy(), v.signedAt(), v.cosignedBy(), v.cosignedAt(),
                v.readings().stream().map(r -> {
                    InfusionVitals.Vitals x = r.vitals();
                    return new VisitView.ReadingRow(r.takenAt(), r.phase(), x.systolic(), x.diastolic(), x.heartRate(), x.spo2(), x.respiratoryRate(),
                            r.sedation(), r.painNrs(), r.alerts(), r.recordedBy());
                }).toList(),
                java.util.stream.Stream.concat(v.events().stream().map(e -> new VisitView.EventRow(e.at(), e.kind(), e.detail(), e.recordedBy())),
                        repository.amendmentsOf(v.id()).stream().map(a -> new VisitView.EventRow(a.createdAt(), "AMENDMENT",
                                a.text() + " (reason: " + a.reason() + ")", a.createdBy()))).toList());
    }
}
