package com.clinicsuite.treatment.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The visit rules of DOMAIN.md §2 and §5 at their boundaries. */
class VisitRulesTest {

    private static final InfusionVitals.Thresholds T = InfusionVitals.Thresholds.CLINIC_DEFAULTS;

    @ParameterizedTest(name = "{0} timed minutes → {1} units (Medicare)")
    @CsvSource({"0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5"})
    void medicareTotals_followTheTable(int minutes, int units) {
        assertThat(TimedUnits.medicareTotal(minutes)).isEqualTo(units);
    }

    @Test
    void medicare_allocatesRemainingUnitsToTheCodesWithTheMostLeftoverMinutes() {
        // 33 min exercise + 7 min manual therapy = 40 min → 3 units: 2 for 97110 (3 left over), 1 for 97140 (7 left over)
        Map<String, Integer> units = TimedUnits.units(TimedUnits.Rule.MEDICARE_8_MINUTE,
                List.of(new TimedUnits.Minutes("97110", 33), new TimedUnits.Minutes("97140", 7)));
        assertThat(units).containsExactly(Map.entry("97110", 2), Map.entry("97140", 1));
        // 7 + 7 min on two codes = 14 min → 1 unit, to one code only
        assertThat(TimedUnits.units(TimedUnits.Rule.MEDICARE_8_MINUTE,
                List.of(new TimedUnits.Minutes("97110", 7), new TimedUnits.Minutes("97112", 7))).values()).containsExactly(1, 0);
    }

    @Test
    void amaRuleOfEights_countsEachCodeOnItsOwn() {
        Map<String, Integer> units = TimedUnits.units(TimedUnits.Rule.AMA_RULE_OF_EIGHTS,
                List.of(new TimedUnits.Minutes("97110", 33), new TimedUnits.Minutes("97140", 7), new TimedUnits.Minutes("97530", 23)));
        // 33 → 2 (remainder 3), 7 → 0, 23 → 2 (remainder 8)
        assertThat(units).containsExactly(Map.entry("97110", 2), Map.entry("97140", 0), Map.entry("97530", 2));
        // the same 40 minutes as the Medicare example: 2 units under AMA (7 minutes alone earn nothing)
        assertThat(TimedUnits.units(TimedUnits.Rule.AMA_RULE_OF_EIGHTS,
                List.of(new TimedUnits.Minutes("97110", 33), new TimedUnits.Minutes("97140", 7))).values()).containsExactly(2, 0);
    }

    @ParameterizedTest(name = "{0} min → {1}")
    @CsvSource({"15,''", "16,90832", "37,90832", "38,90834", "52,90834", "53,90837", "90,90837"})
    void psychotherapyCode_changesAtEachBoundary(int minutes, String code) {
        assertThat(PsychotherapyCode.forMinutes(minutes).orElse("")).isEqualTo(code);
    }

    @Test
    void anIntakeEvaluation_is90791_whateverItsLength() {
        assertThat(PsychotherapyCode.forSession(true, 10)).contains("90791");
        assertThat(PsychotherapyCode.forSession(false, 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}, HR {2}, SpO2 {3}, RR {4} → {5}")
    @CsvSource({
            "180,110,120,92,10,''",
            "181,80,80,98,14,BP", "120,111,80,98,14,BP",
            "120,80,121,98,14,HR", "120,80,49,98,14,HR", "120,80,50,98,14,''",
            "120,80,80,91,14,SpO2", "120,80,80,98,9,RR"})
    void everyStopThreshold_raisesItsAlert_andNotOneBelow(int sys, int dia, int hr, int spo2, int rr, String sign) {
        List<InfusionVitals.Alert> alerts = InfusionVitals.alerts(new InfusionVitals.Vitals(sys, dia, hr, spo2, rr), T);
        if (sign.isEmpty()) {
            assertThat(alerts).isEmpty();
        } else {
            assertThat(alerts).extracting(InfusionVitals.Alert::sign).containsExactly(sign);
            assertThat(alerts.get(0).action()).contains("notify the physician");
        }
    }

    @Test
    void aBaselineAbove160Over100_needsAPhysiciansConfirmation() {
        assertThat(InfusionVitals.baselineNeedsConfirmation(new InfusionVitals.Vitals(160, 100, 80, 98, 14), T)).isFalse();
        assertThat(InfusionVitals.baselineNeedsConfirmation(new InfusionVitals.Vitals(161, 90, 80, 98, 14), T)).isTrue();
        assertThat(InfusionVitals.baselineNeedsConfirmation(new InfusionVitals.Vitals(150, 101, 80, 98, 14), T)).isTrue();
    }

    @Test
    void discharge_needsVitalsWithin20PercentOfBaseline_orientation_steadiness_andAnEscort() {
        InfusionVitals.Vitals baseline = new InfusionVitals.Vitals(120, 80, 70, 98, 14);
        assertThat(InfusionVitals.unmetDischargeCriteria(baseline, new InfusionVitals.Vitals(144, 96, 84, 98, 14), true, true, "Luis", T)).isEmpty();
        List<String> unmet = InfusionVitals.unmetDischargeCriteria(baseline, new InfusionVitals.Vitals(145, 80, 70, 98, 14), false, false, " ", T);
        assertThat(unmet).hasSize(4);
        assertThat(unmet.get(0)).isEqualTo("Systolic BP 145 is more than 20 % from the baseline 120.");
        assertThat(unmet).contains("The patient is not yet alert and oriented.", "No escort is present (record the escort's name).");
    }
}
