package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.patients.domain.assessment.MorphineEquivalents.OpioidDose;
import com.clinicsuite.patients.domain.assessment.Opioid;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A current medication. For an opioid, {@code opioid} names it so that its daily MME can be computed from
 * strength × units per day × the CDC factor.
 */
@Embeddable
public class Medication {

    @Column(name = "drug", nullable = false, length = 100)
    private String drug;

    @Enumerated(EnumType.STRING)
    @Column(name = "opioid", length = 30)
    private Opioid opioid;

    @Column(name = "strength", nullable = false, precision = 10, scale = 3)
    private BigDecimal strength;

    @Column(name = "unit", nullable = false, length = 20)
    private String unit;

    @Column(name = "route", nullable = false, length = 30)
    private String route;

    @Column(name = "frequency", nullable = false, length = 60)
    private String frequency;

    @Column(name = "units_per_day", nullable = false, precision = 8, scale = 3)
    private BigDecimal unitsPerDay;

    @Column(name = "prescriber", length = 100)
    private String prescriber;

    protected Medication() {
        // for JPA
    }

    public Medication(String drug, Opioid opioid, BigDecimal strength, String unit, String route, String frequency,
                      BigDecimal unitsPerDay, String prescriber) {
        this.drug = drug;
        this.opioid = opioid;
        this.strength = strength;
        this.unit = unit;
        this.route = route;
        this.frequency = frequency;
        this.unitsPerDay = unitsPerDay;
        this.prescriber = prescriber;
    }

    /** The dose for the MME sum, when this is an opioid. */
    public Optional<OpioidDose> opioidDose() {
        return opioid == null ? Optional.empty() : Optional.of(new OpioidDose(opioid, strength, unitsPerDay));
    }

    public String drug() { return drug; }
    public Opioid opioid() { return opioid; }
    public BigDecimal strength() { return strength; }
    public String unit() { return unit; }
    public String route() { return route; }
    public String frequency() { return frequency; }
    public BigDecimal unitsPerDay() { return unitsPerDay; }
    public String prescriber() { return prescriber; }
}
