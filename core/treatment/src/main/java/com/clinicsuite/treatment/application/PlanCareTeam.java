package com.clinicsuite.treatment.application;

import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.shared.application.CareTeam;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/**
 * A patient's care team forms with the first treatment plan: the clinicians assigned to the components of the
 * patient's plans, the physicians who wrote them, and the clinicians the patient is booked with (the nurse who runs an infusion, the therapist of a
 * PT visit). Before any plan exists the team is empty and the chart is open to every clinician for the intake.
 */
@Stateless
@Local(CareTeam.class)
public class PlanCareTeam implements CareTeam {

    @Inject
    private TreatmentRepository plans;

    @Inject
    private SchedulingSetup scheduling;

    @Override
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public Set<String> members(UUID patientId) {
        return plans.planTeam(patientId).map(team -> {
            Set<String> members = new java.util.HashSet<>(scheduling.clinicianUsernames(team.providerIds(), patientId));
            members.addAll(team.authors());
            return members;
        }).orElse(Set.of());
    }

    /** The plans' authors are members without asking scheduling who the patient is booked with. */
    @Override
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public Membership membership(UUID patientId, String username) {
        return plans.planTeam(patientId).map(team -> team.authors().contains(username)
                        || scheduling.clinicianUsernames(team.providerIds(), patientId).contains(username) ? Membership.MEMBER : Membership.OUTSIDER)
                .orElse(Membership.NO_TEAM);
    }
}
