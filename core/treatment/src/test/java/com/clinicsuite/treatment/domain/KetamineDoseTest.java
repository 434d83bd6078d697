package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KetamineDoseTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 11, 21);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void rateTotalAndPumpRate_followTheDomainFormulas() {
        // 0.5 mg/kg/h × 80 kg = 40 mg/h; 40 mg/h × 1 h = 40 mg; 40 mg/h ÷ 1 mg/mL = 40 mL/h
        KetamineDose.Calculation c = KetamineDose.calculate(d("0.5"), 60, null, d("80"), VISIT, VISIT, d("1"), ProtocolLimits.CLINIC_DEFAULTS);
        assertThat(c.rateMgPerHour()).isEqualByComparingTo("40.0");
        assertThat(c.totalMg()).isEqualByComparingTo("40.0");
        assertThat(c.pumpRateMlPerHour()).isEqualByComparingTo("40.0");
        assertThat(c.needsJustification()).isFalse();
    }

    @Test
    void theCrpsProtocol_0_35mgPerKgPerHourOver4Hours() {
        // 0.35 × 70 kg = 24.5 mg/h; × 4 h = 98 mg (≥ 80 mg over > 2 h, as the guideline favours)
        KetamineDose.Calculation c = KetamineDose.calculate(d("0.35"), 240, null, d("70"), VISIT.minusDays(30), VISIT, d("2"),
                ProtocolLimits.CLINIC_DEFAULTS);
        assertThat(c.rateMgPerHour()).isEqualByComparingTo("24.5");
        assertThat(c.totalMg()).isEqualByComparingTo("98.0");
        assertThat(c.pumpRateMlPerHour()).isEqualByComparingTo("12.3");
    }

    @Test
    void theShortProtocol_0_5mgPerKgOver40Minutes_isARateOf0_75() {
        KetamineDose.Calculation c = KetamineDose.calculate(d("0.75"), 40, null, d("60"), VISIT, VISIT, null, ProtocolLimits.CLINIC_DEFAULTS);
        assertThat(c.totalMg()).isEqualByComparingTo("30.0"); // 0.5 mg/kg × 60 kg
        assertThat(c.pumpRateMlPerHour()).isNull();
    }

    @Test
    void aBolus_isAddedToTheTotal() {
        KetamineDose.Calculation c = KetamineDose.calculate(d("1"), 60, d("0.35"), d("100"), VISIT, VISIT, null, ProtocolLimits.CLINIC_DEFAULTS);
        assertThat(c.bolusMg()).isEqualByComparingTo("35.0");
        assertThat(c.totalMg()).isEqualByComparingTo("135.0");
    }

    @Test
    void aDoseAboveTheLimits_needsAPhysiciansJustification() {
        ProtocolLimits limits = new ProtocolLimits(d("2"), d("0.35"), d("150"));
        KetamineDose.Calculation c = KetamineDose.calculate(d("2.5"), 60, d("0.5"), d("80"), VISIT, VISIT, null, limits);
        assertThat(c.exceededLimits()).containsExactly(
                "rate 2.5 mg/kg/h is above the limit of 2 mg/kg/h",
                "bolus 0.5 mg/kg is above the limit of 0.35 mg/kg",
                "total 240.0 mg is above the session limit of 150 mg");
        assertThatThrownBy(() -> KetamineDose.requireJustified(c, " ")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("A physician must write a justification");
        assertThatCode(() -> KetamineDose.requireJustified(c, "Tolerated 2.5 mg/kg/h at the academic center in 2025"))
                .doesNotThrowAnyException();
    }

    @Test
    void atTheLimit_isAllowed() {
        KetamineDose.Calculation c = KetamineDose.calculate(d("2"), 60, d("0.35"), d("80"), VISIT, VISIT, null, ProtocolLimits.CLINIC_DEFAULTS);
        assertThat(c.needsJustification()).isFalse();
    }

    @Test
    void theWeight_mustBeAtMost30DaysOld() {
        assertThatThrownBy(() -> KetamineDose.calculate(d("0.5"), 60, null, d("80"), VISIT.minusDays(31), VISIT, null, ProtocolLimits.CLINIC_DEFAULTS))
                .hasMessageContaining("within the last 30 days");
        assertThatThrownBy(() -> KetamineDose.calculate(d("0.5"), 60, null, null, VISIT, VISIT, null, ProtocolLimits.CLINIC_DEFAULTS))
                .hasMessageContaining("current weight");
        assertThatThrownBy(() -> KetamineDose.calculate(d("0.5"), 60, null, d("80"), VISIT, VISIT, d("0"), ProtocolLimits.CLINIC_DEFAULTS))
                .hasMessageContaining("concentration");
    }
}
