package com.clinicsuite.web.visits;

import com.clinicsuite.patients.application.intake.ChartHeader;
import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.treatment.application.TherapyVisits;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A PT visit (SOAP, interventions, units by the payer's rule) or a counseling visit (CPT from the minutes). */
@Named
@ViewScoped
public class TherapyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The timed PT codes with the clinic's own short labels (CPT descriptors are AMA copyright). */
    public static final Map<String, String> PT_CODES = new java.util.TreeMap<>(Map.of(
            "97110", "Therapeutic exercise", "97112", "Neuromuscular re-education", "97140", "Manual therapy",
            "97530", "Therapeutic activities", "97535", "Self-care training"));

    @Inject
    private TherapyVisits visits;

    @Inject
    private ClinicalRecord record;

    @Inject
    private com.clinicsuite.billing.application.BillingSetup billingSetup;

    @Inject
    private com.clinicsuite.web.security.CurrentUser user;

    /** Where the pre-selected unit rule comes from, e.g. "Aetna's setup", or null when nobody set it. */
    private String unitRuleSource;

    private String appointment;
    private TherapyVisits.View visit;
    private ChartHeader header;

    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String goalProgress;
    private String evaluationCode;
    private String unitRule = "MEDICARE_8_MINUTE";
    /** Minutes per timed code, as typed (EL cannot convert map values). */
    private final Map<String, String> minutes = new LinkedHashMap<>();
    private Integer nrsBefore;
    private Integer nrsAfter;
    private String sessionType;
    private String integratesVisit;
    private String started;
    private String ended;
    private boolean interactiveComplexity;
    private String progressNote;
    private String psychotherapyNote;
    private String amendmentReason;
    private String amendmentText;

    public void load() {
        if (visit != null || appointment == null) {
            return;
        }
        try {
            visit = visits.open(UUID.fromString(appointment));
        } catch (IllegalArgumentException notAUuid) {
            Messages.error(null, "This link does not name an appointment.");
            return;
        }
        header = record.visitHeader(visit.patientId());
        subjective = visit.subjective();
        objective = visit.objective();
        assessment = visit.assessment();
        plan = visit.plan();
        goalProgress = visit.goalProgress();
        evaluationCode = visit.evaluationCode();
        if (visit.unitRule() != null) {
            unitRule = visit.unitRule();
        } else if ("PT".equals(visit.kind()) && user.is(com.clinicsuite.shared.application.Roles.PHYSICAL_THERAPIST)) {
            // the patient's primary payer decides how timed minutes become units
            billingSetup.unitRuleFor(visit.patientId(), visit.visitDate()).ifPresent(rule -> {
                unitRule = rule.getKey();
                unitRuleSource = rule.getValue();
            });
        }
        PT_CODES.keySet().forEach(c -> minutes.put(c, null));
        visit.interventions().forEach(l -> minutes.put(l.code(), Integer.toString(l.minutes())));
        nrsBefore = visit.nrsBefore();
        nrsAfter = visit.nrsAfter();
        sessionType = visit.sessionType();
        integratesVisit = visit.integratesVisit() == null ? null : visit.integratesVisit().toString();
        started = visit.started() == null ? null : visit.started().toString();
        ended = visit.ended() == null ? null : visit.ended().toString();
        interactiveComplexity = visit.interactiveComplexity();
        progressNote = visit.progressNote();
    }

    public void save() {
        if ("PT".equals(visit.kind())) {
            Map<String, Integer> timed = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : minutes.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    if (!e.getValue().strip().matches("\\d{1,3}")) {
                        Messages.error(null, "Minutes for " + e.getKey() + " must be a whole number.");
                        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                        return;
                    }
                    timed.put(e.getKey(), Integer.parseInt(e.getValue().strip()));
                }
            }
            visit = visits.recordPt(visit.id(), visit.version(), new TherapyVisits.PtNote(subjective, objective, assessment, plan, goalProgress,
                    evaluationCode, unitRule, timed, nrsBefore, nrsAfter));
            Messages.info("Saved: " + (visit.codes().isEmpty() ? "no billable units" : String.join(", ", visit.codes())) + " ("
                    + ("AMA_RULE_OF_EIGHTS".equals(visit.unitRule()) ? "AMA rule of eights" : "Medicare 8-minute rule") + ").");
        } else {
            visit = visits.recordCounseling(visit.id(), visit.version(), new TherapyVisits.CounselingNote(sessionType,
                    integratesVisit == null || integratesVisit.isBlank() ? null : UUID.fromString(integratesVisit), time(started), time(ended),
                    interactiveComplexity, progressNote, psychotherapyNote, nrsBefore, nrsAfter));
            psychotherapyNote = null;
            Messages.info("Saved: " + visit.minutes() + " min → " + (visit.codes().isEmpty() ? "not billable as psychotherapy (under 16 min)"
                    : String.join(", ", visit.codes())) + ".");
        }
    }

    public void sign() {
        visit = visits.sign(visit.id(), visit.version());
        Messages.info("Signed. The visit is locked.");
    }

    public void amend() {
        visit = visits.amend(visit.id(), amendmentReason, amendmentText);
        amendmentReason = null;
        amendmentText = null;
        Messages.info("Amendment added beside the signed visit.");
    }

    public String getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(String v) { amendmentReason = v; }
    public String getAmendmentText() { return amendmentText; }
    public void setAmendmentText(String v) { amendmentText = v; }

    private static LocalTime time(String s) {
        return s == null || s.isBlank() ? null : LocalTime.parse(s);
    }

    public List<String> getTimes() {
        List<String> times = new java.util.ArrayList<>();
        for (int m = 6 * 60; m < 22 * 60; m += 1) {
            if (m % 5 == 0) {
                times.add(LocalTime.MIDNIGHT.plusMinutes(m).toString());
            }
        }
        return times;
    }

    public Map<String, String> getPtCodes() { return PT_CODES; }
    public String getAppointment() { return appointment; }
    public void setAppointment(String v) { appointment = v; }
    public TherapyVisits.View getVisit() { return visit; }
    public ChartHeader getHeader() { return header; }
    public Map<String, String> getMinutes() { return minutes; }
    public String getSubjective() { return subjective; }
    public void setSubjective(String v) { subjective = v; }
    public String getObjective() { return objective; }
    public void setObjective(String v) { objective = v; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String v) { assessment = v; }
    public String getPlan() { return plan; }
    public void setPlan(String v) { plan = v; }
    public String getGoalProgress() { return goalProgress; }
    public void setGoalProgress(String v) { goalProgress = v; }
    public String getEvaluationCode() { return evaluationCode; }
    public void setEvaluationCode(String v) { evaluationCode = v; }
    public String getUnitRule() { return unitRule; }
    public String getUnitRuleSource() { return unitRuleSource; }
    public void setUnitRule(String v) { unitRule = v; }
    public Integer getNrsBefore() { return nrsBefore; }
    public void setNrsBefore(Integer v) { nrsBefore = v; }
    public Integer getNrsAfter() { return nrsAfter; }
    public void setNrsAfter(Integer v) { nrsAfter = v; }
    public String getSessionType() { return sessionType; }
    public void setSessionType(String v) { sessionType = v; }
    public String getIntegratesVisit() { return integratesVisit; }
    public void setIntegratesVisit(String v) { integratesVisit = v; }
    public String getStarted() { return started; }
    public void setStarted(String v) { started = v; }
    public String getEnded() { return ended; }
    public void setEnded(String v) { ended = v; }
    public boolean isInteractiveComplexity() { return interactiveComplexity; }
    public void setInteractiveComplexity(boolean v) { interactiveComplexity = v; }
    public String getProgressNote() { return progressNote; }
    public void setProgressNote(String v) { progressNote = v; }
    public String getPsychotherapyNote() { return psychotherapyNote; }
    public void setPsychotherapyNote(String v) { psychotherapyNote = v; }
}
