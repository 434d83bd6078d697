package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An IV ketamine infusion visit, opened from a checked-in appointment of an active ketamine plan (DOMAIN.md §2):
 * the pre-infusion checklist, the weight-based dose confirmed by a second clinician, the flowsheet with vitals every
 * 15 minutes and stop/hold alerts, pauses and rate changes with reasons, adverse events and rescue medication, the end
 * and discharge, and the nurse's signature with the physician's co-signature, after which it is locked.
 */
@Entity
@Table(name = "infusion_visit")
public class InfusionVisit extends AuditedEntity {

    /** Where the visit is. */
    public enum Status { CHECKLIST, RUNNING, PAUSED, ENDED, DISCHARGED, SIGNED, COSIGNED }

    /** Pregnancy status at the checklist. */
    public enum Pregnancy { NOT_APPLICABLE, NEGATIVE_TEST, NOT_PREGNANT_CONFIRMED }

    /** Common adverse effects (DOMAIN.md §2). */
    public enum AdverseEffect { NAUSEA_VOMITING, DIZZINESS, DISSOCIATION, HALLUCINATIONS, HR_OR_BP_RISE, DYSPHORIA, HEADACHE }

    /** Minutes between vitals during the infusion (clinic default). */
    public static final int VITALS_EVERY_MINUTES = 15;

    @Id
    private UUID id;
    @jakarta.persistence.Transient
    private transient InfusionVitals.Thresholds thresholds;
    @Column(name = "appointment_id", nullable = false, updatable = false)
    private UUID appointmentId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    // checklist
    @Column(name = "consent_on_file")
    private boolean consentOnFile;
    @Column(name = "contraindications_reconfirmed")
    private boolean contraindicationsReconfirmed;
    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy")
    private Pregnancy pregnancy;
    @Column(name = "escort_name")
    private String escortName;
    @Column(name = "escort_phone")
    private String escortPhone;
    @Column(name = "fasting")
    private boolean fasting;
    @Column(name = "baseline_nrs")
    private Integer baselineNrs;
    @Column(name = "baseline_confirmed_by")
    private String baselineConfirmedBy;
    @Column(name = "baseline_confirmation")
    private String baselineConfirmation;
    @Column(name = "checklist_by")
    private String checklistBy;

