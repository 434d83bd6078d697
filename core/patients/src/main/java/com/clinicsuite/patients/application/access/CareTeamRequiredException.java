package com.clinicsuite.patients.application.access;

import com.clinicsuite.shared.error.BusinessRuleException;

/** The caller is not on the patient's care team and holds no emergency access: the chart stays closed (403). */
public class CareTeamRequiredException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final java.util.UUID patientId;

    public CareTeamRequiredException(java.util.UUID patientId) {
        super("access.careTeam", "You are not on this patient's care team. In an emergency you can open the chart"
                + " with a reason (break the glass); the access is time-limited, recorded and reviewed by an administrator.");
        this.patientId = patientId;
    }

    /** The patient whose chart stayed closed, so a page can offer to break the glass. */
    public java.util.UUID patientId() {
        return patientId;
    }
}
