package com.clinicsuite.shared.application;

import java.util.Set;
import java.util.UUID;

/**
 * Who is on a patient's care team. The treatment context knows (the clinicians assigned to the plan's components and
 * the clinicians the patient is booked with); the patient record asks, without depending on it.
 */
public interface CareTeam {

    /**
     * The Keycloak usernames of the patient's care team. Empty while no team has formed (no treatment plan and no
     * appointment yet), e.g. during referral and intake, when any clinician may open the chart.
     */
    Set<String> members(UUID patientId);
}
