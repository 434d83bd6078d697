package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Baseline vitals and weight with the date measured; each value must be physiologically plausible. */
@Embeddable
public class Vitals {

    @Column(name = "systolic")
    private Integer systolic;

    @Column(name = "diastolic")
    private Integer diastolic;

    @Column(name = "heart_rate")
    private Integer heartRate;

    @Column(name = "spo2")
    private Integer spo2;

    @Column(name = "respiratory_rate")
    private Integer respiratoryRate;

    @Column(name = "weight_kg", precision = 5, scale = 1)
    private BigDecimal weightKg;

    @Column(name = "vitals_measured_on")
    private LocalDate measuredOn;

    protected Vitals() {
        // for JPA
    }

    /**
     * @throws BusinessRuleException naming the first implausible value
     */
    public Vitals(int systolic, int diastolic, int heartRate, int spo2, int respiratoryRate, BigDecimal weightKg,
                  LocalDate measuredOn, LocalDate today) {
        range(systolic, 50, 300, "systolic", "Systolic blood pressure");
        range(diastolic, 20, 200, "diastolic", "Diastolic blood pressure");
        if (diastolic >= systolic) {
            throw new BusinessRuleException("vitals.bp.order", "diastolic", "Diastolic pressure must be below systolic.");
        }
        range(heartRate, 20, 250, "heartRate", "Heart rate");
        range(spo2, 50, 100, "spo2", "SpO2");
        range(respiratoryRate, 4, 60, "respiratoryRate", "Respiratory rate");
        if (weightKg == null || weightKg.compareTo(BigDecimal.valueOf(2)) < 0 || weightKg.compareTo(BigDecimal.valueOf(400)) > 0) {
            throw new BusinessRuleException("vitals.weight.range", "weightKg", "Weight must be between 2 and 400 kg.");
        }
        if (measuredOn == null || measuredOn.isAfter(today)) {
            throw new BusinessRuleException("vitals.date", "measuredOn", "Give the date measured; it cannot be in the future.");
        }
        this.systolic = systolic;
        this.diastolic = diastolic;
        this.heartRate = heartRate;
        this.spo2 = spo2;
        this.respiratoryRate = respiratoryRate;
        this.weightKg = weightKg;
        this.measuredOn = measuredOn;
    }

    private static void range(int value, int min, int max, String field, String label) {
        if (value < min || value > max) {
            throw new BusinessRuleException("vitals." + field + ".range", field,
                    label + " must be between " + min + " and " + max + "; " + value + " is not plausible.");
        }
    }

    public Integer systolic() { return systolic; }
    public Integer diastolic() { return diastolic; }
    public Integer heartRate() { return heartRate; }
    public Integer spo2() { return spo2; }
    public Integer respiratoryRate() { return respiratoryRate; }
    public BigDecimal weightKg() { return weightKg; }
    public LocalDate measuredOn() { return measuredOn; }
}
