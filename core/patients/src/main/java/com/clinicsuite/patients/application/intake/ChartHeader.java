package com.clinicsuite.patients.application.intake;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What every chart page shows at the top: who the patient is, allergies, and the alert badges (unresolved
 * contraindications, open PHQ-9 item-9 alerts, consents missing or revoked).
 */
public record ChartHeader(UUID patientId, String mrn, String displayName, String preferredName, int age, boolean active,
                          List<String> allergies, List<String> blockingContraindications, int unansweredContraindications,
                          String eligibility, int openSelfHarmAlerts, List<String> missingConsents) implements Serializable {

    /** The contraindication gate still blocks a ketamine plan. */
    public boolean contraindicationUnresolved() {
        return !"ELIGIBLE".equals(eligibility) && !"ELIGIBLE_WITH_OVERRIDE".equals(eligibility)
                && (!blockingContraindications.isEmpty() || unansweredContraindications > 0);
    }

    /** The eligibility decision in words, e.g. "Eligible with override". */
    public String eligibilityLabel() {
        return IntakeViews.decisionLabel(eligibility == null ? null
                : com.clinicsuite.patients.domain.assessment.EligibilityGate.Decision.valueOf(eligibility));
    }
}
