package com.clinicsuite.patients.domain.assessment;

import java.math.BigDecimal;

/**
 * A scored questionnaire.
 *
 * @param score          the main score: the total (NRS, PHQ-9, GAD-7), BPI severity, or the ODI percentage
 * @param secondaryScore BPI interference; {@code null} for the others
 * @param band           the severity band where the instrument defines one, else {@code null}
 * @param selfHarmAlert  PHQ-9 item 9 above 0: an immediate alert to the treating clinicians
 */
public record QuestionnaireResult(Instrument instrument, BigDecimal score, BigDecimal secondaryScore, String band,
                                  boolean selfHarmAlert) {
}
