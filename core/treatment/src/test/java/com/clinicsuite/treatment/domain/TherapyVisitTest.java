package com.clinicsuite.treatment.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TherapyVisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

    @Test
    void ptUnits_followThePayersRule_andAreShownWithTheEvaluation() {
        TherapyVisit v = TherapyVisit.open(TherapyVisit.Kind.PT, UUID.randomUUID(), null, UUID.randomUUID(), "therapist", TODAY);
        Map<String, Integer> minutes = new LinkedHashMap<>();
        minutes.put("97110", 33);
        minutes.put("97140", 7);
        v.recordPt("Less pain on stairs", "ROM 0-120", "Improving", "Continue", "Walks 20 min", "97162", TimedUnits.Rule.MEDICARE_8_MINUTE,
                minutes, 6, 4, "therapist");
        assertThat(v.codes()).containsExactly("97162 ×1", "97110 ×2", "97140 ×1");
        v.recordPt("s", "o", "a", "p", null, null, TimedUnits.Rule.AMA_RULE_OF_EIGHTS, minutes, null, null, "therapist");
        assertThat(v.codes()).containsExactly("97110 ×2");
        assertThatThrownBy(() -> v.recordPt("s", "o", "a", "p", null, "99999", TimedUnits.Rule.AMA_RULE_OF_EIGHTS, minutes, null, null, "therapist"))
                .hasMessageContaining("Evaluation codes are 97161");
        assertThatThrownBy(() -> v.recordPt("s", "o", "a", "p", null, null, TimedUnits.Rule.AMA_RULE_OF_EIGHTS, minutes, null, null, "counselor"))
                .hasMessageContaining("Only therapist");
    }

    @Test
    void counselingCpt_followsTheMinutes_intakeIs90791_and90785IsAnAddOn() {
        TherapyVisit v = TherapyVisit.open(TherapyVisit.Kind.COUNSELING, UUID.randomUUID(), null, UUID.randomUUID(), "counselor", TODAY);
        v.recordCounseling(TherapyVisit.SessionType.STANDARD, null, LocalTime.of(10, 0), LocalTime.of(10, 15), false, "Brief check-in", null, null, "counselor");
        assertThat(v.cpt()).isNull();
        assertThat(v.codes()).isEmpty();
        v.recordCounseling(TherapyVisit.SessionType.STANDARD, null, LocalTime.of(10, 0), LocalTime.of(10, 38), true, "CBT for pain catastrophizing",
                5, 4, "counselor");
        assertThat(v.codes()).containsExactly("90834 ×1", "90785 ×1");
        v.recordCounseling(TherapyVisit.SessionType.INTAKE, null, LocalTime.of(10, 0), LocalTime.of(10, 20), false, "Intake", null, null, "counselor");
        assertThat(v.codes()).containsExactly("90791 ×1");
        assertThatThrownBy(() -> v.recordCounseling(TherapyVisit.SessionType.INTEGRATION, null, LocalTime.of(10, 0), LocalTime.of(10, 53), false,
                "x", null, null, "counselor")).hasMessageContaining("Choose the infusion");
        v.sign("counselor", NOW);
        assertThatThrownBy(() -> v.recordCounseling(TherapyVisit.SessionType.STANDARD, null, LocalTime.of(10, 0), LocalTime.of(10, 53), false,
                "changed", null, null, "counselor")).hasMessageContaining("signed and locked");
    }

    @Test
    void aPassedRecertificationDate_warns() {
        assertThat(TherapyVisit.recertificationWarning(TODAY.minusDays(1), TODAY)).get().asString().contains("has passed");
        assertThat(TherapyVisit.recertificationWarning(TODAY, TODAY)).isEmpty();
    }
}
