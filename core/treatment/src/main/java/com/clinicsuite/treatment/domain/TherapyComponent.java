package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Physical therapy in a plan: the evaluation's complexity, visits per week × weeks, the plan-of-care goals, and a
 * recertification date at most 90 days out, certified by a physician.
 */
@Embeddable
public class TherapyComponent {

    /** At most this many days between the plan of care and its recertification. */
    public static final int MAX_RECERTIFICATION_DAYS = 90;

    @Column(name = "pt_clinician_id")
    private UUID clinicianId;
    @Column(name = "pt_clinician_name")
    private String clinicianName;
    @Column(name = "pt_complexity")
    private String evaluationComplexity;
    @Column(name = "pt_visits_per_week")
    private Integer visitsPerWeek;
    @Column(name = "pt_weeks")
    private Integer weeks;
    @Column(name = "pt_goals")
    private String goals;
    @Column(name = "pt_recertify_by")
    private LocalDate recertifyBy;
    @Column(name = "pt_certifying_physician")
    private String certifyingPhysician;

    protected TherapyComponent() {
        // for JPA
    }

    public TherapyComponent(UUID clinicianId, String clinicianName, String complexity, int visitsPerWeek, int weeks, String goals,
                            LocalDate recertifyBy, String certifyingPhysician, LocalDate today) {
        if (clinicianId == null) {
            throw new BusinessRuleException("plan.clinician", "ptClinician", "Choose the physical therapist.");
        }
        if (complexity == null || !complexity.matches("LOW|MODERATE|HIGH")) {
            throw new BusinessRuleException("plan.pt.complexity", "ptComplexity", "Choose the evaluation's complexity: low, moderate or high.");
        }
        if (visitsPerWeek < 1 || visitsPerWeek > 5 || weeks < 1 || weeks > 26) {
            throw new BusinessRuleException("plan.pt.frequency", "ptVisitsPerWeek", "PT frequency: 1–5 visits a week for 1–26 weeks.");
        }
        if (goals == null || goals.isBlank()) {
            throw new BusinessRuleException("plan.pt.goals", "ptGoals", "Write the plan-of-care goals.");
        }
        if (recertifyBy == null || !recertifyBy.isAfter(today) || recertifyBy.isAfter(today.plusDays(MAX_RECERTIFICATION_DAYS))) {
            throw new BusinessRuleException("plan.pt.recertification", "ptRecertifyBy", "The recertification date must be within "
                    + MAX_RECERTIFICATION_DAYS + " days: after today and no later than " + today.plusDays(MAX_RECERTIFICATION_DAYS) + ".");
        }
        if (certifyingPhysician == null || certifyingPhysician.isBlank()) {
            throw new BusinessRuleException("plan.pt.certifier", "ptCertifyingPhysician", "Name the certifying physician.");
        }
        this.clinicianId = clinicianId;
        this.clinicianName = clinicianName;
        this.evaluationComplexity = complexity;
        this.visitsPerWeek = visitsPerWeek;
        this.weeks = weeks;
        this.goals = goals.strip();
        this.recertifyBy = recertifyBy;
        this.certifyingPhysician = certifyingPhysician.strip();
    }

    public String summary() {
        return "PT with " + clinicianName + ": " + evaluationComplexity.toLowerCase() + "-complexity evaluation, " + visitsPerWeek
                + "×/week for " + weeks + " weeks; recertify by " + recertifyBy + " (" + certifyingPhysician + ")";
    }

    public int totalVisits() {
        return visitsPerWeek * weeks;
    }

    public UUID clinicianId() { return clinicianId; }
    public String clinicianName() { return clinicianName; }
    public String evaluationComplexity() { return evaluationComplexity; }
    public Integer visitsPerWeek() { return visitsPerWeek; }
    public Integer weeks() { return weeks; }
    public String goals() { return goals; }
    public LocalDate recertifyBy() { return recertifyBy; }
    public String certifyingPhysician() { return certifyingPhysician; }
}
