package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.ChartHeader;
import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.IntakeAssessment;
import com.clinicsuite.patients.application.intake.IntakeView;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.treatment.application.PlanCommands;
import com.clinicsuite.treatment.application.PlanRows;
import com.clinicsuite.treatment.application.PlanView;
import com.clinicsuite.treatment.application.ProtocolTemplates;
import com.clinicsuite.treatment.application.TreatmentPlans;
import com.clinicsuite.web.faces.Messages;
import com.clinicsuite.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.timeline.TimelineModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The treatment plan page: indications with evidence grades, goals, the three components, signing and the rest of
 * the lifecycle, the response review, the timeline of sessions with outcomes, and the history. Physicians edit;
 * other clinicians read (their own component in full).
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TreatmentPlans plans;

    @Inject
    private ProtocolTemplates templates;

    @Inject
    private IntakeAssessment intakes;

    @Inject
    private ClinicalRecord record;

    @Inject
    private CurrentUser user;

    private String id;
    private PlanView plan;
    private ChartHeader header;
    private List<IntakeView.DiagnosisRow> diagnoses = List.of();
    private List<PlanRows.TemplateRow> protocolTemplates = List.of();
    private TimelineModel<String, String> timeline;
    private String trendJson = "{}";
    private LocalDateTime timelineStart;
    private LocalDateTime timelineEnd;

    private List<String> indicationCodes = new ArrayList<>();
    private Integer nrsTarget;
    private Integer mmeTarget;
    private String functionGoal;
    private String moodGoal;

    private String route = "IV";
    private String ketamineClinician;
    private String protocolCode;
    private BigDecimal dose;
    private Integer minutes;
    private BigDecimal bolus;
    private String justification;
    private Integer sessions;
    private Integer minGapDays;
    private Integer maxGapDays;
    private Integer boosterMinWeeks;
    private Integer boosterMaxWeeks;
    private Integer maxBoosters;
    private BigDecimal oralDoseMg;
    private String oralDirections;
    private Integer oralQuantity;
    private Integer oralRefills;
    private String prescriberDea;

    private String ptClinician;
    private String ptComplexity;
    private Integer ptVisitsPerWeek;
    private Integer ptWeeks;
    private String ptGoals;
    private LocalDate ptRecertifyBy;
    private String ptCertifyingPhysician;

    private String counselor;
    private boolean counselingIntake = true;
    private Integer counselingSessions;
    private Integer counselingEveryDays;
    private String modality;
    private boolean integrationRule;

    private String password;
    private String action;
    private String reason;
    private Integer currentNrs;
    private String decision;
    private String reviewJustification;

    /** Loads the plan named by the {@code id} view parameter. */
    public void load() {
        if (plan != null || id == null) {
            return;
        }
        UUID planId;
        try {
            planId = UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            Messages.error(null, "This link does not name a plan.");
            return;
        }
        show(plans.open(planId));
        header = record.header(plan.patientId());
        if (user.is(Roles.PHYSICIAN)) {
            diagnoses = intakes.view(plan.patientId()).diagnoses();
            protocolTemplates = templates.list().stream().filter(PlanRows.TemplateRow::active).toList();
        }
        trendJson = TrendChart.json(record.questionnaires(plan.patientId()), record.mmeHistory(plan.patientId()));
    }

    private void show(PlanView view) {
        plan = view;
        indicationCodes = new ArrayList<>(view.indications().stream().map(PlanView.IndicationRow::code).toList());
        nrsTarget = view.nrsTargetPercent();
        mmeTarget = view.mmeTargetPercent();
        functionGoal = view.functionGoal();
        moodGoal = view.moodGoal();
        PlanView.Ketamine k = view.ketamine();
        if (k != null) {
            route = k.route();
            ketamineClinician = k.clinicianId().toString();
            protocolCode = k.protocolCode();
            dose = k.doseMgPerKgPerHour();
            minutes = k.durationMinutes();
            bolus = k.bolusMgPerKg();
            justification = k.justification();
            sessions = k.inductionSessions();
            minGapDays = k.minGapDays();
            maxGapDays = k.maxGapDays();
            boosterMinWeeks = k.boosterMinWeeks();
            boosterMaxWeeks = k.boosterMaxWeeks();
            maxBoosters = k.maxBoosters();
            oralDoseMg = k.oralDoseMg();
            oralDirections = k.oralDirections();
            oralQuantity = k.oralQuantity();
            oralRefills = k.oralRefills();
            prescriberDea = k.prescriberDea();
        }
        PlanView.Therapy pt = view.physicalTherapy();
        if (pt != null) {
            ptClinician = pt.clinicianId().toString();
            ptComplexity = pt.evaluationComplexity();
            ptVisitsPerWeek = pt.visitsPerWeek();
            ptWeeks = pt.weeks();
            ptGoals = pt.goals();
            ptRecertifyBy = pt.recertifyBy();
            ptCertifyingPhysician = pt.certifyingPhysician();
        }
        PlanView.Counseling c = view.counseling();
        if (c != null) {
            counselor = c.clinicianId().toString();
            counselingIntake = c.intakeEvaluation();
            counselingSessions = c.sessions();
            counselingEveryDays = c.everyDays();
            modality = c.modality();
            integrationRule = c.integrationRule();
        }
        PlanTimeline t = PlanTimeline.of(view);
        timeline = t.model();
        timelineStart = t.start();
        timelineEnd = t.end();
    }

    private UUID planId() {
        return plan.id();
    }

    public void saveIndications() {
        show(plans.setIndications(planId(), plan.version(), indicationCodes));
        Messages.info("Indications saved.");
    }

    public void saveGoals() {
        show(plans.setGoals(planId(), plan.version(), new PlanCommands.Goals(nrsTarget, mmeTarget, functionGoal, moodGoal)));
        Messages.info("Goals saved.");
    }

    /** Fills the dose fields from the chosen template. */
    public void templateChosen() {
        protocolTemplates.stream().filter(t -> t.code().equals(protocolCode)).findFirst().ifPresent(t -> {
            dose = t.doseMgPerKgPerHour();
            minutes = t.durationMinutes();
            bolus = t.bolusMgPerKg();
            sessions = t.inductionSessions();
        });
    }

    public void saveKetamine() {
        if ("ORAL".equals(route)) {
            show(plans.setOralKetamine(planId(), plan.version(), new PlanCommands.OralKetamine(uuid(ketamineClinician), oralDoseMg,
                    oralDirections, oralQuantity, oralRefills, prescriberDea)));
        } else {
            show(plans.setIvKetamine(planId(), plan.version(), new PlanCommands.IvKetamine(uuid(ketamineClinician), protocolCode, dose,
                    minutes, bolus, justification, sessions, minGapDays, maxGapDays, boosterMinWeeks, boosterMaxWeeks, maxBoosters)));
        }
        Messages.info("Ketamine component saved.");
    }

    public void savePhysicalTherapy() {
        show(plans.setPhysicalTherapy(planId(), plan.version(), new PlanCommands.PhysicalTherapy(uuid(ptClinician), ptComplexity,
                ptVisitsPerWeek, ptWeeks, ptGoals, ptRecertifyBy, ptCertifyingPhysician)));
        Messages.info("Physical therapy component saved.");
    }

    public void saveCounseling() {
        show(plans.setCounseling(planId(), plan.version(), new PlanCommands.Counseling(uuid(counselor), counselingIntake,
                counselingSessions, counselingEveryDays, modality, integrationRule)));
        Messages.info("Counseling component saved.");
    }

    public void remove(String component) {
        show(plans.removeComponent(planId(), plan.version(), component));
        Messages.info("Component removed.");
    }

    public String sign() {
        try {
            show(plans.sign(planId(), plan.version(), password));
        } finally {
            password = null;
        }
        Messages.flashInfo("Plan signed and active (version " + plan.planVersion() + "). The front desk can now book its sessions.");
        return reload();
    }

    /** After a lifecycle change the whole page changes: load it afresh. */
    private String reload() {
        return "/patients/plan?faces-redirect=true&id=" + plan.id();
    }

    /** Starts a hold, completion or discontinuation; the dialog asks for the reason. */
    public void startStatusChange(String change) {
        action = change;
        reason = null;
    }

    public String changeStatus() {
        switch (action) {
            case "HOLD" -> show(plans.hold(planId(), plan.version(), reason));
            case "COMPLETE" -> show(plans.complete(planId(), plan.version(), reason));
            case "DISCONTINUE" -> show(plans.discontinue(planId(), plan.version(), reason));
            default -> throw new IllegalStateException(action);
        }
        Messages.flashInfo("The plan is now " + plan.status().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        return reload();
    }

    public String resume() {
        show(plans.resume(planId(), plan.version()));
        Messages.flashInfo("Plan resumed.");
        return reload();
    }

    public String review() {
        show(plans.review(planId(), plan.version(), currentNrs, decision, reviewJustification));
        Messages.flashInfo("Response review recorded" + ("MAINTENANCE".equals(plan.phase()) ? "; the plan is now in maintenance." : "."));
        return reload();
    }

    public String evidence(String code) {
        return PlanRows.evidenceFor(code);
    }

    public boolean isEditable() {
        return plan != null && user.is(Roles.PHYSICIAN) && !plan.closed();
    }

    public String getActionLabel() {
        return switch (action == null ? "" : action) {
            case "HOLD" -> "Put the plan on hold";
            case "COMPLETE" -> "Complete the plan";
            case "DISCONTINUE" -> "Discontinue the plan";
            default -> "";
        };
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).withSecond(0).toString().replace('T', ' ');
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PlanView getPlan() { return plan; }
    public ChartHeader getHeader() { return header; }
    public List<IntakeView.DiagnosisRow> getDiagnoses() { return diagnoses; }
    public List<PlanRows.TemplateRow> getProtocolTemplates() { return protocolTemplates; }
    public TimelineModel<String, String> getTimeline() { return timeline; }
    public String getTrendJson() { return trendJson; }
    public LocalDateTime getTimelineStart() { return timelineStart; }
    public LocalDateTime getTimelineEnd() { return timelineEnd; }
    public List<String> getIndicationCodes() { return indicationCodes; }
    public void setIndicationCodes(List<String> v) { indicationCodes = v; }
    public Integer getNrsTarget() { return nrsTarget; }
    public void setNrsTarget(Integer v) { nrsTarget = v; }
    public Integer getMmeTarget() { return mmeTarget; }
    public void setMmeTarget(Integer v) { mmeTarget = v; }
    public String getFunctionGoal() { return functionGoal; }
    public void setFunctionGoal(String v) { functionGoal = v; }
    public String getMoodGoal() { return moodGoal; }
    public void setMoodGoal(String v) { moodGoal = v; }
    public String getRoute() { return route; }
    public void setRoute(String v) { route = v; }
    public String getKetamineClinician() { return ketamineClinician; }
    public void setKetamineClinician(String v) { ketamineClinician = v; }
    public String getProtocolCode() { return protocolCode; }
    public void setProtocolCode(String v) { protocolCode = v; }
    public BigDecimal getDose() { return dose; }
    public void setDose(BigDecimal v) { dose = v; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer v) { minutes = v; }
    public BigDecimal getBolus() { return bolus; }
    public void setBolus(BigDecimal v) { bolus = v; }
    public String getJustification() { return justification; }
    public void setJustification(String v) { justification = v; }
    public Integer getSessions() { return sessions; }
    public void setSessions(Integer v) { sessions = v; }
    public Integer getMinGapDays() { return minGapDays; }
    public void setMinGapDays(Integer v) { minGapDays = v; }
    public Integer getMaxGapDays() { return maxGapDays; }
    public void setMaxGapDays(Integer v) { maxGapDays = v; }
    public Integer getBoosterMinWeeks() { return boosterMinWeeks; }
    public void setBoosterMinWeeks(Integer v) { boosterMinWeeks = v; }
    public Integer getBoosterMaxWeeks() { return boosterMaxWeeks; }
    public void setBoosterMaxWeeks(Integer v) { boosterMaxWeeks = v; }
    public Integer getMaxBoosters() { return maxBoosters; }
    public void setMaxBoosters(Integer v) { maxBoosters = v; }
    public BigDecimal getOralDoseMg() { return oralDoseMg; }
    public void setOralDoseMg(BigDecimal v) { oralDoseMg = v; }
    public String getOralDirections() { return oralDirections; }
    public void setOralDirections(String v) { oralDirections = v; }
    public Integer getOralQuantity() { return oralQuantity; }
    public void setOralQuantity(Integer v) { oralQuantity = v; }
    public Integer getOralRefills() { return oralRefills; }
    public void setOralRefills(Integer v) { oralRefills = v; }
    public String getPrescriberDea() { return prescriberDea; }
    public void setPrescriberDea(String v) { prescriberDea = v; }
    public String getPtClinician() { return ptClinician; }
    public void setPtClinician(String v) { ptClinician = v; }
    public String getPtComplexity() { return ptComplexity; }
    public void setPtComplexity(String v) { ptComplexity = v; }
    public Integer getPtVisitsPerWeek() { return ptVisitsPerWeek; }
    public void setPtVisitsPerWeek(Integer v) { ptVisitsPerWeek = v; }
    public Integer getPtWeeks() { return ptWeeks; }
    public void setPtWeeks(Integer v) { ptWeeks = v; }
    public String getPtGoals() { return ptGoals; }
    public void setPtGoals(String v) { ptGoals = v; }
    public LocalDate getPtRecertifyBy() { return ptRecertifyBy; }
    public void setPtRecertifyBy(LocalDate v) { ptRecertifyBy = v; }
    public String getPtCertifyingPhysician() { return ptCertifyingPhysician; }
    public void setPtCertifyingPhysician(String v) { ptCertifyingPhysician = v; }
    public String getCounselor() { return counselor; }
    public void setCounselor(String v) { counselor = v; }
    public boolean isCounselingIntake() { return counselingIntake; }
    public void setCounselingIntake(boolean v) { counselingIntake = v; }
    public Integer getCounselingSessions() { return counselingSessions; }
    public void setCounselingSessions(Integer v) { counselingSessions = v; }
    public Integer getCounselingEveryDays() { return counselingEveryDays; }
    public void setCounselingEveryDays(Integer v) { counselingEveryDays = v; }
    public String getModality() { return modality; }
    public void setModality(String v) { modality = v; }
    public boolean isIntegrationRule() { return integrationRule; }
    public void setIntegrationRule(boolean v) { integrationRule = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Integer getCurrentNrs() { return currentNrs; }
    public void setCurrentNrs(Integer v) { currentNrs = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getReviewJustification() { return reviewJustification; }
    public void setReviewJustification(String v) { reviewJustification = v; }
}
