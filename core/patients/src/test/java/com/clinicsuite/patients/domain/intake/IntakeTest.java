package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.Contraindication.Answer;
import com.clinicsuite.patients.domain.assessment.EligibilityGate.Decision;
import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.patients.domain.assessment.Opioid;
import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Map<Contraindication, Answer> allNo() {
        Map<Contraindication, Answer> m = new EnumMap<>(Contraindication.class);
        for (Contraindication c : Contraindication.values()) {
            m.put(c, Answer.NO);
        }
        return m;
    }

    @Test
    void changingTheScreen_withdrawsADecisionMadeOnOtherAnswers() {
        Intake intake = Intake.start(UUID.randomUUID());
        intake.answerScreen(allNo());
        intake.decide(Decision.ELIGIBLE, null, "physician", Instant.EPOCH);
        intake.answerScreen(allNo());
        assertThat(intake.decision()).isEqualTo(Decision.ELIGIBLE); // same answers: decision stands

        Map<Contraindication, Answer> changed = allNo();
        changed.put(Contraindication.PREGNANCY, Answer.UNKNOWN);
        intake.answerScreen(changed);
        assertThat(intake.decision()).isNull();
        assertThatThrownBy(() -> intake.decide(Decision.ELIGIBLE, null, "physician", Instant.EPOCH)).hasMessageContaining("Pregnancy");
    }

    @Test
    void diagnoses_areBillableAndListedOnce() {
        Intake intake = Intake.start(UUID.randomUUID());
        intake.addDiagnosis(IcdCatalog.shipped(), "m79.7", null, null, null, "widespread", TODAY);
        assertThat(intake.diagnoses()).extracting(Diagnosis::code).containsExactly("M79.7");
        assertThatThrownBy(() -> intake.addDiagnosis(IcdCatalog.shipped(), "M79.7", null, null, null, null, TODAY))
                .hasMessageContaining("already on the intake");
        assertThatThrownBy(() -> intake.addDiagnosis(IcdCatalog.shipped(), "G89.2", null, null, null, null, TODAY))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("G89.21");
    }

    @Test
    void dailyMme_addsOnlyOpioids() {
        Intake intake = Intake.start(UUID.randomUUID());
        intake.addMedication(new Medication("Gabapentin", null, new BigDecimal("300"), "mg", "oral", "tid", new BigDecimal("3"), null));
        intake.addMedication(new Medication("Methadone", Opioid.METHADONE, new BigDecimal("10"), "mg", "oral", "tid", new BigDecimal("3"), null));
        assertThat(intake.dailyMme()).isEqualByComparingTo("141.0");
    }

    @Test
    void priorTreatments_needOrderedPastDates() {
        Intake intake = Intake.start(UUID.randomUUID());
        assertThatThrownBy(() -> intake.addPriorTreatment(PriorTreatment.Category.SURGERY, "Fusion", TODAY.minusDays(5), TODAY.minusDays(10),
                null, TODAY)).hasMessageContaining("before the start date");
        assertThatThrownBy(() -> intake.addPriorTreatment(PriorTreatment.Category.SURGERY, "Fusion", TODAY.plusDays(1), null,
                null, TODAY)).hasMessageContaining("future");
        intake.addPriorTreatment(PriorTreatment.Category.PHYSICAL_THERAPY, "12 weeks PT", null, null, null, TODAY);
        assertThat(intake.priorTreatments().get(0).response()).isEqualTo(PriorTreatment.Response.UNKNOWN);
    }
}
