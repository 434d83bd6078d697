package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireScoringTest {

    /** Answers for an instrument whose item scores add up to {@code total}, filled from the first item. */
    private static List<Integer> totalling(Instrument instrument, int total) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(instrument.items(), 0));
        for (int i = 0; i < answers.size() && total > 0; i++) {
            int a = Math.min(instrument.max(), total);
            answers.set(i, a);
            total -= a;
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({"0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate",
            "15,Moderately severe", "19,Moderately severe", "20,Severe", "24,Severe"})
    void phq9_shouldSumAndBandAtTheDomainBoundaries(int total, String band) {
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.PHQ9, totalling(Instrument.PHQ9, total));
        assertThat(r.score()).isEqualByComparingTo(String.valueOf(total));
        assertThat(r.band()).isEqualTo(band);
    }

    @Test
    void phq9_shouldScoreTheMaximumAs27Severe() {
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.PHQ9, Collections.nCopies(9, 3));
        assertThat(r.score()).isEqualByComparingTo("27");
        assertThat(r.band()).isEqualTo("Severe");
    }

    @Test
    void phq9_item9AboveZero_shouldRaiseTheSelfHarmAlert_evenWithALowTotal() {
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(r.selfHarmAlert()).isTrue();
        assertThat(r.band()).isEqualTo("Minimal");
        assertThat(QuestionnaireScoring.score(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).selfHarmAlert()).isFalse();
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({"0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate", "15,Severe", "21,Severe"})
    void gad7_shouldSumAndBandAtTheDomainBoundaries(int total, String band) {
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.GAD7, totalling(Instrument.GAD7, total));
        assertThat(r.score()).isEqualByComparingTo(String.valueOf(total));
        assertThat(r.band()).isEqualTo(band);
    }

    @Test
    void bpi_severityIsTheMeanOfFour_andInterferenceTheMeanOfSeven() {
        // worst 8, least 3, average 6, now 5; activity 7, mood 6, walking 5, work 8, relations 4, sleep 9, enjoyment 3
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.BPI, List.of(8, 3, 6, 5, 7, 6, 5, 8, 4, 9, 3));
        assertThat(r.score()).isEqualByComparingTo("5.50");
        assertThat(r.secondaryScore()).isEqualByComparingTo("6.00");
    }

    @Test
    void bpi_interferenceShouldKeepTwoDecimals() {
        QuestionnaireResult r = QuestionnaireScoring.score(Instrument.BPI, List.of(1, 1, 1, 2, 1, 0, 0, 0, 0, 0, 0));
        assertThat(r.score()).isEqualByComparingTo("1.25");
        assertThat(r.secondaryScore()).isEqualByComparingTo("0.14");
    }

    @Test
    void odi_shouldDivideByFiveTimesTheSectionsAnswered() {
        // all ten answered, total 20: 20 / 50 × 100 = 40 %
        QuestionnaireResult all = QuestionnaireScoring.score(Instrument.ODI, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        assertThat(all.score()).isEqualByComparingTo("40.0");
        assertThat(all.band()).isEqualTo("Moderate");

        // nine answered, total 20: 20 / 45 × 100 = 44.4 %
        QuestionnaireResult nine = QuestionnaireScoring.score(Instrument.ODI, Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 4, null));
        assertThat(nine.score()).isEqualByComparingTo("44.4");
        assertThat(nine.band()).isEqualTo("Severe");
    }

    @ParameterizedTest(name = "ODI total {0} of 50 is {1}")
    @CsvSource({"0,Minimal", "10,Minimal", "11,Moderate", "20,Moderate", "21,Severe", "30,Severe",
            "31,Crippling", "40,Crippling", "41,Bed-bound or exaggerating", "50,Bed-bound or exaggerating"})
    void odi_shouldBandAtTheDomainBoundaries(int total, String band) {
        assertThat(QuestionnaireScoring.score(Instrument.ODI, totalling(Instrument.ODI, total)).band()).isEqualTo(band);
    }

    @Test
    void outOfRangeAnswers_shouldBeRefusedNamingTheItem() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.PHQ9, List.of(0, 0, 4, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("PHQ-9 item 3 must be between 0 and 3; 4 is out of range.")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).contains("item3"));
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.NRS, List.of(11))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.ODI, Collections.nCopies(10, -1))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void missingAnswers_shouldBeRefused_exceptUnansweredOdiSections() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.GAD7, Arrays.asList(1, 1, null, 1, 1, 1, 1)))
                .hasMessage("GAD-7 item 3 needs an answer.");
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.GAD7, List.of(1, 1)))
                .hasMessage("GAD-7 has 7 item(s); 2 were given.");
        assertThatThrownBy(() -> QuestionnaireScoring.score(Instrument.ODI, Collections.nCopies(10, null)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void nrs_isTheAnswerItself() {
        assertThat(QuestionnaireScoring.score(Instrument.NRS, List.of(7)).score()).isEqualByComparingTo("7");
    }
}
