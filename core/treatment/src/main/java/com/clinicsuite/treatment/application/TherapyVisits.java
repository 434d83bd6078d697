package com.clinicsuite.treatment.application;

import com.clinicsuite.patients.application.intake.ClinicalNotes;
import com.clinicsuite.patients.application.intake.NoteRow;
import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.domain.InfusionVisit;
import com.clinicsuite.treatment.domain.TherapyVisit;
import com.clinicsuite.treatment.domain.TimedUnits;
import com.clinicsuite.treatment.domain.TreatmentPlan;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PT visits (physical therapists) and counseling visits (counselors). Each writes only their own kind; the care
 * team reads the notes; front desk and billing see only that a visit happened and its codes. Psychotherapy notes go
 * to the chart's author-only notes, never into the visit.
 */
@Stateless
public class TherapyVisits {

    @Inject
    private TreatmentRepository repository;

    @Inject
    private Appointments appointments;

    @Inject
    private ClinicalNotes notes;

    @Inject
    private Event<VisitSigned> signed;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** A PT or counseling visit as its author and the care team see it. */
    public record View(UUID id, long version, String kind, UUID appointmentId, UUID patientId, String clinician, LocalDate visitDate,
                       Integer nrsBefore, Integer nrsAfter, String subjective, String objective, String assessment, String plan, String goalProgress,
                       String evaluationCode, String unitRule, List<Line> interventions, String sessionType, UUID integratesVisit,
                       LocalTime started, LocalTime ended, int minutes, String cpt, boolean interactiveComplexity, String progressNote,
                       boolean psychotherapyNoteKept, List<String> codes, String recertificationWarning, String ptGoals, Instant signedAt,
                       List<Option> infusions, List<String> amendments) implements Serializable {

        public boolean signed() {
            return signedAt != null;
        }
    }

    /** A timed code with minutes and units. */
    public record Line(String code, int minutes, int units) implements Serializable {
    }

    /** An infusion an integration session may follow. */
    public record Option(UUID id, String label) implements Serializable {
    }

    /** What front desk and billing see: a visit happened, and its codes. */
    public record Summary(UUID id, String kind, LocalDate visitDate, String clinician, List<String> codes, boolean signed) implements Serializable {
    }

    /** The PT note. */
    public record PtNote(String subjective, String objective, String assessment, String plan, String goalProgress, String evaluationCode,
                         String unitRule, Map<String, Integer> timedMinutes, Integer nrsBefore, Integer nrsAfter) implements Serializable {
    }

    /** The counseling note; {@code psychotherapyNote} goes to the chart, visible to its author only. */
    public record CounselingNote(String sessionType, UUID integratesVisit, LocalTime started, LocalTime ended, boolean interactiveComplexity,
                                 String progressNote, String psychotherapyNote, Integer nrsBefore, Integer nrsAfter) implements Serializable {
    }

