package com.clinicsuite.patients.application.intake;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One recorded questionnaire as the chart lists it. */
public record QuestionnaireRow(String instrument, String instrumentLabel, LocalDate takenOn, BigDecimal score,
                               BigDecimal secondaryScore, String band, boolean selfHarmAlert, String recordedBy)
        implements Serializable {
}
