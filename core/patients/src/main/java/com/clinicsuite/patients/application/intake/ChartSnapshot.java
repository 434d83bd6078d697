package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.application.access.ChartAccessStatus;

import java.io.Serializable;
import java.util.List;

/**
 * What the chart page shows from the patient record, read in one transaction with one audit row: how the caller
 * reaches the chart and, when it is open to them, the header, the alerts, the questionnaire history (oldest first,
 * for the trend) and the MME history. A closed chart carries only {@link #access()}.
 */
public record ChartSnapshot(ChartAccessStatus access, ChartHeader header, List<AlertRow> alerts,
                            List<QuestionnaireRow> questionnaires, List<ClinicalRecord.MmePoint> mme) implements Serializable {

    static ChartSnapshot closed(ChartAccessStatus access) {
        return new ChartSnapshot(access, null, List.of(), List.of(), List.of());
    }
}