    // dose
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "weighed_on")
    private LocalDate weighedOn;
    @Column(name = "dose_mg_per_kg_h")
    private BigDecimal doseMgPerKgPerHour;
    @Column(name = "planned_minutes")
    private Integer plannedMinutes;
    @Column(name = "bolus_mg")
    private BigDecimal bolusMg;
    @Column(name = "rate_mg_per_h")
    private BigDecimal rateMgPerHour;
    @Column(name = "total_mg")
    private BigDecimal totalMg;
    @Column(name = "concentration_mg_per_ml")
    private BigDecimal concentrationMgPerMl;
    @Column(name = "pump_ml_per_h")
    private BigDecimal pumpMlPerHour;
    @Column(name = "calculated_by")
    private String calculatedBy;
    @Column(name = "dose_confirmed_by")
    private String doseConfirmedBy;

    // course
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "paused_minutes", nullable = false)
    private int pausedMinutes;
    @Column(name = "paused_since")
    private Instant pausedSince;
    @Column(name = "administered_mg")
    private BigDecimal administeredMg;
    @Column(name = "early_stop_reason")
    private String earlyStopReason;

    // discharge and signatures
    @Column(name = "discharged_at")
    private Instant dischargedAt;
    @Column(name = "discharge_override")
    private String dischargeOverride;
    @Column(name = "escort_confirmed")
    private boolean escortConfirmed;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "cosigned_by")
    private String cosignedBy;
    @Column(name = "cosigned_at")
    private Instant cosignedAt;

    @ElementCollection
    @CollectionTable(name = "infusion_reading", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<InfusionReading> readings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "infusion_event", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<InfusionEvent> events = new ArrayList<>();

    protected InfusionVisit() {
        // for JPA
    }

    public static InfusionVisit open(UUID appointmentId, UUID planId, UUID patientId) {
        InfusionVisit v = new InfusionVisit();
        v.id = UUID.randomUUID();
        v.appointmentId = appointmentId;
        v.planId = planId;
        v.patientId = patientId;
        v.status = Status.CHECKLIST;
        return v;
    }

    /**
     * Records the pre-infusion checklist and baseline. Every item must be complete before the start; a baseline
     * above 160/100 also needs a physician's confirmation.
     */
    public List<InfusionVitals.Alert> checklist(boolean consent, boolean contraindications, Pregnancy pregnancyStatus, String escort, String escortTelephone,
                                                boolean fasted, InfusionVitals.Vitals baseline, Integer nrs, String by, Instant at) {
        requireStatus(Status.CHECKLIST, "change the checklist");
        consentOnFile = consent;
        contraindicationsReconfirmed = contraindications;
        pregnancy = pregnancyStatus;
        escortName = blank(escort) ? null : escort.strip();
        escortPhone = blank(escortTelephone) ? null : escortTelephone.strip();
        fasting = fasted;
        baselineNrs = nrs;
        checklistBy = by;
        if (nrs != null && (nrs < 0 || nrs > 10)) {
            throw new BusinessRuleException("visit.nrs", "baselineNrs", "Pain NRS is 0–10.");
        }
        readings.removeIf(r -> "BASELINE".equals(r.phase()));
        readings.add(0, new InfusionReading(at, baseline, null, nrs, "BASELINE", null, by));
        baselineConfirmedBy = null;
        baselineConfirmation = null;
        return InfusionVitals.alerts(baseline, thresholds());
    }

    /**
     * Uses the clinic's current monitoring thresholds for the next steps (set by the service from the clinic settings;
     * the shipped defaults until then). Not stored: every reading keeps the alert text it raised when it was taken.
     */
    public void useThresholds(InfusionVitals.Thresholds t) {
        this.thresholds = t;
    }

    private InfusionVitals.Thresholds thresholds() {
        return thresholds == null ? InfusionVitals.Thresholds.CLINIC_DEFAULTS : thresholds;
    }

    /** What is still missing before the infusion may start; empty when it may. */
    public List<String> checklistGaps(InfusionVitals.Thresholds t) {
        List<String> gaps = new ArrayList<>();
        if (!consentOnFile) {
            gaps.add("Ketamine consent on file and not revoked");
        }
        if (!contraindicationsReconfirmed) {
            gaps.add("Contraindications re-confirmed today");
        }
        if (pregnancy == null) {
            gaps.add("Pregnancy status");
        }
        if (escortName == null || escortPhone == null) {
            gaps.add("Escort name and phone");
        }
        if (!fasting) {
            gaps.add("Fasting per clinic policy");
        }
        InfusionVitals.Vitals b = baseline();
        if (b == null || b.systolic() == null || b.diastolic() == null || b.heartRate() == null || b.spo2() == null || b.respiratoryRate() == null
                || baselineNrs == null) {
            gaps.add("Baseline vitals (BP, HR, SpO2, RR) and pain NRS");
        } else if (InfusionVitals.baselineNeedsConfirmation(b, t) && baselineConfirmedBy == null) {
            gaps.add("Physician confirmation of a baseline above " + t.preStartSystolic() + "/" + t.preStartDiastolic());
        }
        if (doseConfirmedBy == null) {
            gaps.add("Dose calculated and confirmed by a second clinician");
        }
        return gaps;
    }

    public void confirmBaseline(String physician, String reason) {
        requireStatus(Status.CHECKLIST, "confirm the baseline");
        if (blank(reason) || reason.strip().length() < 5) {
            throw new BusinessRuleException("visit.baseline.reason", "baselineReason", "Give the reason it is safe to start (at least 5 characters).");
        }
        baselineConfirmedBy = physician;
        baselineConfirmation = reason.strip();
    }

    /**
     * Computes the dose from the plan's protocol and today's weight (≤ 30 days old) and the bag concentration.
     * Above the template's limits, the plan must carry the physician's justification.
     */
    public KetamineDose.Calculation calculateDose(KetamineComponent protocol, ProtocolLimits limits, BigDecimal weight, LocalDate weighed,
                                                  LocalDate today, BigDecimal concentration, String by) {
        requireStatus(Status.CHECKLIST, "change the dose");
        if (concentration == null) {
            throw new BusinessRuleException("dose.concentration", "concentration", "Enter the prepared bag's concentration in mg/mL.");
        }
        KetamineDose.Calculation dose = KetamineDose.calculate(protocol.doseMgPerKgPerHour(), protocol.durationMinutes(), protocol.bolusMgPerKg(),
                weight, weighed, today, concentration, limits);
        KetamineDose.requireJustified(dose, protocol.justification());
        weightKg = weight;
        weighedOn = weighed;
        doseMgPerKgPerHour = protocol.doseMgPerKgPerHour();
        plannedMinutes = protocol.durationMinutes();
        bolusMg = dose.bolusMg();
        rateMgPerHour = dose.rateMgPerHour();
        totalMg = dose.totalMg();
        concentrationMgPerMl = concentration;
        pumpMlPerHour = dose.pumpRateMlPerHour();
        calculatedBy = by;
        doseConfirmedBy = null;
        return dose;
    }

    /** The second licensed clinician confirms the calculation; never the one who made it. */
    public void confirmDose(String confirmer) {
        requireStatus(Status.CHECKLIST, "confirm the dose");
        if (calculatedBy == null) {
            throw new BusinessRuleException("dose.notCalculated", "Calculate the dose first.");
        }
        if (calculatedBy.equalsIgnoreCase(confirmer)) {
            throw new BusinessRuleException("dose.selfConfirm", "confirmer", "A second clinician must confirm: " + confirmer + " made the calculation.");
        }
        doseConfirmedBy = confirmer;
    }

    public void start(Instant at, String by) {
        requireStatus(Status.CHECKLIST, "start");
        List<String> gaps = checklistGaps(thresholds());
        if (!gaps.isEmpty()) {
            throw new BusinessRuleException("visit.checklist", "The infusion cannot start yet. Still needed: " + String.join("; ", gaps) + ".");
        }
        startedAt = at;
        status = Status.RUNNING;
        events.add(new InfusionEvent(at, "START", "Started at " + rateMgPerHour.stripTrailingZeros().toPlainString() + " mg/h ("
                + pumpMlPerHour.stripTrailingZeros().toPlainString() + " mL/h)", by));
    }

    /** Records vitals, sedation (0–4) and pain; returns the stop/hold alerts they raise (kept on the flowsheet). */
    public List<InfusionVitals.Alert> recordVitals(InfusionVitals.Vitals v, Integer sedation, Integer nrs, String by, Instant at) {
        if (status != Status.RUNNING && status != Status.PAUSED && status != Status.ENDED) {
            throw new BusinessRuleException("visit.state", "Vitals are recorded once the infusion has started (baseline is part of the checklist).");
        }
        if (sedation != null && (sedation < 0 || sedation > 4)) {
            throw new BusinessRuleException("visit.sedation", "sedation", "Sedation/dissociation is scored 0–4.");
        }
        if (nrs != null && (nrs < 0 || nrs > 10)) {
            throw new BusinessRuleException("visit.nrs", "nrs", "Pain NRS is 0–10.");
        }
        List<InfusionVitals.Alert> alerts = InfusionVitals.alerts(v, thresholds());
        readings.add(new InfusionReading(at, v, sedation, nrs, status == Status.ENDED ? "POST" : "DURING",
                alerts.isEmpty() ? null : String.join(" ", alerts.stream().map(a -> a.finding() + ": " + a.action()).toList()), by));
        return alerts;
    }

    /** When the next vitals are due during the infusion. */
    public Instant nextVitalsDue() {
        if (status != Status.RUNNING && status != Status.PAUSED) {
            return null;
        }
        Instant last = readings.stream().filter(r -> "DURING".equals(r.phase())).map(InfusionReading::takenAt).max(Instant::compareTo).orElse(startedAt);
        return last.plus(Duration.ofMinutes(VITALS_EVERY_MINUTES));
    }

    public void pause(String reason, String by, Instant at) {
        requireStatus(Status.RUNNING, "pause");
        events.add(new InfusionEvent(at, "PAUSE", requireReason(reason), by));
        pausedSince = at;
        status = Status.PAUSED;
    }

    public void restart(String reason, String by, Instant at) {
        requireStatus(Status.PAUSED, "restart");
        events.add(new InfusionEvent(at, "RESTART", requireReason(reason), by));
        pausedMinutes += (int) Duration.between(pausedSince, at).toMinutes();
        pausedSince = null;
        status = Status.RUNNING;
    }

    public void changeRate(BigDecimal newRateMgPerHour, String reason, String by, Instant at) {
        requireStatus(Status.RUNNING, "change the rate");
        if (newRateMgPerHour == null || newRateMgPerHour.signum() <= 0) {
            throw new BusinessRuleException("visit.rate", "newRate", "Give the new rate in mg/h.");
        }
        events.add(new InfusionEvent(at, "RATE", rateMgPerHour.stripTrailingZeros().toPlainString() + " → " + newRateMgPerHour.stripTrailingZeros().toPlainString()
                + " mg/h: " + requireReason(reason), by));
        rateMgPerHour = newRateMgPerHour;
        pumpMlPerHour = newRateMgPerHour.divide(concentrationMgPerMl, 1, RoundingMode.HALF_UP);
    }

    public void adverseEvent(AdverseEffect effect, String severity, String by, Instant at) {
        requireOpen();
        if (effect == null || severity == null || !severity.matches("MILD|MODERATE|SEVERE")) {
            throw new BusinessRuleException("visit.adverse", "effect", "Choose the effect and its severity (mild, moderate or severe).");
        }
        events.add(new InfusionEvent(at, "ADVERSE", effect.name().toLowerCase().replace('_', ' ') + " (" + severity.toLowerCase() + ")", by));
    }

    public void rescue(String drug, String dose, String route, String by, Instant at) {
        requireOpen();
        if (blank(drug) || blank(dose) || blank(route)) {
            throw new BusinessRuleException("visit.rescue", "rescueDrug", "Give the drug, dose and route given.");
        }
        events.add(new InfusionEvent(at, "RESCUE", drug.strip() + " " + dose.strip() + " " + route.strip(), by));
    }

    /** Ends the infusion (early, with a reason, when it stops before the planned time). */
    public void end(BigDecimal administered, String earlyReason, String by, Instant at) {
        if (status == Status.PAUSED) {
            restart("ended while paused", by, at);
        }
        requireStatus(Status.RUNNING, "end");
        if (administered == null || administered.signum() < 0) {
            throw new BusinessRuleException("visit.administered", "administeredMg", "Give the mg administered (from the pump or the register draw).");
        }
        int minutes = (int) Duration.between(startedAt, at).toMinutes() - pausedMinutes;
        if (minutes < plannedMinutes - 5 && blank(earlyReason)) {
            throw new BusinessRuleException("visit.earlyStop", "earlyReason", "The infusion ran " + minutes + " of " + plannedMinutes
                    + " planned minutes; give the reason for stopping early.");
        }
        endedAt = at;
        administeredMg = administered;
        earlyStopReason = blank(earlyReason) ? null : earlyReason.strip();
        status = Status.ENDED;
        events.add(new InfusionEvent(at, "END", "Ended after " + minutes + " min, " + administered.stripTrailingZeros().toPlainString() + " mg given"
                + (earlyStopReason == null ? "" : "; stopped early: " + earlyStopReason), by));
    }

    /** Infusion minutes from start to stop, pauses excluded (what billing counts). */
    public Integer infusionMinutes() {
        return startedAt == null || endedAt == null ? null : (int) Duration.between(startedAt, endedAt).toMinutes() - pausedMinutes;
    }

    /**
     * Discharges when the criteria are met (vitals within 20 % of baseline, alert and oriented, walks steadily, escort
     * present), or with a physician's override and reason.
     */
    public List<String> discharge(boolean alertAndOriented, boolean walksSteadily, boolean escortPresent, String overridingPhysician,
                                  String overrideReason, String by, Instant at) {
        requireStatus(Status.ENDED, "discharge");
        InfusionVitals.Vitals post = readings.stream().filter(r -> "POST".equals(r.phase())).reduce((a, b) -> b).map(InfusionReading::vitals).orElse(null);
        if (post == null) {
            throw new BusinessRuleException("visit.postVitals", "Record post-infusion vitals first.");
        }
        List<String> unmet = InfusionVitals.unmetDischargeCriteria(baseline(), post, alertAndOriented, walksSteadily,
                escortPresent ? escortName : null, thresholds());
        if (!unmet.isEmpty()) {
            if (overridingPhysician == null) {
                throw new BusinessRuleException("visit.discharge", "Discharge criteria not met: " + String.join(" ", unmet)
                        + " A physician may override with a reason.");
            }
            if (blank(overrideReason) || overrideReason.strip().length() < 10) {
                throw new BusinessRuleException("visit.discharge.reason", "overrideReason", "The physician's override needs a reason (at least 10 characters).");
            }
            dischargeOverride = overridingPhysician + ": " + overrideReason.strip() + " (unmet: " + String.join(" ", unmet) + ")";
        }
        escortConfirmed = escortPresent;
        dischargedAt = at;
        status = Status.DISCHARGED;
        events.add(new InfusionEvent(at, "DISCHARGE", "Discharged with " + (escortPresent ? escortName : "no escort")
                + (dischargeOverride == null ? "" : "; override by " + dischargeOverride), by));
        return unmet;
    }

    public void sign(String nurse, Instant at) {
        requireStatus(Status.DISCHARGED, "sign");
        signedBy = nurse;
        signedAt = at;
        status = Status.SIGNED;
    }

    public void cosign(String physician, Instant at) {
        requireStatus(Status.SIGNED, "co-sign");
        if (physician.equalsIgnoreCase(signedBy)) {
            throw new BusinessRuleException("visit.cosign.self", "The co-signature must come from a physician other than the signer.");
        }
        cosignedBy = physician;
        cosignedAt = at;
        status = Status.COSIGNED;
    }

    public InfusionVitals.Vitals baseline() {
        return readings.stream().filter(r -> "BASELINE".equals(r.phase())).findFirst().map(InfusionReading::vitals).orElse(null);
    }

    private void requireOpen() {
        if (status == Status.SIGNED || status == Status.COSIGNED || status == Status.DISCHARGED) {
            throw new BusinessRuleException("visit.locked", "This visit is " + status.name().toLowerCase() + "; it can no longer change.");
        }
    }

    private void requireStatus(Status expected, String action) {
        if (status != expected) {
            throw new BusinessRuleException("visit.state", "Cannot " + action + " now: the visit is " + status.name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    private static String requireReason(String reason) {
        if (blank(reason) || reason.strip().length() < 3) {
            throw new BusinessRuleException("visit.reason", "reason", "Give the reason.");
        }
        return reason.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public UUID id() { return id; }
    public UUID appointmentId() { return appointmentId; }
    public UUID planId() { return planId; }
    public UUID patientId() { return patientId; }
    public Status status() { return status; }
    public boolean consentOnFile() { return consentOnFile; }
    public boolean contraindicationsReconfirmed() { return contraindicationsReconfirmed; }
    public Pregnancy pregnancy() { return pregnancy; }
    public String escortName() { return escortName; }
    public String escortPhone() { return escortPhone; }
    public boolean fasting() { return fasting; }
    public Integer baselineNrs() { return baselineNrs; }
    public String baselineConfirmedBy() { return baselineConfirmedBy; }
    public String baselineConfirmation() { return baselineConfirmation; }
    public BigDecimal weightKg() { return weightKg; }
    public LocalDate weighedOn() { return weighedOn; }
    public BigDecimal doseMgPerKgPerHour() { return doseMgPerKgPerHour; }
    public Integer plannedMinutes() { return plannedMinutes; }
    public BigDecimal bolusMg() { return bolusMg; }
    public BigDecimal rateMgPerHour() { return rateMgPerHour; }
    public BigDecimal totalMg() { return totalMg; }
    public BigDecimal concentrationMgPerMl() { return concentrationMgPerMl; }
    public BigDecimal pumpMlPerHour() { return pumpMlPerHour; }
    public String calculatedBy() { return calculatedBy; }
    public String doseConfirmedBy() { return doseConfirmedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public BigDecimal administeredMg() { return administeredMg; }
    public String earlyStopReason() { return earlyStopReason; }
    public Instant dischargedAt() { return dischargedAt; }
    public String dischargeOverride() { return dischargeOverride; }
    public boolean escortConfirmed() { return escortConfirmed; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
    public String cosignedBy() { return cosignedBy; }
    public Instant cosignedAt() { return cosignedAt; }
    public List<InfusionReading> readings() { return List.copyOf(readings); }
    public List<InfusionEvent> events() { return List.copyOf(events); }
}
