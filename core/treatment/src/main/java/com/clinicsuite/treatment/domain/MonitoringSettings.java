package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The clinic's infusion monitoring thresholds (one row), within safe ranges; the shipped values are DOMAIN.md's defaults. */
@Entity
@Table(name = "monitoring_settings")
public class MonitoringSettings extends AuditedEntity {

    @Id
    private Integer id;
    @Column(name = "max_systolic", nullable = false)
    private int maxSystolic;
    @Column(name = "max_diastolic", nullable = false)
    private int maxDiastolic;
    @Column(name = "max_heart_rate", nullable = false)
    private int maxHeartRate;
    @Column(name = "min_heart_rate", nullable = false)
    private int minHeartRate;
    @Column(name = "min_spo2", nullable = false)
    private int minSpo2;
    @Column(name = "min_respiratory_rate", nullable = false)
    private int minRespiratoryRate;
    @Column(name = "pre_start_systolic", nullable = false)
    private int preStartSystolic;
    @Column(name = "pre_start_diastolic", nullable = false)
    private int preStartDiastolic;
    @Column(name = "discharge_tolerance_percent", nullable = false)
    private int dischargeTolerancePercent;

    protected MonitoringSettings() {
        // for JPA
    }

    public InfusionVitals.Thresholds thresholds() {
        return new InfusionVitals.Thresholds(maxSystolic, maxDiastolic, maxHeartRate, minHeartRate, minSpo2, minRespiratoryRate, preStartSystolic,
                preStartDiastolic, dischargeTolerancePercent);
    }

    /** Changes the thresholds; each must lie in its safe range, and the pre-start limits below the stop limits. */
    public void revise(InfusionVitals.Thresholds t) {
        range(t.maxSystolic(), 120, 250, "maxSystolic", "Stop above systolic");
        range(t.maxDiastolic(), 70, 150, "maxDiastolic", "Stop above diastolic");
        range(t.maxHeartRate(), 90, 180, "maxHeartRate", "Stop above heart rate");
        range(t.minHeartRate(), 30, 70, "minHeartRate", "Stop below heart rate");
        range(t.minSpo2(), 85, 98, "minSpo2", "Stop below SpO2");
        range(t.minRespiratoryRate(), 6, 14, "minRespiratoryRate", "Stop below respiratory rate");
        range(t.preStartSystolic(), 120, 220, "preStartSystolic", "Do not start above systolic");
        range(t.preStartDiastolic(), 70, 130, "preStartDiastolic", "Do not start above diastolic");
        range(t.dischargeTolerancePercent(), 5, 50, "dischargeTolerancePercent", "Discharge tolerance");
        if (t.preStartSystolic() > t.maxSystolic() || t.preStartDiastolic() > t.maxDiastolic()) {
            throw new BusinessRuleException("thresholds.preStart", "preStartSystolic", "The pre-start limits must not be above the stop limits.");
        }
        maxSystolic = t.maxSystolic();
        maxDiastolic = t.maxDiastolic();
        maxHeartRate = t.maxHeartRate();
        minHeartRate = t.minHeartRate();
        minSpo2 = t.minSpo2();
        minRespiratoryRate = t.minRespiratoryRate();
        preStartSystolic = t.preStartSystolic();
        preStartDiastolic = t.preStartDiastolic();
        dischargeTolerancePercent = t.dischargeTolerancePercent();
    }

    private static void range(int value, int min, int max, String field, String label) {
        if (value < min || value > max) {
            throw new BusinessRuleException("thresholds." + field, field, label + " must be between " + min + " and " + max + ".");
        }
    }
}
