package com.clinicsuite.treatment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfusionVisitTest {

    private static final Instant T0 = Instant.parse("2026-11-21T17:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final InfusionVitals.Vitals NORMAL = new InfusionVitals.Vitals(120, 80, 70, 98, 14);
    private final ProtocolTemplate template = new ProtocolTemplate("SHORT-60", "Short 60", new BigDecimal("0.5"), 60, null,
            new ProtocolLimits(new BigDecimal("2"), new BigDecimal("0.35"), new BigDecimal("150")), 6, "test");
    private final KetamineComponent ketamine = KetamineComponent.iv(UUID.randomUUID(), "Dr A", template, null, null, null, null, 6, 2, 4, 4, 8, 6, null);

    private InfusionVisit ready() {
        InfusionVisit v = InfusionVisit.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        v.checklist(true, true, InfusionVisit.Pregnancy.NOT_APPLICABLE, "Luis", "(555) 210-3456", true, NORMAL, 7, "nurse", T0);
        v.calculateDose(ketamine, template.limits(), new BigDecimal("70"), TODAY, TODAY, new BigDecimal("1"), "nurse");
        v.confirmDose("physician");
        return v;
    }

    @Test
    void theDose_isWeightBased_andConfirmedBySomeoneElse() {
        InfusionVisit v = InfusionVisit.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        KetamineDose.Calculation dose = v.calculateDose(ketamine, template.limits(), new BigDecimal("70"), TODAY.minusDays(30), TODAY,
                new BigDecimal("2"), "nurse");
        // 0.5 mg/kg/h × 70 kg = 35 mg/h; × 1 h = 35 mg; 35 mg/h ÷ 2 mg/mL = 17.5 mL/h
        assertThat(dose.rateMgPerHour()).isEqualByComparingTo("35");
        assertThat(dose.totalMg()).isEqualByComparingTo("35");
        assertThat(dose.pumpRateMlPerHour()).isEqualByComparingTo("17.5");
        assertThatThrownBy(() -> v.calculateDose(ketamine, template.limits(), new BigDecimal("70"), TODAY.minusDays(31), TODAY, BigDecimal.ONE, "nurse"))
                .hasMessageContaining("within the last 30 days");
        assertThatThrownBy(() -> v.confirmDose("NURSE")).hasMessageContaining("A second clinician must confirm");
    }

    @Test
    void theInfusion_startsOnlyWithACompleteChecklist_andAHighBaselineNeedsAPhysician() {
        InfusionVisit v = InfusionVisit.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        v.checklist(false, true, null, "Luis", null, true, new InfusionVitals.Vitals(165, 95, 70, 98, 14), 7, "nurse", T0);
        assertThat(v.checklistGaps(InfusionVitals.Thresholds.CLINIC_DEFAULTS)).containsExactly("Ketamine consent on file and not revoked",
                "Pregnancy status", "Escort name and phone", "Physician confirmation of a baseline above 160/100",
                "Dose calculated and confirmed by a second clinician");
        assertThatThrownBy(() -> v.start(T0, "nurse")).hasMessageContaining("The infusion cannot start yet");
        v.confirmBaseline("physician", "Chronic hypertension, usual readings 160s");
        assertThat(v.checklistGaps(InfusionVitals.Thresholds.CLINIC_DEFAULTS)).doesNotContain("Physician confirmation of a baseline above 160/100");
    }

    @Test
    void theFlowsheet_flagsAlerts_tracksDueTimes_andCountsMinutesWithoutPauses() {
        InfusionVisit v = ready();
        v.start(T0, "nurse");
        assertThat(v.nextVitalsDue()).isEqualTo(T0.plusSeconds(15 * 60));
        assertThat(v.recordVitals(new InfusionVitals.Vitals(120, 80, 125, 98, 14), 2, 5, "nurse", T0.plusSeconds(600))).hasSize(1);
        assertThat(v.readings().get(1).alerts()).contains("Heart rate 125 is above 120");
        assertThat(v.nextVitalsDue()).isEqualTo(T0.plusSeconds(600 + 15 * 60));
        v.pause("Patient nauseated", "nurse", T0.plusSeconds(900));
        v.restart("Settled after ondansetron", "nurse", T0.plusSeconds(1500));
        assertThatThrownBy(() -> v.end(new BigDecimal("30"), null, "nurse", T0.plusSeconds(3000)))
                .hasMessageContaining("ran 40 of 60 planned minutes; give the reason");
        v.end(new BigDecimal("35"), null, "nurse", T0.plusSeconds(4200));
        assertThat(v.infusionMinutes()).isEqualTo(60);
    }

    @Test
    void discharge_needsTheCriteriaOrAPhysicianOverride_andSignaturesLockTheVisit() {
        InfusionVisit v = ready();
        v.start(T0, "nurse");
        v.end(new BigDecimal("35"), null, "nurse", T0.plusSeconds(3600));
        assertThatThrownBy(() -> v.discharge(true, true, true, null, null, "nurse", T0.plusSeconds(3700))).hasMessageContaining("post-infusion vitals");
        v.recordVitals(new InfusionVitals.Vitals(150, 80, 70, 98, 14), 0, 3, "nurse", T0.plusSeconds(3650));
        assertThatThrownBy(() -> v.discharge(true, true, true, null, null, "nurse", T0.plusSeconds(3700)))
                .hasMessageContaining("Systolic BP 150 is more than 20 % from the baseline 120");
        assertThatThrownBy(() -> v.discharge(true, true, true, "physician", "ok", "nurse", T0.plusSeconds(3700))).hasMessageContaining("needs a reason");
        v.discharge(true, true, true, "physician", "BP 150 is her usual; reviewed in person", "nurse", T0.plusSeconds(3700));
        assertThat(v.dischargeOverride()).startsWith("physician: BP 150 is her usual");
        v.sign("nurse", T0.plusSeconds(3800));
        assertThatThrownBy(() -> v.cosign("nurse", T0)).hasMessageContaining("other than the signer");
        v.cosign("physician", T0.plusSeconds(3900));
        assertThat(v.status()).isEqualTo(InfusionVisit.Status.COSIGNED);
        assertThatThrownBy(() -> v.rescue("Ondansetron", "4 mg", "IV", "nurse", T0)).hasMessageContaining("can no longer change");
    }
}
