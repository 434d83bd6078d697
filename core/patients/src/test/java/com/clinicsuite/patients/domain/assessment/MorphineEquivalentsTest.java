package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.patients.domain.assessment.MorphineEquivalents.Level;
import com.clinicsuite.patients.domain.assessment.MorphineEquivalents.OpioidDose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MorphineEquivalentsTest {

    private static OpioidDose dose(Opioid opioid, String strength, String perDay) {
        return new OpioidDose(opioid, new BigDecimal(strength), new BigDecimal(perDay));
    }

    @ParameterizedTest(name = "{0} {1} × {2}/day = {3} MME")
    @CsvSource({
            "CODEINE, 30, 4, 18.0",
            "FENTANYL_TRANSDERMAL, 25, 1, 60.0",   // 25 mcg/h patch × 2.4
            "FENTANYL_TRANSDERMAL, 12, 2, 57.6",   // two 12 mcg/h patches worn together
            "HYDROCODONE, 10, 4, 40.0",
            "HYDROMORPHONE, 4, 4, 80.0",
            "METHADONE, 10, 3, 141.0",             // 30 mg/day × 4.7
            "MORPHINE, 30, 2, 60.0",
            "OXYCODONE, 10, 4, 60.0",
            "OXYMORPHONE, 10, 2, 60.0",
            "TAPENTADOL, 100, 2, 80.0",
            "TRAMADOL, 50, 4, 40.0"})
    void eachOpioid_shouldUseItsCdcFactor(Opioid opioid, String strength, String perDay, String expected) {
        assertThat(MorphineEquivalents.dailyTotal(List.of(dose(opioid, strength, perDay)))).isEqualByComparingTo(expected);
    }

    @Test
    void dailyTotal_shouldSumEveryOpioid() {
        BigDecimal total = MorphineEquivalents.dailyTotal(List.of(
                dose(Opioid.OXYCODONE, "10", "4"), dose(Opioid.TRAMADOL, "50", "2")));
        assertThat(total).isEqualByComparingTo("80.0");
        assertThat(MorphineEquivalents.level(total)).isEqualTo(Level.AT_LEAST_50);
        assertThat(MorphineEquivalents.dailyTotal(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void level_shouldFlagAt50AndAt90() {
        assertThat(MorphineEquivalents.level(new BigDecimal("49.9"))).isEqualTo(Level.BELOW_50);
        assertThat(MorphineEquivalents.level(new BigDecimal("50"))).isEqualTo(Level.AT_LEAST_50);
        assertThat(MorphineEquivalents.level(new BigDecimal("89.9"))).isEqualTo(Level.AT_LEAST_50);
        assertThat(MorphineEquivalents.level(new BigDecimal("90"))).isEqualTo(Level.AT_LEAST_90);
        assertThat(MorphineEquivalents.level(new BigDecimal("141.0"))).isEqualTo(Level.AT_LEAST_90);
    }

    @Test
    void theNotForConversionNote_shouldSayWhatTheCdcSays() {
        assertThat(MorphineEquivalents.NOT_FOR_CONVERSION).contains("not for converting one opioid into another");
    }

    @Test
    void aDose_shouldRefuseZeroOrNegativeAmounts() {
        assertThatThrownBy(() -> dose(Opioid.MORPHINE, "0", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dose(Opioid.MORPHINE, "10", "-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
