package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A physical therapy or counseling visit (DOMAIN.md §5).
 * <ul>
 *   <li>PT: SOAP note, the evaluation (untimed, 1 unit) and timed interventions with minutes; units by the payer's
 *       rule (Medicare 8-minute or AMA rule of eights), shown with the rule; progress toward the plan-of-care
 *       goals.</li>
 *   <li>Counseling: session type (intake, standard, preparation, integration linked to its infusion), start and end
 *       time, the CPT code chosen from the minutes (90791 for intake) and optionally 90785; a progress note for the
 *       care team (psychotherapy notes are kept apart, author-only, in the chart's notes).</li>
 * </ul>
 * Pain NRS before and after. Signing locks it.
 */
@Entity
@Table(name = "therapy_visit")
public class TherapyVisit extends AuditedEntity {

    /** Which discipline. */
    public enum Kind { PT, COUNSELING }

    /** Counseling session types. */
    public enum SessionType { INTAKE, STANDARD, PREPARATION, INTEGRATION }

    public static final Set<String> PT_EVALUATIONS = Set.of("97161", "97162", "97163", "97164");
    public static final Set<String> PT_TIMED = Set.of("97110", "97112", "97140", "97530", "97535");

    /** A PT intervention with its minutes, and the units it came to. */
    @Embeddable
    public static class Intervention {
        @Column(name = "code", nullable = false)
        private String code;
        @Column(name = "minutes", nullable = false)
        private int minutes;
        @Column(name = "units", nullable = false)
        private int units;

        protected Intervention() {
            // for JPA
        }

        Intervention(String code, int minutes, int units) {
            this.code = code;
            this.minutes = minutes;
            this.units = units;
        }

        public String code() { return code; }
        public int minutes() { return minutes; }
        public int units() { return units; }
    }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "appointment_id", nullable = false, updatable = false)
    private UUID appointmentId;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "clinician", nullable = false)
    private String clinician;
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;
    @Column(name = "nrs_before")
    private Integer nrsBefore;
    @Column(name = "nrs_after")
    private Integer nrsAfter;
    // PT
    @Column(name = "subjective")
    private String subjective;
    @Column(name = "objective")
    private String objective;
    @Column(name = "assessment")
    private String assessment;
    @Column(name = "plan_text")
    private String planText;
    @Column(name = "goal_progress")
    private String goalProgress;
    @Column(name = "evaluation_code")
    private String evaluationCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rule")
    private TimedUnits.Rule unitRule;
    @ElementCollection
    @CollectionTable(name = "therapy_intervention", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<Intervention> interventions = new ArrayList<>();
    // counseling
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type")
    private SessionType sessionType;
    @Column(name = "integrates_visit")
    private UUID integratesVisit;
    @Column(name = "started")
    private LocalTime started;
    @Column(name = "ended")
    private LocalTime ended;
    @Column(name = "cpt")
    private String cpt;
    @Column(name = "interactive_complexity", nullable = false)
    private boolean interactiveComplexity;
    @Column(name = "progress_note")
    private String progressNote;
    @Column(name = "psychotherapy_note_id")
    private UUID psychotherapyNoteId;
    // signature
    @Column(name = "signed_at")
    private Instant signedAt;

    protected TherapyVisit() {
        // for JPA
    }

    public static TherapyVisit open(Kind kind, UUID appointmentId, UUID planId, UUID patientId, String clinician, LocalDate day) {
        TherapyVisit v = new TherapyVisit();
        v.id = UUID.randomUUID();
        v.kind = kind;
        v.appointmentId = appointmentId;
        v.planId = planId;
        v.patientId = patientId;
        v.clinician = clinician;
        v.visitDate = day;
        v.unitRule = TimedUnits.Rule.MEDICARE_8_MINUTE;
        return v;
    }

    /** Records the PT note; units are computed from the minutes by the payer's rule. */
    public void recordPt(String s, String o, String a, String p, String progress, String evaluation, TimedUnits.Rule rule,
                         Map<String, Integer> timedMinutes, Integer before, Integer after, String by) {
        requireEditable(Kind.PT, by);
        if (evaluation != null && !evaluation.isBlank() && !PT_EVALUATIONS.contains(evaluation)) {
            throw new BusinessRuleException("pt.evaluation", "evaluationCode", "Evaluation codes are 97161, 97162, 97163 (low to high complexity) and 97164 (re-evaluation).");
        }
        List<TimedUnits.Minutes> timed = new ArrayList<>();
        new java.util.TreeMap<>(timedMinutes).forEach((code, minutes) -> {
            if (minutes != null && minutes > 0) {
                if (!PT_TIMED.contains(code)) {
                    throw new BusinessRuleException("pt.code", "interventions", code + " is not a timed PT code this clinic bills.");
                }
                if (minutes > 240) {
                    throw new BusinessRuleException("pt.minutes", "interventions", "Minutes per code are at most 240.");
                }
                timed.add(new TimedUnits.Minutes(code, minutes));
            }
        });
        if ((evaluation == null || evaluation.isBlank()) && timed.isEmpty()) {
            throw new BusinessRuleException("pt.empty", "interventions", "Record the evaluation or at least one intervention with its minutes.");
        }
        checkNrs(before, after);
        Map<String, Integer> units = TimedUnits.units(rule, timed);
        interventions.clear();
        timed.forEach(t -> interventions.add(new Intervention(t.code(), t.minutes(), units.get(t.code()))));
        subjective = s;
        objective = o;
        assessment = a;
        planText = p;
        goalProgress = progress;
        evaluationCode = evaluation == null || evaluation.isBlank() ? null : evaluation;
        unitRule = rule;
        nrsBefore = before;
        nrsAfter = after;
    }

    /** Records the counseling session; the CPT code follows from the minutes (90791 for an intake evaluation). */
    public void recordCounseling(SessionType type, UUID integratedInfusion, LocalTime from, LocalTime to, boolean complexity, String note,
                                 Integer before, Integer after, String by) {
        requireEditable(Kind.COUNSELING, by);
        if (type == null) {
            throw new BusinessRuleException("counseling.type", "sessionType", "Choose the session type.");
        }
        if (from == null || to == null || !to.isAfter(from)) {
            throw new BusinessRuleException("counseling.time", "ended", "Give the start and end time; the end is after the start.");
        }
        if (type == SessionType.INTEGRATION && integratedInfusion == null) {
            throw new BusinessRuleException("counseling.integration", "integratesVisit", "Choose the infusion this session integrates.");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("counseling.note", "progressNote", "Write the progress note for the care team.");
        }
        checkNrs(before, after);
        sessionType = type;
        integratesVisit = type == SessionType.INTEGRATION ? integratedInfusion : null;
        started = from;
        ended = to;
        interactiveComplexity = complexity;
        progressNote = note.strip();
        cpt = PsychotherapyCode.forSession(type == SessionType.INTAKE, minutes()).orElse(null);
        nrsBefore = before;
        nrsAfter = after;
    }

    public int minutes() {
        return started == null || ended == null ? 0 : (int) java.time.Duration.between(started, ended).toMinutes();
    }

    /** All codes with units, e.g. "97110 ×2": evaluation (1), timed codes, or the psychotherapy code with 90785. */
    public List<String> codes() {
        return unitsByCode().entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList();
    }

    /** The billable codes with their units, in documentation order: what charge capture bills. */
    public java.util.Map<String, Integer> unitsByCode() {
        java.util.Map<String, Integer> codes = new java.util.LinkedHashMap<>();
        if (kind == Kind.PT) {
            if (evaluationCode != null) {
                codes.put(evaluationCode, 1);
            }
            interventions.stream().filter(i -> i.units() > 0).forEach(i -> codes.merge(i.code(), i.units(), Integer::sum));
        } else if (cpt != null) {
            codes.put(cpt, 1);
            if (interactiveComplexity) {
                codes.put(PsychotherapyCode.INTERACTIVE_COMPLEXITY, 1);
            }
        }
        return codes;
    }

    public void sign(String by, Instant at) {
        if (signedAt != null) {
            throw new BusinessRuleException("visit.signed", "This visit is already signed and locked.");
        }
        if (!clinician.equals(by)) {
            throw new BusinessRuleException("visit.author", "Only " + clinician + ", who wrote this visit, can sign it.");
        }
        if (kind == Kind.PT && interventions.isEmpty() && evaluationCode == null || kind == Kind.COUNSELING && progressNote == null) {
            throw new BusinessRuleException("visit.empty", "Record the visit before signing it.");
        }
        signedAt = at;
    }

    /** A warning when the PT plan of care's recertification date has passed. */
    public static Optional<String> recertificationWarning(LocalDate recertifyBy, LocalDate day) {
        return recertifyBy != null && day.isAfter(recertifyBy)
                ? Optional.of("The plan of care's recertification date (" + recertifyBy + ") has passed: the physician must recertify it.")
                : Optional.empty();
    }

    private void requireEditable(Kind expected, String by) {
        if (kind != expected) {
            throw new BusinessRuleException("visit.kind", "This is a " + kind.name().toLowerCase() + " visit.");
        }
        if (signedAt != null) {
            throw new BusinessRuleException("visit.signed", "This visit is signed and locked.");
        }
        if (!clinician.equals(by)) {
            throw new BusinessRuleException("visit.author", "Only " + clinician + ", who opened this visit, can write it.");
        }
    }

    private static void checkNrs(Integer before, Integer after) {
        if ((before != null && (before < 0 || before > 10)) || (after != null && (after < 0 || after > 10))) {
            throw new BusinessRuleException("visit.nrs", "nrsBefore", "Pain NRS is 0–10.");
        }
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public UUID appointmentId() { return appointmentId; }
    public UUID planId() { return planId; }
    public UUID patientId() { return patientId; }
    public String clinician() { return clinician; }
    public LocalDate visitDate() { return visitDate; }
    public Integer nrsBefore() { return nrsBefore; }
    public Integer nrsAfter() { return nrsAfter; }
    public String subjective() { return subjective; }
    public String objective() { return objective; }
    public String assessment() { return assessment; }
    public String planText() { return planText; }
    public String goalProgress() { return goalProgress; }
    public String evaluationCode() { return evaluationCode; }
    public TimedUnits.Rule unitRule() { return unitRule; }
    public List<Intervention> interventions() { return List.copyOf(interventions); }
    public SessionType sessionType() { return sessionType; }
    public UUID integratesVisit() { return integratesVisit; }
    public LocalTime started() { return started; }
    public LocalTime ended() { return ended; }
    public String cpt() { return cpt; }
    public boolean interactiveComplexity() { return interactiveComplexity; }
    public String progressNote() { return progressNote; }
    public Instant signedAt() { return signedAt; }
    public UUID psychotherapyNoteId() { return psychotherapyNoteId; }

    /** Links the psychotherapy note kept apart in the chart (author-only). */
    public void keepPsychotherapyNote(UUID noteId) {
        psychotherapyNoteId = noteId;
    }
    public boolean signed() { return signedAt != null; }
}
