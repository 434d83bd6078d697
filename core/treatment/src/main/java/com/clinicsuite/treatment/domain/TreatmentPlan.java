package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A treatment plan for one patient that combines ketamine, physical therapy and counseling.
 * <p>
 * Lifecycle: DRAFT → ACTIVE (signed by a physician) ⇄ ON_HOLD → COMPLETED or DISCONTINUED (with a reason).
 * A draft is edited freely; each change to a signed plan makes a new version, and every change is kept in the
 * history with who and when. After the induction series the physician reviews the pain response: a responder
 * (≥ 30 % NRS reduction) may move to maintenance; otherwise the plan is flagged until a decision is recorded.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends AuditedEntity {

    /** Where the plan is in its life. */
    public enum Status { DRAFT, ACTIVE, ON_HOLD, COMPLETED, DISCONTINUED }

    /** The ketamine phase. */
    public enum Phase { INDUCTION, MAINTENANCE }

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(name = "nrs_target_percent", nullable = false)
    private int nrsTargetPercent;
    @Column(name = "mme_target_percent")
    private Integer mmeTargetPercent;
    @Column(name = "function_goal")
    private String functionGoal;
    @Column(name = "mood_goal")
    private String moodGoal;

    @Column(name = "baseline_nrs")
    private Integer baselineNrs;

    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "review_flag")
    private String reviewFlag;

    @Embedded
    private KetamineComponent ketamine;
    @Embedded
    private TherapyComponent physicalTherapy;
    @Embedded
    private CounselingComponent counseling;

    @ElementCollection
    @CollectionTable(name = "plan_indication", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanIndication> indications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_change", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanChange> history = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "response_review", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<ResponseReview> reviews = new ArrayList<>();

    protected TreatmentPlan() {
        // for JPA
    }

    /** A new draft with the default goal (≥ 30 % NRS reduction). */
    public static TreatmentPlan draft(UUID patientId, String by, Instant at) {
        TreatmentPlan p = new TreatmentPlan();
        p.id = UUID.randomUUID();
        p.patientId = patientId;
        p.status = Status.DRAFT;
        p.phase = Phase.INDUCTION;
        p.planVersion = 0;
        p.nrsTargetPercent = PainResponse.RESPONDER_THRESHOLD.intValue();
        p.history.add(new PlanChange(0, at, by, "Draft started"));
        return p;
    }

    public void setGoals(int nrsTarget, Integer mmeTarget, String function, String mood, String by, Instant at) {
        if (nrsTarget < 10 || nrsTarget > 100) {
            throw new BusinessRuleException("plan.goal.nrs", "nrsTarget", "The pain reduction target is 10–100 %.");
        }
        if (mmeTarget != null && (mmeTarget < 0 || mmeTarget > 100)) {
            throw new BusinessRuleException("plan.goal.mme", "mmeTarget", "The MME reduction target is 0–100 %.");
        }
        change(by, at, "Goals: pain NRS ≥ " + nrsTarget + " %" + (mmeTarget == null ? "" : ", MME −" + mmeTarget + " %")
                + (blank(function) ? "" : "; function: " + function.strip()) + (blank(mood) ? "" : "; mood: " + mood.strip()));
        nrsTargetPercent = nrsTarget;
        mmeTargetPercent = mmeTarget;
        functionGoal = blank(function) ? null : function.strip();
        moodGoal = blank(mood) ? null : mood.strip();
    }

    public void setIndications(List<PlanIndication> chosen, String by, Instant at) {
        change(by, at, "Indications: " + (chosen.isEmpty() ? "none" : String.join(", ", chosen.stream().map(PlanIndication::code).toList())));
        indications.clear();
        indications.addAll(chosen);
    }

    public void setKetamine(KetamineComponent component, String by, Instant at) {
        change(by, at, component == null ? "Ketamine removed" : "Ketamine: " + component.summary());
        ketamine = component;
    }

    public void setPhysicalTherapy(TherapyComponent component, String by, Instant at) {
        change(by, at, component == null ? "Physical therapy removed" : component.summary());
        physicalTherapy = component;
    }

    public void setCounseling(CounselingComponent component, String by, Instant at) {
        change(by, at, component == null ? "Counseling removed" : component.summary());
        counseling = component;
    }

    /**
     * Signs and activates the draft. The caller has re-authenticated the physician.
     *
     * @param baseline the latest pain NRS before treatment, needed for the response review
     */
    public void activate(Eligibility eligibility, Integer baseline, String by, Instant at) {
        if (status != Status.DRAFT) {
            throw new BusinessRuleException("plan.state", "Only a draft can be signed; this plan is " + label(status) + ".");
        }
        List<String> problems = new ArrayList<>(eligibility.reasons());
        if (ketamine == null && physicalTherapy == null && counseling == null) {
            problems.add("Add at least one component (ketamine, physical therapy or counseling).");
        }
        if (indications.isEmpty()) {
            problems.add("Choose at least one indication from the intake's diagnoses.");
        }
        if (ketamine != null && ketamine.route() == KetamineComponent.Route.IV && baseline == null) {
            problems.add("Record a baseline pain NRS (chart → questionnaires) so the response can be reviewed.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("plan.activation", "The plan cannot be signed yet: " + String.join(" ", problems));
        }
        status = Status.ACTIVE;
        baselineNrs = baseline;
        signedBy = by;
        signedAt = at;
        planVersion = 1;
        history.add(new PlanChange(planVersion, at, by, "Signed and activated (baseline NRS " + (baseline == null ? "—" : baseline) + ")"));
    }

    public void hold(String reason, String by, Instant at) {
        requireStatus(Status.ACTIVE, "put on hold");
        statusReason = requireReason(reason);
        status = Status.ON_HOLD;
        history.add(new PlanChange(planVersion, at, by, "On hold: " + statusReason));
    }

    public void resume(String by, Instant at) {
        requireStatus(Status.ON_HOLD, "resume");
        status = Status.ACTIVE;
        statusReason = null;
        history.add(new PlanChange(planVersion, at, by, "Resumed"));
    }

    public void complete(String reason, String by, Instant at) {
        close(Status.COMPLETED, reason, by, at);
    }

    public void discontinue(String reason, String by, Instant at) {
        close(Status.DISCONTINUED, reason, by, at);
    }

    private void close(Status to, String reason, String by, Instant at) {
        if (status != Status.ACTIVE && status != Status.ON_HOLD) {
            throw new BusinessRuleException("plan.state", "Only an active or paused plan can be " + label(to) + "; this plan is " + label(status) + ".");
        }
        statusReason = requireReason(reason);
        status = to;
        history.add(new PlanChange(planVersion, at, by, (to == Status.COMPLETED ? "Completed: " : "Discontinued: ") + statusReason));
    }

    /** The induction series is done when this many infusions were attended and no decision was taken since. */
    public boolean reviewDue(int attendedInductionSessions) {
        return status == Status.ACTIVE && phase == Phase.INDUCTION && ketamine != null && ketamine.route() == KetamineComponent.Route.IV
                && attendedInductionSessions >= ketamine.inductionSessions() && reviewFlag == null;
    }

    /**
     * Records the response review after the induction series. A responder (≥ 30 % reduction) may move to
     * maintenance; a non-responder is flagged for review and the physician continues (with a justification),
     * changes the protocol or discontinues.
     */
    public ResponseReview review(int attendedInductionSessions, int currentNrs, ResponseReview.Decision decision, String justification,
                                 String by, Instant at) {
        requireStatus(Status.ACTIVE, "review");
        if (ketamine == null || ketamine.route() != KetamineComponent.Route.IV) {
            throw new BusinessRuleException("plan.review.ketamine", "The response review follows an IV ketamine induction series.");
        }
        if (phase != Phase.INDUCTION) {
            throw new BusinessRuleException("plan.review.phase", "The plan is already in maintenance.");
        }
        if (attendedInductionSessions < ketamine.inductionSessions()) {
            throw new BusinessRuleException("plan.review.early", "The induction series is not done: " + attendedInductionSessions + " of "
                    + ketamine.inductionSessions() + " infusions attended.");
        }
        if (currentNrs < 0 || currentNrs > 10) {
            throw new BusinessRuleException("plan.review.nrs", "currentNrs", "Pain NRS is 0–10.");
        }
        if (decision == null) {
            throw new BusinessRuleException("plan.review.decision", "decision", "Choose the decision.");
        }
        ResponseReview r = new ResponseReview(at, by, baselineNrs, currentNrs, decision, blank(justification) ? null : justification.strip());
        if (decision == ResponseReview.Decision.MAINTENANCE && !r.responder()) {
            throw new BusinessRuleException("plan.review.notResponder", "decision", "A " + r.reductionPercent().toPlainString()
                    + " % reduction is below the 30 % responder threshold; continue with a justification, change the protocol or discontinue.");
        }
        if (decision != ResponseReview.Decision.MAINTENANCE && !r.responder() && (blank(justification) || justification.strip().length() < 10)) {
            throw new BusinessRuleException("plan.review.justification", "justification", "Not a responder ("
                    + r.reductionPercent().toPlainString() + " % reduction): write the reason for the decision (at least 10 characters).");
        }
        reviews.add(r);
        String outcome = (r.responder() ? "Responder" : "Not a responder") + " (NRS " + baselineNrs + " → " + currentNrs + ", "
                + r.reductionPercent().toPlainString() + " %)";
        switch (decision) {
            case MAINTENANCE -> {
                phase = Phase.MAINTENANCE;
                reviewFlag = null;
                planVersion++;
                history.add(new PlanChange(planVersion, at, by, outcome + "; moved to maintenance"));
            }
            case CONTINUE -> {
                reviewFlag = "Continued after review: " + r.justification();
                history.add(new PlanChange(planVersion, at, by, outcome + "; induction continued: " + r.justification()));
            }
            case CHANGE_PROTOCOL -> {
                reviewFlag = "Protocol change decided: " + r.justification();
                history.add(new PlanChange(planVersion, at, by, outcome + "; protocol to be changed: " + r.justification()));
            }
            case DISCONTINUE -> {
                history.add(new PlanChange(planVersion, at, by, outcome + "; discontinuing"));
                discontinue(blank(justification) ? "Discontinued after response review" : justification, by, at);
            }
        }
        return r;
    }

    /** Edits are free in a draft; a signed plan gets a new version; a closed plan cannot change. */
    private void change(String by, Instant at, String what) {
        if (status == Status.COMPLETED || status == Status.DISCONTINUED) {
            throw new BusinessRuleException("plan.closed", "This plan is " + label(status) + " and cannot change; start a new plan.");
        }
        if (status != Status.DRAFT) {
            planVersion++;
        }
        history.add(new PlanChange(planVersion, at, by, what));
    }

    private void requireStatus(Status expected, String action) {
        if (status != expected) {
            throw new BusinessRuleException("plan.state", "Cannot " + action + " a plan that is " + label(status) + ".");
        }
    }

    private static String requireReason(String reason) {
        if (blank(reason) || reason.strip().length() < 5) {
            throw new BusinessRuleException("plan.reason", "reason", "Give the reason (at least 5 characters).");
        }
        return reason.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String label(Status s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    /** The latest response review, if any. */
    public Optional<ResponseReview> lastReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    /** Open in the sense of occupying the patient's care: draft, active or on hold. */
    public boolean isOpen() {
        return status == Status.DRAFT || status == Status.ACTIVE || status == Status.ON_HOLD;
    }

    public LocalDate signedOn(java.time.ZoneId zone) {
        return signedAt == null ? null : signedAt.atZone(zone).toLocalDate();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Status status() { return status; }
    public Phase phase() { return phase; }
    public int planVersion() { return planVersion; }
    public int nrsTargetPercent() { return nrsTargetPercent; }
    public Integer mmeTargetPercent() { return mmeTargetPercent; }
    public String functionGoal() { return functionGoal; }
    public String moodGoal() { return moodGoal; }
    public Integer baselineNrs() { return baselineNrs; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
    public String statusReason() { return statusReason; }
    public String reviewFlag() { return reviewFlag; }
    public KetamineComponent ketamine() { return ketamine; }
    public TherapyComponent physicalTherapy() { return physicalTherapy; }
    public CounselingComponent counseling() { return counseling; }
    public List<PlanIndication> indications() { return List.copyOf(indications); }
    public List<PlanChange> history() { return List.copyOf(history); }
    public List<ResponseReview> reviews() { return List.copyOf(reviews); }
}
