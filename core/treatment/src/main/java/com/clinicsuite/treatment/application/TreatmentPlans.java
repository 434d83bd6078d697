package com.clinicsuite.treatment.application;

import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.IntakeAssessment;
import com.clinicsuite.patients.application.intake.IntakeView;
import com.clinicsuite.patients.application.intake.QuestionnaireRow;
import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Reauthentication;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.domain.CounselingComponent;
import com.clinicsuite.treatment.domain.Eligibility;
import com.clinicsuite.treatment.domain.KetamineComponent;
import com.clinicsuite.treatment.domain.PlanIndication;
import com.clinicsuite.treatment.domain.ProtocolTemplate;
import com.clinicsuite.treatment.domain.ResponseReview;
import com.clinicsuite.treatment.domain.SeriesRecipe;
import com.clinicsuite.treatment.domain.TherapyComponent;
import com.clinicsuite.treatment.domain.TreatmentPlan;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Treatment plans: physicians write and sign them; nurses, physical therapists and counselors read them (their own
 * component in full); the front desk sees only what to book. Every read and write is audited.
 */
@Stateless
public class TreatmentPlans {

    static final String[] CLINICIANS = {Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR};

    @Inject
    private TreatmentRepository plans;

    @Inject
    private IntakeAssessment intakes;

    @Inject
    private ClinicalRecord clinical;

    @Inject
    private Appointments appointments;

    @Inject
    private SchedulingSetup setup;

