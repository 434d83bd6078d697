package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreatmentPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-21T17:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Eligibility ELIGIBLE = new Eligibility(List.of());
    private final ProtocolTemplate shortProtocol = new ProtocolTemplate("SHORT-60", "Short 60", new BigDecimal("0.5"), 60, null,
            new ProtocolLimits(new BigDecimal("2"), new BigDecimal("0.35"), new BigDecimal("150")), 6, "test");

    private TreatmentPlan planWithKetamine(int sessions) {
        TreatmentPlan p = TreatmentPlan.draft(UUID.randomUUID(), "physician", NOW);
        p.setIndications(List.of(new PlanIndication("G90.512", "CRPS I of left upper limb")), "physician", NOW);
        p.setKetamine(KetamineComponent.iv(UUID.randomUUID(), "Dr A", shortProtocol, null, null, null, null, sessions, 2, 4, 4, 8, 6,
                new BigDecimal("70")), "physician", NOW);
        return p;
    }

    @Test
    void aDraftBecomesActiveOnlyWhenSigned_andEveryRefusalSaysWhy() {
        TreatmentPlan p = TreatmentPlan.draft(UUID.randomUUID(), "physician", NOW);
        assertThatThrownBy(() -> p.activate(new Eligibility(List.of("The intake has no pain diagnosis yet.")), 8, "physician", NOW))
                .hasMessageContaining("The intake has no pain diagnosis yet.")
                .hasMessageContaining("Add at least one component")
                .hasMessageContaining("at least one indication");
        assertThat(p.status()).isEqualTo(TreatmentPlan.Status.DRAFT);

        TreatmentPlan k = planWithKetamine(6);
        assertThatThrownBy(() -> k.activate(ELIGIBLE, null, "physician", NOW)).hasMessageContaining("baseline pain NRS");
        k.activate(ELIGIBLE, 8, "physician", NOW);
        assertThat(k.status()).isEqualTo(TreatmentPlan.Status.ACTIVE);
        assertThat(k.planVersion()).isEqualTo(1);
        assertThatThrownBy(() -> k.activate(ELIGIBLE, 8, "physician", NOW)).hasMessageContaining("Only a draft can be signed");
    }

    @Test
    void draftEditsKeepVersionZero_butChangesToASignedPlanMakeNewVersions() {
        TreatmentPlan p = planWithKetamine(6);
        p.setGoals(30, 25, "ODI < 30", null, "physician", NOW);
        assertThat(p.planVersion()).isZero();
        p.activate(ELIGIBLE, 8, "physician", NOW);
        p.setGoals(40, 25, "ODI < 30", null, "drsmith", NOW.plusSeconds(60));
        assertThat(p.planVersion()).isEqualTo(2);
        PlanChange last = p.history().get(p.history().size() - 1);
        assertThat(last.planVersion()).isEqualTo(2);
        assertThat(last.changedBy()).isEqualTo("drsmith");
        assertThat(last.change()).contains("pain NRS ≥ 40 %", "MME −25 %");
    }

    @Test
    void holdResumeAndClosing_followTheLifecycle_andNeedReasons() {
        TreatmentPlan p = planWithKetamine(6);
        assertThatThrownBy(() -> p.hold("Travel", "physician", NOW)).hasMessageContaining("Cannot put on hold a plan that is draft");
        p.activate(ELIGIBLE, 8, "physician", NOW);
        assertThatThrownBy(() -> p.hold(" ", "physician", NOW)).hasMessageContaining("Give the reason");
        p.hold("Travelling abroad", "physician", NOW);
        assertThat(p.status()).isEqualTo(TreatmentPlan.Status.ON_HOLD);
        p.resume("physician", NOW);
        assertThat(p.status()).isEqualTo(TreatmentPlan.Status.ACTIVE);
        assertThatThrownBy(() -> p.discontinue(null, "physician", NOW)).isInstanceOf(BusinessRuleException.class);
        p.complete("Goals met at 12 weeks", "physician", NOW);
        assertThat(p.status()).isEqualTo(TreatmentPlan.Status.COMPLETED);
        assertThatThrownBy(() -> p.setGoals(30, null, null, null, "physician", NOW)).hasMessageContaining("completed and cannot change");
        assertThatThrownBy(() -> p.resume("physician", NOW)).hasMessageContaining("Cannot resume");
    }

    @Test
    void theResponseReview_opensAfterTheInductionSeries_andOnlyAResponderMovesToMaintenance() {
        TreatmentPlan p = planWithKetamine(6);
        p.activate(ELIGIBLE, 8, "physician", NOW);
        assertThat(p.reviewDue(5)).isFalse();
        assertThatThrownBy(() -> p.review(5, 4, ResponseReview.Decision.MAINTENANCE, null, "physician", NOW))
                .hasMessageContaining("5 of 6 infusions attended");
        assertThat(p.reviewDue(6)).isTrue();

        // 8 → 6 is 25 %: minimal, not a responder (DOMAIN.md §3)
        assertThatThrownBy(() -> p.review(6, 6, ResponseReview.Decision.MAINTENANCE, null, "physician", NOW))
                .hasMessageContaining("25.0 % reduction is below the 30 % responder threshold");
        assertThatThrownBy(() -> p.review(6, 6, ResponseReview.Decision.CONTINUE, "short", "physician", NOW))
                .hasMessageContaining("write the reason");
        ResponseReview flagged = p.review(6, 6, ResponseReview.Decision.CONTINUE, "Two more sessions at 0.75 mg/kg/h", "physician", NOW);
        assertThat(flagged.responder()).isFalse();
        assertThat(flagged.category()).isEqualTo("MINIMAL");
        assertThat(p.reviewFlag()).contains("Continued after review");
        assertThat(p.phase()).isEqualTo(TreatmentPlan.Phase.INDUCTION);
    }

    @Test
    void aResponder_movesToMaintenance_withANewVersion() {
        TreatmentPlan p = planWithKetamine(6);
        p.activate(ELIGIBLE, 8, "physician", NOW);
        // 8 → 5 is 37.5 %: moderate, a responder
        ResponseReview r = p.review(6, 5, ResponseReview.Decision.MAINTENANCE, null, "physician", NOW);
        assertThat(r.reductionPercent()).isEqualByComparingTo("37.5");
        assertThat(r.category()).isEqualTo("MODERATE");
        assertThat(p.phase()).isEqualTo(TreatmentPlan.Phase.MAINTENANCE);
        assertThat(p.planVersion()).isEqualTo(2);
        assertThatThrownBy(() -> p.review(6, 5, ResponseReview.Decision.MAINTENANCE, null, "physician", NOW))
                .hasMessageContaining("already in maintenance");
    }

    @Test
    void discontinuingAtReview_closesThePlanWithTheReason() {
        TreatmentPlan p = planWithKetamine(6);
        p.activate(ELIGIBLE, 8, "physician", NOW);
        p.review(6, 8, ResponseReview.Decision.DISCONTINUE, "No response after six infusions", "physician", NOW);
        assertThat(p.status()).isEqualTo(TreatmentPlan.Status.DISCONTINUED);
        assertThat(p.statusReason()).isEqualTo("No response after six infusions");
    }

    @Test
    void aDoseAboveTheTemplatesLimits_needsAWrittenJustification() {
        assertThatThrownBy(() -> KetamineComponent.iv(UUID.randomUUID(), "Dr A", shortProtocol, new BigDecimal("1.5"), 120, new BigDecimal("0.5"),
                null, 6, 2, 4, 4, 8, 6, new BigDecimal("70")))
                .hasMessageContaining("bolus 0.5 mg/kg is above the limit of 0.35 mg/kg")
                // 1.5 × 70 × 2 h + 0.5 × 70 = 245 mg
                .hasMessageContaining("total 245.0 mg is above the session limit of 150 mg");
        KetamineComponent justified = KetamineComponent.iv(UUID.randomUUID(), "Dr A", shortProtocol, new BigDecimal("1.5"), 120,
                new BigDecimal("0.5"), "Refractory CRPS; tolerated 240 mg in 2025", 6, 2, 4, 4, 8, 6, new BigDecimal("70"));
        assertThat(justified.exceededLimits()).contains("bolus", "total");
        // within limits: no justification is kept
        KetamineComponent plain = KetamineComponent.iv(UUID.randomUUID(), "Dr A", shortProtocol, null, null, null, "not needed", 6, 2, 4, 4, 8, 6, null);
        assertThat(plain.justification()).isNull();
        assertThat(plain.doseMgPerKgPerHour()).isEqualByComparingTo("0.5");
    }

    @Test
    void ptRecertification_isAtMost90DaysOut_andOralKetamineIsAPrescriptionRecord() {
        assertThatThrownBy(() -> new TherapyComponent(UUID.randomUUID(), "PT", "MODERATE", 2, 6, "Grip", TODAY.plusDays(91), "Dr A", TODAY))
                .hasMessageContaining("no later than 2027-02-19");
        assertThat(new TherapyComponent(UUID.randomUUID(), "PT", "MODERATE", 2, 6, "Grip", TODAY.plusDays(90), "Dr A", TODAY).totalVisits())
                .isEqualTo(12);
        assertThatThrownBy(() -> KetamineComponent.oral(UUID.randomUUID(), "Dr A", new BigDecimal("50"), "1 tab BID", 60, 6, "AB1234567"))
                .hasMessageContaining("refills 0–5");
        assertThatThrownBy(() -> KetamineComponent.oral(UUID.randomUUID(), "Dr A", new BigDecimal("50"), "1 tab BID", 60, 1, "12345"))
                .hasMessageContaining("DEA number");
        assertThat(KetamineComponent.oral(UUID.randomUUID(), "Dr A", new BigDecimal("50"), "1 tab BID", 60, 1, "ab1234567").prescriberDea())
                .isEqualTo("AB1234567");
    }

    @Test
    void evidenceGrades_followTheGuideline() {
        assertThat(IndicationEvidence.of("G90.512").grade()).isEqualTo("Moderate");
        assertThat(IndicationEvidence.of("G57.71").grade()).isEqualTo("Moderate");
        assertThat(IndicationEvidence.of("G95.89").grade()).isEqualTo("Weak");
        assertThat(IndicationEvidence.of("M79.7").label()).isEqualTo("Weak or none — fibromyalgia");
        assertThat(IndicationEvidence.of("G43.709").condition()).isEqualTo("migraine");
        assertThat(IndicationEvidence.of("M54.50").condition()).isEqualTo("low back pain");
        assertThat(IndicationEvidence.of("G89.4").grade()).isEqualTo("Not graded");
    }

    @Test
    void theSeriesRecipe_putsAnIntegrationSessionAfterEachInfusion_andSpacesPtVisits() {
        TreatmentPlan p = planWithKetamine(6);
        p.setCounseling(new CounselingComponent(UUID.randomUUID(), "Co", true, 4, 7, "KAP_PREPARATION_INTEGRATION", true), "physician", NOW);
        p.setPhysicalTherapy(new TherapyComponent(UUID.randomUUID(), "PT", "LOW", 2, 2, "Walk 1 km", TODAY.plusDays(60), "Dr A", TODAY), "physician", NOW);
        List<SeriesRecipe.Session> s = SeriesRecipe.induction(p);
        assertThat(s).extracting(SeriesRecipe.Session::typeCode).containsExactly("COUNSELING_INTAKE", "PT_EVALUATION",
                "INFUSION_60", "COUNSELING", "INFUSION_60", "COUNSELING", "INFUSION_60", "COUNSELING", "INFUSION_60", "COUNSELING",
                "INFUSION_60", "COUNSELING", "INFUSION_60", "COUNSELING", "PT_VISIT", "PT_VISIT", "PT_VISIT", "PT_VISIT");
        SeriesRecipe.Session secondInfusion = s.get(4);
        assertThat(secondInfusion.anchor()).isEqualTo(2);
        assertThat(secondInfusion.minAfter()).isEqualTo(Duration.ofDays(2));
        assertThat(secondInfusion.maxAfter()).isEqualTo(Duration.ofDays(4));
        SeriesRecipe.Session integration = s.get(3);
        assertThat(integration.anchor()).isEqualTo(2);
        assertThat(integration.fromEnd()).isTrue();
        assertThat(integration.minAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(integration.maxAfter()).isEqualTo(Duration.ofHours(72));
        // 2 visits a week: 2–5 days apart, chained from the evaluation
        assertThat(s.get(14).anchor()).isEqualTo(1);
        assertThat(s.get(14).minAfter()).isEqualTo(Duration.ofDays(2));
        assertThat(s.get(14).maxAfter()).isEqualTo(Duration.ofDays(5));
        assertThat(SeriesRecipe.infusionType(240)).isEqualTo("INFUSION_240");
    }

    @Test
    void sessionsAlreadyBooked_areLeftOutOfTheNextProposal() {
        TreatmentPlan p = planWithKetamine(4);
        p.setCounseling(new CounselingComponent(UUID.randomUUID(), "Co", false, 0, 7, "KAP_PREPARATION_INTEGRATION", true), "physician", NOW);
        List<SeriesRecipe.Session> all = SeriesRecipe.induction(p);
        assertThat(all).hasSize(8);
        List<SeriesRecipe.Session> rest = SeriesRecipe.remaining(all, java.util.Map.of("INFUSION_60", 2, "COUNSELING", 2));
        assertThat(rest).extracting(SeriesRecipe.Session::label).containsExactly("Infusion 3 of 4", "Integration after infusion 3",
                "Infusion 4 of 4", "Integration after infusion 4");
        // infusion 3 followed infusion 2, which is gone: it now opens the series; the others keep their anchors
        assertThat(rest.get(0).anchor()).isEqualTo(-1);
        assertThat(rest.get(1).anchor()).isZero();
        assertThat(rest.get(2).anchor()).isZero();
        assertThat(rest.get(3).anchor()).isEqualTo(2);
    }
}
