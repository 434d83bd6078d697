package com.clinicsuite.treatment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring thresholds during a ketamine infusion (clinic defaults, DOMAIN.md §2) and the discharge criteria.
 * <ul>
 *   <li>Stop/hold: systolic &gt; 180 or diastolic &gt; 110; HR &gt; 120 or &lt; 50; SpO2 &lt; 92 %; RR &lt; 10.</li>
 *   <li>Before start, a baseline above 160/100 asks for a physician's confirmation.</li>
 *   <li>Discharge: vitals within 20 % of baseline, alert and oriented, walks steadily, escort present (named).</li>
 * </ul>
 */
public final class InfusionVitals {

    /** One set of vital signs; any value may be missing (null). */
    public record Vitals(Integer systolic, Integer diastolic, Integer heartRate, Integer spo2, Integer respiratoryRate) {
    }

    /** The clinic's thresholds (administrators may change them). */
    public record Thresholds(int maxSystolic, int maxDiastolic, int maxHeartRate, int minHeartRate, int minSpo2, int minRespiratoryRate,
                             int preStartSystolic, int preStartDiastolic, int dischargeTolerancePercent) {

        public static final Thresholds CLINIC_DEFAULTS = new Thresholds(180, 110, 120, 50, 92, 10, 160, 100, 20);
    }

    /** A value past a stop or hold threshold, with the recommended action. */
    public record Alert(String sign, String finding, String action) {
    }

    private InfusionVitals() {
    }

    /** Every stop/hold alert the reading raises. */
    public static List<Alert> alerts(Vitals v, Thresholds t) {
        List<Alert> alerts = new ArrayList<>();
        if ((v.systolic() != null && v.systolic() > t.maxSystolic()) || (v.diastolic() != null && v.diastolic() > t.maxDiastolic())) {
            alerts.add(new Alert("BP", "Blood pressure " + v.systolic() + "/" + v.diastolic() + " is above " + t.maxSystolic() + "/" + t.maxDiastolic(),
                    "Stop or hold the infusion, recheck in 5 minutes, notify the physician (consider clonidine or labetalol per order)."));
        }
        if (v.heartRate() != null && v.heartRate() > t.maxHeartRate()) {
            alerts.add(new Alert("HR", "Heart rate " + v.heartRate() + " is above " + t.maxHeartRate(),
                    "Hold the infusion, recheck in 5 minutes, notify the physician."));
        }
        if (v.heartRate() != null && v.heartRate() < t.minHeartRate()) {
            alerts.add(new Alert("HR", "Heart rate " + v.heartRate() + " is below " + t.minHeartRate(),
                    "Hold the infusion, assess the patient, notify the physician."));
        }
        if (v.spo2() != null && v.spo2() < t.minSpo2()) {
            alerts.add(new Alert("SpO2", "SpO2 " + v.spo2() + " % is below " + t.minSpo2() + " %",
                    "Stop the infusion, stimulate the patient, give oxygen, notify the physician."));
        }
        if (v.respiratoryRate() != null && v.respiratoryRate() < t.minRespiratoryRate()) {
            alerts.add(new Alert("RR", "Respiratory rate " + v.respiratoryRate() + " is below " + t.minRespiratoryRate(),
                    "Stop the infusion, stimulate the patient, support the airway, notify the physician."));
        }
        return alerts;
    }

    /** True when a baseline above 160/100 needs a physician's confirmation before the infusion starts. */
    public static boolean baselineNeedsConfirmation(Vitals baseline, Thresholds t) {
        return (baseline.systolic() != null && baseline.systolic() > t.preStartSystolic())
                || (baseline.diastolic() != null && baseline.diastolic() > t.preStartDiastolic());
    }

    /**
     * The discharge criteria not met yet; empty when the patient may go home.
     *
     * @param escortName the escort's name, confirmed at discharge
     */
    public static List<String> unmetDischargeCriteria(Vitals baseline, Vitals now, boolean alertAndOriented, boolean walksSteadily,
                                                      String escortName, Thresholds t) {
        List<String> unmet = new ArrayList<>();
        within(unmet, "Systolic BP", baseline.systolic(), now.systolic(), t);
        within(unmet, "Diastolic BP", baseline.diastolic(), now.diastolic(), t);
        within(unmet, "Heart rate", baseline.heartRate(), now.heartRate(), t);
        within(unmet, "SpO2", baseline.spo2(), now.spo2(), t);
        within(unmet, "Respiratory rate", baseline.respiratoryRate(), now.respiratoryRate(), t);
        if (!alertAndOriented) {
            unmet.add("The patient is not yet alert and oriented.");
        }
        if (!walksSteadily) {
            unmet.add("The patient does not yet walk steadily.");
        }
        if (escortName == null || escortName.isBlank()) {
            unmet.add("No escort is present (record the escort's name).");
        }
        return unmet;
    }

    private static void within(List<String> unmet, String sign, Integer baseline, Integer now, Thresholds t) {
        if (baseline == null || now == null) {
            unmet.add(sign + ": a baseline and a post-infusion value are needed.");
            return;
        }
        BigDecimal limit = BigDecimal.valueOf(baseline).multiply(BigDecimal.valueOf(t.dischargeTolerancePercent()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (BigDecimal.valueOf(Math.abs(now - baseline)).compareTo(limit) > 0) {
            unmet.add(sign + " " + now + " is more than " + t.dischargeTolerancePercent() + " % from the baseline " + baseline + ".");
        }
    }
}