    @Inject
    private Reauthentication reauthentication;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    /** Starts a draft for the patient, with the intake's diagnoses as indications. One open plan per patient. */
    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView start(@NotNull UUID patientId) {
        if (plans.openPlanOf(patientId).isPresent()) {
            throw new BusinessRuleException("plan.open", "This patient already has an open plan; change it, or complete or discontinue it first.");
        }
        IntakeView intake = intakes.view(patientId);
        TreatmentPlan plan = TreatmentPlan.draft(patientId, me(), clock.instant());
        plan.setIndications(intake.diagnoses().stream().filter(d -> !d.code().startsWith("F"))
                .map(d -> new PlanIndication(d.code(), d.description())).toList(), me(), clock.instant());
        plans.add(plan);
        try {
            plans.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("plan.open", "This patient already has an open plan (just started by someone else); reload.");
        }
        audit.record("plan.start", patientId, "draft plan " + plan.id());
        return view(plan);
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public PlanView open(@NotNull UUID planId) {
        TreatmentPlan plan = require(planId);
        access.requireChartAccess(plan.patientId());
        audit.record("plan.open", plan.patientId(), "plan " + planId + " v" + plan.planVersion());
        return view(plan);
    }

    /** The patient's plans, newest first. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<PlanRows.PlanSummary> forPatient(@NotNull UUID patientId) {
        access.requireChartAccess(patientId);
        audit.recordRead("plan.list", patientId, "treatment plans");
        return plans.plansOf(patientId).stream().map(TreatmentPlans::summary).toList();
    }

    /** One line for the chart header: the open plan, or empty. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public Optional<PlanRows.PlanSummary> openPlan(@NotNull UUID patientId) {
        return plans.openPlanOf(patientId).map(TreatmentPlans::summary);
    }

    /** The services the open plan foresees (counts only), for a Good Faith Estimate. */
    @RolesAllowed({Roles.BILLING, Roles.FRONT_DESK})
    public Optional<PlanRows.ServicePlan> servicePlan(@NotNull UUID patientId) {
        audit.record("plan.services", patientId, "planned services for an estimate");
        return plans.openPlanOf(patientId).map(p -> {
            var k = p.ketamine();
            boolean iv = k != null && k.route() == com.clinicsuite.treatment.domain.KetamineComponent.Route.IV;
            int infusions = iv ? (k.inductionSessions() == null ? 0 : k.inductionSessions()) + (k.maxBoosters() == null ? 0 : k.maxBoosters()) : 0;
            int minutes = iv && k.durationMinutes() != null ? k.durationMinutes() : 0;
            var pt = p.physicalTherapy();
            var c = p.counseling();
            return new PlanRows.ServicePlan(p.id(), p.patientId(), infusions, minutes, pt == null ? 0 : pt.totalVisits(),
                    pt == null ? null : pt.evaluationComplexity(), c == null || c.sessions() == null ? 0 : c.sessions(), c != null && c.intakeEvaluation());
        });
    }

    /** What the front desk may see of the patient's open plan: what to book, nothing clinical. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN})
    public Optional<PlanRows.Booking> bookingFor(@NotNull UUID patientId) {
        audit.record("plan.booking", patientId, "what to book");
        return plans.openPlanOf(patientId).filter(p -> p.status() == TreatmentPlan.Status.ACTIVE).map(p -> {
            List<SchedulingRows.AppointmentRow> booked = appointments.forPlan(p.id());
            List<String> items = new ArrayList<>();
            Map<String, String> types = setup.types().stream().collect(Collectors.toMap(SchedulingRows.TypeRow::code, SchedulingRows.TypeRow::label));
            SeriesRecipe.induction(p).stream().collect(Collectors.groupingBy(SeriesRecipe.Session::typeCode, java.util.LinkedHashMap::new, Collectors.counting()))
                    .forEach((type, n) -> items.add(n + " × " + types.getOrDefault(type, type)));
            return new PlanRows.Booking(p.id(), p.patientId(), p.status().name(), p.phase().name(), items,
                    (int) booked.stream().filter(a -> !"CANCELLED".equals(a.status())).count(),
                    (int) booked.stream().filter(SchedulingRows.AppointmentRow::attended).count());
        });
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setGoals(@NotNull UUID planId, long version, @NotNull PlanCommands.Goals c) {
        return change(planId, version, "plan.goals", p -> p.setGoals(c.nrsTargetPercent() == null ? 30 : c.nrsTargetPercent(),
                c.mmeTargetPercent(), c.functionGoal(), c.moodGoal(), me(), clock.instant()));
    }

    /** Chooses the indications among the intake's diagnoses. */
    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setIndications(@NotNull UUID planId, long version, @NotNull List<String> codes) {
        TreatmentPlan plan = require(planId);
        Map<String, IntakeView.DiagnosisRow> diagnoses = intakes.view(plan.patientId()).diagnoses().stream()
                .collect(Collectors.toMap(IntakeView.DiagnosisRow::code, Function.identity(), (a, b) -> a));
        List<PlanIndication> chosen = codes.stream().distinct().map(code -> {
            IntakeView.DiagnosisRow d = diagnoses.get(code);
            if (d == null) {
                throw new BusinessRuleException("plan.indication", "indications", code + " is not among the intake's diagnoses; add it at intake first.");
            }
            return new PlanIndication(d.code(), d.description());
        }).toList();
        return change(planId, version, "plan.indications", p -> p.setIndications(chosen, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setIvKetamine(@NotNull UUID planId, long version, @NotNull PlanCommands.IvKetamine c) {
        TreatmentPlan plan = require(planId);
        ProtocolTemplate protocol = plans.template(c.protocolCode()).orElseThrow(() ->
                new BusinessRuleException("plan.ketamine.protocol", "protocol", "Choose a protocol from the clinic's templates."));
        SchedulingRows.ProviderRow clinician = clinician(c.clinicianId(), "ketamine", "PHYSICIAN", "NURSE");
        BigDecimal weight = Optional.ofNullable(intakes.view(plan.patientId()).vitals()).map(IntakeView.VitalsRow::weightKg).orElse(null);
        KetamineComponent k = KetamineComponent.iv(clinician.id(), clinician.displayName(), protocol, c.doseMgPerKgPerHour(),
                c.durationMinutes(), c.bolusMgPerKg(), c.justification(), or(c.inductionSessions(), protocol.inductionSessions()),
                or(c.minGapDays(), 2), or(c.maxGapDays(), 4), or(c.boosterMinWeeks(), 4), or(c.boosterMaxWeeks(), 8), or(c.maxBoosters(), 6), weight);
        if (k.justification() != null) {
            audit.record("plan.dose.justified", plan.patientId(), k.exceededLimits() + " — " + k.justification());
        }
        return change(planId, version, "plan.ketamine", p -> p.setKetamine(k, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setOralKetamine(@NotNull UUID planId, long version, @NotNull PlanCommands.OralKetamine c) {
        SchedulingRows.ProviderRow clinician = clinician(c.clinicianId(), "oral ketamine", "PHYSICIAN");
        KetamineComponent k = KetamineComponent.oral(clinician.id(), clinician.displayName(), c.doseMg(), c.directions(),
                or(c.quantity(), 0), or(c.refills(), 0), c.prescriberDea());
        return change(planId, version, "plan.ketamine", p -> p.setKetamine(k, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setPhysicalTherapy(@NotNull UUID planId, long version, @NotNull PlanCommands.PhysicalTherapy c) {
        SchedulingRows.ProviderRow clinician = clinician(c.clinicianId(), "physical therapy", "PHYSICAL_THERAPY");
        TherapyComponent pt = new TherapyComponent(clinician.id(), clinician.displayName(), c.evaluationComplexity(),
                or(c.visitsPerWeek(), 0), or(c.weeks(), 0), c.goals(), c.recertifyBy(), c.certifyingPhysician(), LocalDate.now(clock));
        return change(planId, version, "plan.pt", p -> p.setPhysicalTherapy(pt, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView setCounseling(@NotNull UUID planId, long version, @NotNull PlanCommands.Counseling c) {
        SchedulingRows.ProviderRow clinician = clinician(c.clinicianId(), "counseling", "COUNSELING");
        CounselingComponent counseling = new CounselingComponent(clinician.id(), clinician.displayName(), c.intakeEvaluation(),
                or(c.sessions(), 0), or(c.everyDays(), 7), c.modality(), c.integrationRule());
        return change(planId, version, "plan.counseling", p -> p.setCounseling(counseling, me(), clock.instant()));
    }

    /** Removes a component: KETAMINE, PHYSICAL_THERAPY or COUNSELING. */
    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView removeComponent(@NotNull UUID planId, long version, @NotNull String component) {
        return change(planId, version, "plan.component.remove", p -> {
            switch (component) {
                case "KETAMINE" -> p.setKetamine(null, me(), clock.instant());
                case "PHYSICAL_THERAPY" -> p.setPhysicalTherapy(null, me(), clock.instant());
                case "COUNSELING" -> p.setCounseling(null, me(), clock.instant());
                default -> throw new BusinessRuleException("plan.component", "Unknown component " + component + ".");
            }
        });
    }

    /**
     * Signs and activates the draft. The physician re-enters their password; the patient must be eligible (intake
     * complete, contraindication gate resolved) and a baseline pain NRS recorded for a ketamine series.
     */
    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView sign(@NotNull UUID planId, long version, String password) {
        TreatmentPlan plan = current(planId, version);
        Eligibility eligibility = eligibility(intakes.view(plan.patientId()));
        Integer baseline = latestNrs(plan.patientId()).map(q -> q.score().intValue()).orElse(null);
        reauthentication.confirm(me(), password);
        plan.activate(eligibility, baseline, me(), clock.instant());
        plans.flush();
        audit.record("plan.sign", plan.patientId(), "plan " + planId + " signed (re-authenticated)");
        return view(plan);
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView hold(@NotNull UUID planId, long version, String reason) {
        return change(planId, version, "plan.hold", p -> p.hold(reason, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView resume(@NotNull UUID planId, long version) {
        return change(planId, version, "plan.resume", p -> p.resume(me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView complete(@NotNull UUID planId, long version, String reason) {
        return change(planId, version, "plan.complete", p -> p.complete(reason, me(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView discontinue(@NotNull UUID planId, long version, String reason) {
        return change(planId, version, "plan.discontinue", p -> p.discontinue(reason, me(), clock.instant()));
    }

    /** Records the response review after the induction series and the physician's decision. */
    @RolesAllowed(Roles.PHYSICIAN)
    public PlanView review(@NotNull UUID planId, long version, Integer currentNrs, String decision, String justification) {
        TreatmentPlan plan = current(planId, version);
        int attended = PlanViews.attendedInfusions(appointments.forPlan(planId));
        Integer nrs = currentNrs != null ? currentNrs : latestNrs(plan.patientId()).map(q -> q.score().intValue()).orElse(null);
        if (nrs == null) {
            throw new BusinessRuleException("plan.review.nrs", "currentNrs", "Enter the current pain NRS (0–10).");
        }
        ResponseReview.Decision d = decision == null || decision.isBlank() ? null : ResponseReview.Decision.valueOf(decision);
        ResponseReview r = plan.review(attended, nrs, d, justification, me(), clock.instant());
        plans.flush();
        if (currentNrs != null) {
            // the NRS taken at the review belongs in the chart's outcome history too
            clinical.recordQuestionnaire(plan.patientId(), new com.clinicsuite.patients.application.intake.Commands.RecordQuestionnaire(
                    "NRS", List.of(currentNrs), LocalDate.now(clock)));
        }
        audit.record("plan.review", plan.patientId(), (r.responder() ? "responder " : "non-responder ") + r.reductionPercent() + " % → " + d);
        return view(plan);
    }

    /** Proposes the plan's next series (induction, or the next booster in maintenance) from {@code from} on. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.PHYSICIAN})
    public List<SchedulingRows.ProposedRow> proposeSeries(@NotNull UUID planId, LocalDateTime from) {
        TreatmentPlan plan = require(planId);
        requireBookable(plan);
        List<SeriesRecipe.Session> recipe;
        LocalDateTime start = from == null ? LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(9, 0)) : from;
        if (plan.phase() == TreatmentPlan.Phase.MAINTENANCE) {
            List<SchedulingRows.AppointmentRow> booked = appointments.forPlan(planId);
            int boosters = (int) booked.stream().filter(a -> a.typeCode().startsWith("INFUSION") && a.startsAt().isAfter(
                    plan.lastReview().map(ResponseReview::reviewedAt).orElse(java.time.Instant.EPOCH)) && !"CANCELLED".equals(a.status())).count();
            if (boosters >= plan.ketamine().maxBoosters()) {
                throw new BusinessRuleException("plan.boosters.max", "The plan's " + plan.ketamine().maxBoosters() + " boosters are all booked; the physician decides what follows.");
            }
            Optional<LocalDateTime> last = booked.stream().filter(a -> a.typeCode().startsWith("INFUSION") && !"CANCELLED".equals(a.status()))
                    .map(a -> a.startsAt().atZone(clock.getZone()).toLocalDateTime()).max(Comparator.naturalOrder());
            LocalDateTime earliest = last.map(t -> t.plusWeeks(plan.ketamine().boosterMinWeeks())).orElse(start);
            start = earliest.isAfter(start) ? earliest : start;
            recipe = SeriesRecipe.booster(plan);
        } else {
            List<SchedulingRows.AppointmentRow> booked = appointments.forPlan(planId).stream()
                    .filter(a -> !"CANCELLED".equals(a.status())).toList();
            Map<String, Integer> already = booked.stream().collect(Collectors.groupingBy(SchedulingRows.AppointmentRow::typeCode,
                    Collectors.summingInt(a -> 1)));
            recipe = SeriesRecipe.remaining(SeriesRecipe.induction(plan), already);
            if (plan.ketamine() != null && plan.ketamine().route() == KetamineComponent.Route.IV) {
                // keep the spacing after the last infusion already booked or attended
                Optional<LocalDateTime> lastInfusion = booked.stream().filter(a -> a.typeCode().startsWith("INFUSION"))
                        .map(a -> a.startsAt().atZone(clock.getZone()).toLocalDateTime()).max(Comparator.naturalOrder());
                if (lastInfusion.isPresent() && lastInfusion.get().plusDays(plan.ketamine().minGapDays()).isAfter(start)) {
                    start = lastInfusion.get().plusDays(plan.ketamine().minGapDays());
                }
            }
            if (recipe.isEmpty()) {
                throw new BusinessRuleException("plan.series.done", "Every session of the induction phase is already booked or attended.");
            }
        }
        audit.record("plan.series.propose", plan.patientId(), recipe.size() + " sessions from " + start);
        return appointments.propose(plan.patientId(), start, recipe.stream().map(s -> new Commands.SeriesStep(s.label(), s.typeCode(),
                s.clinicianId() == null ? List.of() : List.of(s.clinicianId()), s.anchor(), s.fromEnd(), s.minAfter(), s.maxAfter())).toList());
    }

    /** Books the confirmed series (as adjusted by the front desk) in one step: all of it or none. */
    @RolesAllowed(Roles.FRONT_DESK)
    public List<SchedulingRows.AppointmentRow> bookSeries(@NotNull UUID planId, @NotNull List<Commands.Book> series) {
        TreatmentPlan plan = require(planId);
        requireBookable(plan);
        List<Commands.Book> linked = series.stream().map(b -> new Commands.Book(plan.patientId(), b.providerId(), b.resourceId(),
                b.typeCode(), b.startsAt(), planId)).toList();
        List<SchedulingRows.AppointmentRow> booked = appointments.bookSeries(linked);
        audit.record("plan.series.book", plan.patientId(), booked.size() + " sessions for plan " + planId);
        return booked;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void requireBookable(TreatmentPlan plan) {
        if (plan.status() != TreatmentPlan.Status.ACTIVE) {
            throw new BusinessRuleException("plan.notActive", "Sessions are booked from an active, signed plan; this plan is "
                    + plan.status().name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    /** Every reason the intake does not (yet) allow a plan. */
    static Eligibility eligibility(IntakeView intake) {
        List<String> reasons = new ArrayList<>();
        if (intake.diagnoses().isEmpty()) {
            reasons.add("The intake has no pain diagnosis yet.");
        }
        if (intake.unanswered() > 0) {
            reasons.add("The intake is incomplete: " + intake.unanswered() + " contraindication item(s) are unanswered.");
        }
        if (!intake.blocking().isEmpty() && !"ELIGIBLE_WITH_OVERRIDE".equals(intake.decision())) {
            reasons.add("The contraindication gate is unresolved: " + String.join(", ", intake.blocking())
                    + " (a physician override with a reason is needed).");
        }
        if (intake.decision() == null) {
            reasons.add("No eligibility decision has been recorded at intake.");
        } else if ("NOT_ELIGIBLE".equals(intake.decision())) {
            reasons.add("The intake decision is \"not eligible\".");
        }
        return new Eligibility(reasons);
    }

    private Optional<QuestionnaireRow> latestNrs(UUID patientId) {
        // the list is oldest first (date, then time recorded): the last NRS is the latest
        return clinical.questionnaires(patientId).stream().filter(q -> "NRS".equals(q.instrument())).reduce((earlier, later) -> later);
    }


    private SchedulingRows.ProviderRow clinician(UUID id, String what, String... disciplines) {
        if (id == null) {
            throw new BusinessRuleException("plan.clinician", "clinician", "Choose the clinician responsible for " + what + ".");
        }
        SchedulingRows.ProviderRow p = setup.provider(id).orElseThrow(() ->
                new BusinessRuleException("plan.clinician", "clinician", "No such clinician; reload the page."));
        if (!List.of(disciplines).contains(p.discipline())) {
            throw new BusinessRuleException("plan.clinician", "clinician", p.displayName() + " cannot be responsible for " + what + ".");
        }
        return p;
    }

    private PlanView change(UUID planId, long version, String action, Consumer<TreatmentPlan> change) {
        TreatmentPlan plan = current(planId, version);
        change.accept(plan);
        plans.flush();
        audit.record(action, plan.patientId(), "plan " + planId + " v" + plan.planVersion());
        return view(plan);
    }

    private TreatmentPlan require(UUID planId) {
        return plans.plan(planId).orElseThrow(() -> new BusinessRuleException("plan.notFound", "No such plan; reload the page."));
    }

    private TreatmentPlan current(UUID planId, long version) {
        TreatmentPlan plan = require(planId);
        access.requireChartAccess(plan.patientId());
        if (plan.version() != version) {
            throw new BusinessRuleException("plan.stale", "This plan was changed by " + plan.updatedBy() + " in the meantime; reload it and make your change again.");
        }
        return plan;
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private PlanView view(TreatmentPlan p) {
        boolean physician = session.isCallerInRole(Roles.PHYSICIAN);
        return PlanViews.of(p, appointments.forPlan(p.id()), latestNrs(p.patientId()).map(q -> q.score().intValue()).orElse(null),
                physician || session.isCallerInRole(Roles.NURSE), physician || session.isCallerInRole(Roles.PHYSICAL_THERAPIST),
                physician || session.isCallerInRole(Roles.COUNSELOR), clock.getZone());
    }

    private static PlanRows.PlanSummary summary(TreatmentPlan p) {
        return PlanViews.summary(p);
    }
}
