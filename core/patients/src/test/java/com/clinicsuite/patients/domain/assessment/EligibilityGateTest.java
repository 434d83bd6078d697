package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.patients.domain.assessment.Contraindication.Answer;
import com.clinicsuite.patients.domain.assessment.EligibilityGate.Decision;
import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityGateTest {

    private static Map<Contraindication, Answer> allNo() {
        Map<Contraindication, Answer> answers = new EnumMap<>(Contraindication.class);
        for (Contraindication c : Contraindication.values()) {
            answers.put(c, Answer.NO);
        }
        return answers;
    }

    private static EligibilityGate with(Contraindication item, Answer answer) {
        Map<Contraindication, Answer> answers = allNo();
        answers.put(item, answer);
        return new EligibilityGate(answers);
    }

    @Test
    void allNo_shouldBeClearAndAllowEligible() {
        EligibilityGate gate = new EligibilityGate(allNo());
        assertThat(gate.isClear()).isTrue();
        assertThatCode(() -> gate.check(Decision.ELIGIBLE, null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Contraindication.class, names = "MODERATE_HEPATIC_DISEASE", mode = EnumSource.Mode.EXCLUDE)
    void eachBlockingItemAnsweredYes_shouldPreventEligible(Contraindication item) {
        EligibilityGate gate = with(item, Answer.YES);
        assertThat(gate.blocking()).containsExactly(item);
        assertThatThrownBy(() -> gate.check(Decision.ELIGIBLE, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(item.label());
    }

    @ParameterizedTest
    @EnumSource(value = Contraindication.class, names = "MODERATE_HEPATIC_DISEASE", mode = EnumSource.Mode.EXCLUDE)
    void unknown_shouldBlockLikeYes(Contraindication item) {
        assertThat(with(item, Answer.UNKNOWN).blocking()).containsExactly(item);
    }

    @Test
    void moderateHepaticDisease_isACautionNotABlock() {
        EligibilityGate gate = with(Contraindication.MODERATE_HEPATIC_DISEASE, Answer.YES);
        assertThat(gate.blocking()).isEmpty();
        assertThat(gate.cautions()).containsExactly(Contraindication.MODERATE_HEPATIC_DISEASE);
        assertThatCode(() -> gate.check(Decision.ELIGIBLE, null)).doesNotThrowAnyException();
    }

    @Test
    void anOverride_needsAWrittenReason() {
        EligibilityGate gate = with(Contraindication.PREGNANCY, Answer.UNKNOWN);
        assertThatThrownBy(() -> gate.check(Decision.ELIGIBLE_WITH_OVERRIDE, null))
                .hasMessage("An override needs a written reason of at least 10 characters.");
        assertThatThrownBy(() -> gate.check(Decision.ELIGIBLE_WITH_OVERRIDE, "  ok  "))
                .extracting(e -> ((BusinessRuleException) e).field().orElseThrow()).isEqualTo("overrideReason");
        assertThatCode(() -> gate.check(Decision.ELIGIBLE_WITH_OVERRIDE, "Negative hCG on 11/20, patient post-menopausal"))
                .doesNotThrowAnyException();
    }

    @Test
    void anOverride_isRefusedWhenNothingBlocks() {
        assertThatThrownBy(() -> new EligibilityGate(allNo()).check(Decision.ELIGIBLE_WITH_OVERRIDE, "no reason needed here"))
                .extracting(e -> ((BusinessRuleException) e).key()).isEqualTo("eligibility.override.unneeded");
    }

    @Test
    void anIncompleteScreen_shouldPreventEligibleAndOverride_butNotNotEligible() {
        Map<Contraindication, Answer> answers = allNo();
        answers.remove(Contraindication.ACTIVE_PSYCHOSIS);
        EligibilityGate gate = new EligibilityGate(answers);
        assertThat(gate.unanswered()).containsExactly(Contraindication.ACTIVE_PSYCHOSIS);
        assertThat(gate.isClear()).isFalse();
        assertThatThrownBy(() -> gate.check(Decision.ELIGIBLE, null)).hasMessageContaining("Active psychosis");
        assertThatThrownBy(() -> gate.check(Decision.ELIGIBLE_WITH_OVERRIDE, "a long enough reason")).hasMessageContaining("Answer every");
        assertThatCode(() -> gate.check(Decision.NOT_ELIGIBLE, null)).doesNotThrowAnyException();
    }

    @Test
    void grades_shouldMatchTheGuideline() {
        assertThat(Contraindication.PREGNANCY.grade()).isEqualTo("B");
        assertThat(Contraindication.SEVERE_HEPATIC_DISEASE.grade()).isEqualTo("C");
        assertThat(Contraindication.KETAMINE_HYPERSENSITIVITY.grade()).isNull();
    }
}
