package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The ketamine part of a plan. IV: a protocol from the clinic's templates with the prescribed dose, an induction
 * series (sessions and spacing) and a maintenance phase (booster interval and maximum). Oral: a prescription
 * record (dose, quantity, refills, prescriber's DEA number; DOMAIN.md §2).
 */
@Embeddable
public class KetamineComponent {

    /** How ketamine is given. */
    public enum Route { IV, ORAL }

    @Column(name = "k_clinician_id")
    private UUID clinicianId;
    @Column(name = "k_clinician_name")
    private String clinicianName;
    @Enumerated(EnumType.STRING)
    @Column(name = "k_route")
    private Route route;
    @Column(name = "k_protocol_code")
    private String protocolCode;
    @Column(name = "k_protocol_name")
    private String protocolName;
    @Column(name = "k_dose_mg_per_kg_h")
    private BigDecimal doseMgPerKgPerHour;
    @Column(name = "k_duration_minutes")
    private Integer durationMinutes;
    @Column(name = "k_bolus_mg_per_kg")
    private BigDecimal bolusMgPerKg;
    @Column(name = "k_exceeded")
    private String exceededLimits;
    @Column(name = "k_justification")
    private String justification;
    @Column(name = "k_induction_sessions")
    private Integer inductionSessions;
    @Column(name = "k_min_gap_days")
    private Integer minGapDays;
    @Column(name = "k_max_gap_days")
    private Integer maxGapDays;
    @Column(name = "k_booster_min_weeks")
    private Integer boosterMinWeeks;
    @Column(name = "k_booster_max_weeks")
    private Integer boosterMaxWeeks;
    @Column(name = "k_max_boosters")
    private Integer maxBoosters;
    @Column(name = "k_oral_dose_mg")
    private BigDecimal oralDoseMg;
    @Column(name = "k_oral_directions")
    private String oralDirections;
    @Column(name = "k_oral_quantity")
    private Integer oralQuantity;
    @Column(name = "k_oral_refills")
    private Integer oralRefills;
    @Column(name = "k_prescriber_dea")
    private String prescriberDea;

    protected KetamineComponent() {
        // for JPA
    }

    /**
     * An IV ketamine component. A dose above the template's limits needs a written justification.
     *
     * @param weightKg the intake weight, for the session-total check; null when unknown (checked at the visit)
     */
    public static KetamineComponent iv(UUID clinicianId, String clinicianName, ProtocolTemplate protocol, BigDecimal dose,
                                       Integer minutes, BigDecimal bolus, String justification, int sessions, int minGapDays,
                                       int maxGapDays, int boosterMinWeeks, int boosterMaxWeeks, int maxBoosters, BigDecimal weightKg) {
        KetamineComponent k = clinician(clinicianId, clinicianName);
        if (protocol == null || !protocol.isActive()) {
            throw new BusinessRuleException("plan.ketamine.protocol", "protocol", "Choose a protocol from the clinic's templates.");
        }
        k.route = Route.IV;
        k.protocolCode = protocol.code();
        k.protocolName = protocol.name();
        k.doseMgPerKgPerHour = dose == null ? protocol.doseMgPerKgPerHour() : dose;
        k.durationMinutes = minutes == null ? protocol.durationMinutes() : minutes;
        k.bolusMgPerKg = bolus == null ? protocol.bolusMgPerKg() : (bolus.signum() == 0 ? null : bolus);
        if (k.doseMgPerKgPerHour.signum() <= 0 || k.durationMinutes < 10 || k.durationMinutes > 600) {
            throw new BusinessRuleException("plan.ketamine.dose", "dose", "The dose must be above 0 mg/kg/h and the duration 10–600 minutes.");
        }
        BigDecimal total = weightKg == null ? null : k.doseMgPerKgPerHour.multiply(weightKg)
                .multiply(BigDecimal.valueOf(k.durationMinutes)).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
                .add(k.bolusMgPerKg == null ? BigDecimal.ZERO : k.bolusMgPerKg.multiply(weightKg)).setScale(1, java.math.RoundingMode.HALF_UP);
        List<String> exceeded = KetamineDose.exceededLimits(k.doseMgPerKgPerHour, k.bolusMgPerKg, total, protocol.limits());
        if (!exceeded.isEmpty() && (justification == null || justification.strip().length() < 10)) {
            throw new BusinessRuleException("plan.ketamine.justification", "justification", "The dose exceeds the protocol: "
                    + String.join("; ", exceeded) + ". A physician must write a justification (at least 10 characters).");
        }
        k.exceededLimits = exceeded.isEmpty() ? null : String.join("; ", exceeded);
        k.justification = exceeded.isEmpty() ? null : justification.strip();
        if (sessions < 1 || sessions > 20) {
            throw new BusinessRuleException("plan.ketamine.sessions", "sessions", "The induction series needs 1–20 sessions.");
        }
        if (minGapDays < 1 || maxGapDays < minGapDays || maxGapDays > 14) {
            throw new BusinessRuleException("plan.ketamine.spacing", "minGapDays", "Spacing: at least 1 day between sessions, and the maximum (up to 14 days) not below the minimum.");
        }
        if (boosterMinWeeks < 1 || boosterMaxWeeks < boosterMinWeeks || boosterMaxWeeks > 26 || maxBoosters < 0 || maxBoosters > 26) {
            throw new BusinessRuleException("plan.ketamine.maintenance", "boosterMinWeeks", "Boosters: every 1–26 weeks, the maximum interval not below the minimum, and at most 26 boosters.");
        }
        k.inductionSessions = sessions;
        k.minGapDays = minGapDays;
        k.maxGapDays = maxGapDays;
        k.boosterMinWeeks = boosterMinWeeks;
        k.boosterMaxWeeks = boosterMaxWeeks;
        k.maxBoosters = maxBoosters;
        return k;
    }

    /** Oral ketamine, recorded as a prescription (electronic prescribing is out of scope). */
    public static KetamineComponent oral(UUID clinicianId, String clinicianName, BigDecimal doseMg, String directions, int quantity,
                                         int refills, String dea) {
        KetamineComponent k = clinician(clinicianId, clinicianName);
        if (doseMg == null || doseMg.signum() <= 0) {
            throw new BusinessRuleException("plan.oral.dose", "oralDoseMg", "Give the dose in mg.");
        }
        if (directions == null || directions.isBlank()) {
            throw new BusinessRuleException("plan.oral.directions", "oralDirections", "Give the directions, e.g. \"1 tablet by mouth twice daily\".");
        }
        if (quantity < 1 || quantity > 1000 || refills < 0 || refills > 5) {
            throw new BusinessRuleException("plan.oral.quantity", "oralQuantity", "Quantity 1–1000; refills 0–5 (Schedule III: at most 5).");
        }
        if (dea == null || !dea.strip().toUpperCase().matches("[A-Z]{2}\\d{7}")) {
            throw new BusinessRuleException("plan.oral.dea", "prescriberDea", "The prescriber's DEA number is 2 letters and 7 digits.");
        }
        k.route = Route.ORAL;
        k.oralDoseMg = doseMg;
        k.oralDirections = directions.strip();
        k.oralQuantity = quantity;
        k.oralRefills = refills;
        k.prescriberDea = dea.strip().toUpperCase();
        return k;
    }

    private static KetamineComponent clinician(UUID id, String name) {
        if (id == null) {
            throw new BusinessRuleException("plan.clinician", "clinician", "Choose the clinician responsible for this component.");
        }
        KetamineComponent k = new KetamineComponent();
        k.clinicianId = id;
        k.clinicianName = name;
        return k;
    }

    /** One line for the plan's history. */
    public String summary() {
        return route == Route.IV
                ? "IV " + protocolName + ": " + doseMgPerKgPerHour.stripTrailingZeros().toPlainString() + " mg/kg/h × " + durationMinutes
                + " min" + (bolusMgPerKg == null ? "" : " + bolus " + bolusMgPerKg.stripTrailingZeros().toPlainString() + " mg/kg")
                + "; induction " + inductionSessions + " sessions every " + minGapDays + "–" + maxGapDays + " days; boosters every "
                + boosterMinWeeks + "–" + boosterMaxWeeks + " weeks, at most " + maxBoosters
                : "Oral ketamine " + oralDoseMg.stripTrailingZeros().toPlainString() + " mg, " + oralDirections + ", qty " + oralQuantity
                + ", refills " + oralRefills;
    }

    public UUID clinicianId() { return clinicianId; }
    public String clinicianName() { return clinicianName; }
    public Route route() { return route; }
    public String protocolCode() { return protocolCode; }
    public String protocolName() { return protocolName; }
    public BigDecimal doseMgPerKgPerHour() { return doseMgPerKgPerHour; }
    public Integer durationMinutes() { return durationMinutes; }
    public BigDecimal bolusMgPerKg() { return bolusMgPerKg; }
    public String exceededLimits() { return exceededLimits; }
    public String justification() { return justification; }
    public Integer inductionSessions() { return inductionSessions; }
    public Integer minGapDays() { return minGapDays; }
    public Integer maxGapDays() { return maxGapDays; }
    public Integer boosterMinWeeks() { return boosterMinWeeks; }
    public Integer boosterMaxWeeks() { return boosterMaxWeeks; }
    public Integer maxBoosters() { return maxBoosters; }
    public BigDecimal oralDoseMg() { return oralDoseMg; }
    public String oralDirections() { return oralDirections; }
    public Integer oralQuantity() { return oralQuantity; }
    public Integer oralRefills() { return oralRefills; }
    public String prescriberDea() { return prescriberDea; }
}
