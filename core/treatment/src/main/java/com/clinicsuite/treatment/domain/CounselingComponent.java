package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Set;
import java.util.UUID;

/**
 * Counseling in a plan: an intake evaluation, a number of sessions at a frequency, the modality, and optionally the
 * rule that an integration session follows each infusion within 24–72 h.
 */
@Embeddable
public class CounselingComponent {

    public static final Set<String> MODALITIES = Set.of("CBT", "ACT", "KAP_PREPARATION_INTEGRATION", "MINDFULNESS", "SUPPORTIVE");

    @Column(name = "c_clinician_id")
    private UUID clinicianId;
    @Column(name = "c_clinician_name")
    private String clinicianName;
    @Column(name = "c_intake")
    private Boolean intakeEvaluation;
    @Column(name = "c_sessions")
    private Integer sessions;
    @Column(name = "c_every_days")
    private Integer everyDays;
    @Column(name = "c_modality")
    private String modality;
    @Column(name = "c_integration_rule")
    private Boolean integrationRule;

    protected CounselingComponent() {
        // for JPA
    }

    public CounselingComponent(UUID clinicianId, String clinicianName, boolean intakeEvaluation, int sessions, int everyDays,
                               String modality, boolean integrationRule) {
        if (clinicianId == null) {
            throw new BusinessRuleException("plan.clinician", "counselor", "Choose the counselor.");
        }
        if (sessions < 0 || sessions > 52 || everyDays < 1 || everyDays > 28) {
            throw new BusinessRuleException("plan.counseling.frequency", "counselingSessions", "Counseling: 0–52 sessions, every 1–28 days.");
        }
        if (modality == null || !MODALITIES.contains(modality)) {
            throw new BusinessRuleException("plan.counseling.modality", "modality", "Choose the modality.");
        }
        if (!intakeEvaluation && sessions == 0 && !integrationRule) {
            throw new BusinessRuleException("plan.counseling.empty", "counselingSessions", "Plan an intake, sessions or integration sessions.");
        }
        this.clinicianId = clinicianId;
        this.clinicianName = clinicianName;
        this.intakeEvaluation = intakeEvaluation;
        this.sessions = sessions;
        this.everyDays = everyDays;
        this.modality = modality;
        this.integrationRule = integrationRule;
    }

    public String summary() {
        return "Counseling with " + clinicianName + " (" + modality + "): " + (intakeEvaluation ? "intake evaluation, " : "") + sessions
                + " sessions every " + everyDays + " days" + (integrationRule ? "; integration session 24–72 h after each infusion" : "");
    }

    public UUID clinicianId() { return clinicianId; }
    public String clinicianName() { return clinicianName; }
    public boolean intakeEvaluation() { return Boolean.TRUE.equals(intakeEvaluation); }
    public Integer sessions() { return sessions; }
    public Integer everyDays() { return everyDays; }
    public String modality() { return modality; }
    public boolean integrationRule() { return Boolean.TRUE.equals(integrationRule); }
}
