package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Scores questionnaires exactly as DOMAIN.md §3 describes, refusing out-of-range answers. */
public final class QuestionnaireScoring {

    private QuestionnaireScoring() {
    }

    /**
     * Scores one questionnaire.
     *
     * @param answers one answer per item, in item order; only ODI accepts {@code null} for an unanswered section
     */
    public static QuestionnaireResult score(Instrument instrument, List<Integer> answers) {
        validate(instrument, answers);
        return switch (instrument) {
            case NRS -> new QuestionnaireResult(instrument, BigDecimal.valueOf(answers.get(0)), null, null, false);
            case PHQ9 -> {
                int total = sum(answers);
                yield new QuestionnaireResult(instrument, BigDecimal.valueOf(total), null, phq9Band(total), answers.get(8) > 0);
            }
            case GAD7 -> {
                int total = sum(answers);
                yield new QuestionnaireResult(instrument, BigDecimal.valueOf(total), null, gad7Band(total), false);
            }
            case BPI -> new QuestionnaireResult(instrument, mean(answers.subList(0, 4)), mean(answers.subList(4, 11)), null, false);
            case ODI -> {
                BigDecimal percent = odiPercent(answers);
                yield new QuestionnaireResult(instrument, percent, null, odiBand(percent), false);
            }
        };
    }

    static String phq9Band(int total) {
        if (total <= 4) {
            return "Minimal";
        } else if (total <= 9) {
            return "Mild";
        } else if (total <= 14) {
            return "Moderate";
        } else if (total <= 19) {
            return "Moderately severe";
        }
        return "Severe";
    }

    static String gad7Band(int total) {
        if (total <= 4) {
            return "Minimal";
        } else if (total <= 9) {
            return "Mild";
        } else if (total <= 14) {
            return "Moderate";
        }
        return "Severe";
    }

    static String odiBand(BigDecimal percent) {
        if (percent.compareTo(BigDecimal.valueOf(20)) <= 0) {
            return "Minimal";
        } else if (percent.compareTo(BigDecimal.valueOf(40)) <= 0) {
            return "Moderate";
        } else if (percent.compareTo(BigDecimal.valueOf(60)) <= 0) {
            return "Severe";
        } else if (percent.compareTo(BigDecimal.valueOf(80)) <= 0) {
            return "Crippling";
        }
        return "Bed-bound or exaggerating";
    }

    /** ODI: total ÷ (5 × sections answered) × 100, to one decimal. */
    private static BigDecimal odiPercent(List<Integer> answers) {
        int answered = (int) answers.stream().filter(Objects::nonNull).count();
        return BigDecimal.valueOf(sum(answers) * 100L)
                .divide(BigDecimal.valueOf(5L * answered), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<Integer> values) {
        return BigDecimal.valueOf(sum(values)).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static int sum(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    private static void validate(Instrument instrument, List<Integer> answers) {
        if (answers == null || answers.size() != instrument.items()) {
            throw new BusinessRuleException("questionnaire.items", instrument.label() + " has " + instrument.items()
                    + " item(s); " + (answers == null ? 0 : answers.size()) + " were given.");
        }
        for (int i = 0; i < answers.size(); i++) {
            Integer a = answers.get(i);
            if (a == null) {
                if (instrument != Instrument.ODI) {
                    throw new BusinessRuleException("questionnaire.answer.required", "item" + (i + 1),
                            instrument.label() + " item " + (i + 1) + " needs an answer.");
                }
            } else if (a < instrument.min() || a > instrument.max()) {
                throw new BusinessRuleException("questionnaire.answer.range", "item" + (i + 1),
                        instrument.label() + " item " + (i + 1) + " must be between " + instrument.min() + " and "
                                + instrument.max() + "; " + a + " is out of range.");
            }
        }
        if (instrument == Instrument.ODI && answers.stream().allMatch(Objects::isNull)) {
            throw new BusinessRuleException("questionnaire.odi.empty", "The ODI needs at least one answered section.");
        }
    }
}