    /** Opens (or reopens) the visit of a checked-in PT or counseling appointment, for its therapist or counselor. */
    @RolesAllowed({Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public View open(@NotNull UUID appointmentId) {
        TherapyVisit visit = repository.therapyVisitForAppointment(appointmentId).orElse(null);
        if (visit == null) {
            SchedulingRows.AppointmentRow a = appointments.get(appointmentId);
            TherapyVisit.Kind kind = a.typeCode().startsWith("PT") ? TherapyVisit.Kind.PT
                    : a.typeCode().startsWith("COUNSELING") ? TherapyVisit.Kind.COUNSELING : null;
            if (kind == null) {
                throw new BusinessRuleException("visit.type", "This appointment is a " + a.typeLabel() + "; PT and counseling visits open from their own appointments.");
            }
            if (kind == TherapyVisit.Kind.PT && !session.isCallerInRole(Roles.PHYSICAL_THERAPIST)
                    || kind == TherapyVisit.Kind.COUNSELING && !session.isCallerInRole(Roles.COUNSELOR)) {
                throw new jakarta.ejb.EJBAccessException("Only the discipline's own clinicians write this visit.");
            }
            if (!"CHECKED_IN".equals(a.status()) && !"COMPLETED".equals(a.status())) {
                throw new BusinessRuleException("visit.notCheckedIn", "Check the patient in first; the visit opens from a checked-in appointment.");
            }
            visit = TherapyVisit.open(kind, appointmentId, a.planId(), a.patientId(), me(), a.startsAt().atZone(clock.getZone()).toLocalDate());
            repository.add(visit);
            repository.flush();
        }
        audit.record("visit.open", visit.patientId(), visit.kind().name().toLowerCase() + " visit " + visit.id());
        return view(visit);
    }

    @RolesAllowed({Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR, Roles.PHYSICIAN, Roles.NURSE})
    public View view(@NotNull UUID visitId) {
        TherapyVisit v = require(visitId);
        audit.record("visit.open", v.patientId(), v.kind().name().toLowerCase() + " visit " + visitId);
        return view(v);
    }

    @RolesAllowed(Roles.PHYSICAL_THERAPIST)
    public View recordPt(@NotNull UUID visitId, long version, @NotNull PtNote n) {
        TherapyVisit v = current(visitId, version);
        TimedUnits.Rule rule = n.unitRule() == null || n.unitRule().isBlank() ? TimedUnits.Rule.MEDICARE_8_MINUTE : TimedUnits.Rule.valueOf(n.unitRule());
        v.recordPt(n.subjective(), n.objective(), n.assessment(), n.plan(), n.goalProgress(), n.evaluationCode(), rule,
                n.timedMinutes() == null ? Map.of() : n.timedMinutes(), n.nrsBefore(), n.nrsAfter(), me());
        repository.flush();
        audit.record("visit.pt.record", v.patientId(), String.join(", ", v.codes()));
        return view(v);
    }

    @RolesAllowed(Roles.COUNSELOR)
    public View recordCounseling(@NotNull UUID visitId, long version, @NotNull CounselingNote n) {
        TherapyVisit v = current(visitId, version);
        v.recordCounseling(n.sessionType() == null || n.sessionType().isBlank() ? null : TherapyVisit.SessionType.valueOf(n.sessionType()),
                n.integratesVisit(), n.started(), n.ended(), n.interactiveComplexity(), n.progressNote(), n.nrsBefore(), n.nrsAfter(), me());
        if (n.psychotherapyNote() != null && !n.psychotherapyNote().isBlank()) {
            if (v.psychotherapyNoteId() == null) {
                NoteRow note = notes.write(v.patientId(), "PSYCHOTHERAPY", n.psychotherapyNote());
                v.keepPsychotherapyNote(note.id());
            } else {
                NoteRow current = notes.list(v.patientId()).stream().filter(x -> x.id().equals(v.psychotherapyNoteId())).findFirst().orElseThrow();
                notes.revise(current.id(), current.version(), n.psychotherapyNote());
            }
        }
        repository.flush();
        audit.record("visit.counseling.record", v.patientId(), String.join(", ", v.codes()));
        return view(v);
    }

    /** Signs and locks the visit (and the psychotherapy note with it); publishes {@link VisitSigned}. */
    @RolesAllowed({Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public View sign(@NotNull UUID visitId, long version) {
        TherapyVisit v = current(visitId, version);
        v.sign(me(), clock.instant());
        if (v.psychotherapyNoteId() != null) {
            notes.list(v.patientId()).stream().filter(x -> x.id().equals(v.psychotherapyNoteId()) && "DRAFT".equals(x.status())).findFirst()
                    .ifPresent(x -> notes.sign(x.id(), x.version()));
        }
        repository.flush();
        audit.record("visit.sign", v.patientId(), v.kind().name().toLowerCase() + " visit " + visitId);
        signed.fire(new VisitSigned(v.id(), v.kind().name(), v.patientId(), v.planId(), v.appointmentId(), v.visitDate(), v.clinician(), v.minutes(),
                null, v.unitsByCode().entrySet().stream().map(e -> new VisitSigned.Code(e.getKey(), e.getValue())).toList(), List.of(),
                v.planId() == null ? List.of() : repository.plan(v.planId()).map(p -> p.indications().stream().map(i -> i.code()).toList())
                        .orElse(List.of())));
        return view(v);
    }

    /** The author amends a signed visit with a reason; the signed note itself never changes. */
    @RolesAllowed({Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public View amend(@NotNull UUID visitId, String reason, String text) {
        TherapyVisit v = require(visitId);
        if (!v.clinician().equals(me())) {
            throw new BusinessRuleException("visit.author", "Only " + v.clinician() + ", who signed this visit, can amend it.");
        }
        repository.add(com.clinicsuite.treatment.domain.VisitAmendment.of(visitId, v.kind().name(), v.patientId(), v.signed(), reason, text));
        repository.flush();
        audit.record("visit.amend", v.patientId(), v.kind().name().toLowerCase() + " visit " + visitId + ": " + reason);
        return view(v);
    }

    /** That visits happened, and their codes; no note text. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLING, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<Summary> summaries(@NotNull UUID patientId) {
        audit.record("visit.list", patientId, "visits and codes");
        List<Summary> rows = new java.util.ArrayList<>(repository.therapyVisitsOf(patientId).stream()
                .map(v -> new Summary(v.id(), v.kind().name(), v.visitDate(), v.clinician(), v.codes(), v.signed())).toList());
        repository.visitsOf(patientId).forEach(v -> rows.add(new Summary(v.id(), "INFUSION", v.createdAt().atZone(clock.getZone()).toLocalDate(),
                v.signedBy() == null ? v.createdBy() : v.signedBy(), v.infusionMinutes() == null ? List.of() : List.of(v.infusionMinutes() + " infusion minutes"),
                v.status() == InfusionVisit.Status.COSIGNED)));
        rows.sort(java.util.Comparator.comparing(Summary::visitDate).reversed());
        return rows;
    }

    private View view(TherapyVisit v) {
        TreatmentPlan plan = v.planId() == null ? null : repository.plan(v.planId()).orElse(null);
        String warning = plan == null || plan.physicalTherapy() == null || v.kind() != TherapyVisit.Kind.PT ? null
                : TherapyVisit.recertificationWarning(plan.physicalTherapy().recertifyBy(), v.visitDate()).orElse(null);
        List<Option> infusions = v.kind() == TherapyVisit.Kind.COUNSELING ? repository.visitsOf(v.patientId()).stream()
                .filter(i -> i.startedAt() != null)
                .map(i -> new Option(i.id(), "Infusion of " + i.startedAt().atZone(clock.getZone()).toLocalDate())).toList() : List.of();
        return new View(v.id(), v.version(), v.kind().name(), v.appointmentId(), v.patientId(), v.clinician(), v.visitDate(), v.nrsBefore(), v.nrsAfter(),
                v.subjective(), v.objective(), v.assessment(), v.planText(), v.goalProgress(), v.evaluationCode(),
                v.unitRule() == null ? null : v.unitRule().name(),
                v.interventions().stream().map(i -> new Line(i.code(), i.minutes(), i.units())).toList(),
                v.sessionType() == null ? null : v.sessionType().name(), v.integratesVisit(), v.started(), v.ended(), v.minutes(), v.cpt(),
                v.interactiveComplexity(), v.progressNote(), v.psychotherapyNoteId() != null, v.codes(), warning,
                plan == null || plan.physicalTherapy() == null ? null : plan.physicalTherapy().goals(), v.signedAt(), infusions,
                repository.amendmentsOf(v.id()).stream().map(a -> a.createdAt().atZone(clock.getZone()).toLocalDate() + " " + a.createdBy() + ": "
                        + a.text() + " (reason: " + a.reason() + ")").toList());
    }

    private TherapyVisit current(UUID id, long version) {
        TherapyVisit v = require(id);
        if (v.version() != version) {
            throw new BusinessRuleException("visit.stale", "This visit was changed a moment ago; reload it and try again.");
        }
        return v;
    }

    private TherapyVisit require(UUID id) {
        return repository.therapyVisit(id).orElseThrow(() -> new BusinessRuleException("visit.notFound", "No such visit; reload the page."));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
