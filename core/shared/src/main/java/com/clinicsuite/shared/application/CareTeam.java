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

    /** Where a user stands with a patient's care team. */
    enum Membership {
        /** No team has formed yet: the chart is open to every clinician. */
        NO_TEAM,
        MEMBER,
        OUTSIDER
    }

    /** Where the user stands; implementations may answer with fewer lookups than {@link #members} needs. */
    default Membership membership(UUID patientId, String username) {
        Set<String> team = members(patientId);
        return team.isEmpty() ? Membership.NO_TEAM : team.contains(username) ? Membership.MEMBER : Membership.OUTSIDER;
    }
}
