package com.clinicsuite.patients.application.access;

import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.access.EmergencyAccessGrant;
import com.clinicsuite.patients.domain.access.EmergencyAccessPolicy;
import com.clinicsuite.patients.domain.access.EmergencyAccessRepository;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.CareTeam;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The care-team rule for charts (HIPAA minimum necessary) and its emergency exception, "break the glass"
 * (45 CFR 164.312(a)(2)(ii)). A clinician on the patient's care team opens the chart; so does any clinician while
 * no team has formed (referral and intake). Anyone else gives a reason and gets a time-limited access (clinic
 * default 60 minutes) that is flagged in the audit trail (outcome EMERGENCY), shown on the patient's "who viewed"
 * report and announced to administrators until one reviews it.
 */
@Stateless
public class ChartAccess {

    private static final int LOG_LIMIT = 500;

    @Inject
    private EmergencyAccessRepository grants;

    @Inject
    private PatientRepository patients;

    @Inject
    private Instance<CareTeam> careTeam;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Instance<ChartAccessMemo> memo;

    @Inject
    private jakarta.enterprise.inject.spi.BeanManager beans;

    /**
     * Every chart service calls this before it reads or writes clinical content. A refusal is audited (outcome
     * DENIED, in its own transaction) and throws {@link CareTeamRequiredException}.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public void requireChartAccess(@NotNull UUID patientId) {
        if (!evaluate(patientId, null).open()) {
            audit.recordRefusal("chart.careTeam", patientId, "not on the care team, no emergency access");
            throw new CareTeamRequiredException(patientId);
        }
    }

    /**
     * How the caller reaches the chart now, for the chart page: open (with the emergency expiry, if any), or closed
     * with the patient's name and MRN so the clinician can decide to break the glass. A closed chart is audited as
     * a refusal.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ChartAccessStatus status(@NotNull UUID patientId) {
        Patient patient = patients.require(patientId);
        ChartAccessStatus status = evaluate(patientId, patient);
        if (!status.open()) {
            audit.recordDenied("chart.careTeam", patientId, "not on the care team, no emergency access");
        }
        return status;
    }

    private ChartAccessStatus evaluate(UUID patientId, Patient patient) {
        String me = session.getCallerPrincipal().getName();
        ChartAccessMemo remembered = requestMemo();
        ChartAccessStatus known = remembered == null || patient != null ? null : remembered.get(patientId, me);
        if (known != null) {
            return known;
        }
        ChartAccessStatus status = decide(patientId, patient, me);
        if (remembered != null) {
            remembered.put(patientId, me, status);
        }
        return status;
    }

    /** This request's memo of decisions, or null outside a request (timers, start-up). */
    private ChartAccessMemo requestMemo() {
        return beans.getContext(jakarta.enterprise.context.RequestScoped.class).isActive() ? memo.get() : null;
    }

    private ChartAccessStatus decide(UUID patientId, Patient patient, String me) {
        CareTeam.Membership membership = membership(patientId, me);
        String name = patient == null ? null : patient.familyName() + ", " + patient.givenName();
        String mrn = patient == null ? null : patient.mrn().value();
        if (membership != CareTeam.Membership.OUTSIDER) {
            return new ChartAccessStatus(true, membership == CareTeam.Membership.MEMBER, membership != CareTeam.Membership.NO_TEAM, null, 0, name, mrn);
        }
        Instant until = grants.activeGrant(patientId, me, clock.instant()).map(EmergencyAccessGrant::expiresAt).orElse(null);
        return new ChartAccessStatus(until != null, false, true, until, until == null ? grants.policy().minutes() : 0, name, mrn);
    }

    /**
     * Breaks the glass: the caller, outside the care team, opens the chart for the clinic's emergency window with a
     * written reason. Flagged in the audit trail as {@code access.emergency} with the reason and the expiry.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public EmergencyAccessRow breakTheGlass(@NotNull UUID patientId, String reason) {
        Patient patient = patients.require(patientId);
        String me = session.getCallerPrincipal().getName();
        if (membership(patientId, me) != CareTeam.Membership.OUTSIDER) {
            throw new BusinessRuleException("emergency.notNeeded", "You can already open this chart; no emergency access is needed.");
        }
        Instant now = clock.instant();
        if (grants.activeGrant(patientId, me, now).isPresent()) {
            throw new BusinessRuleException("emergency.active", "You already have emergency access to this chart; it has not expired yet.");
        }
        EmergencyAccessGrant grant = EmergencyAccessGrant.grant(patientId, me, clinicalRole(), reason, now, grants.policy().lasting());
        grants.add(grant);
        grants.flush();
        ChartAccessMemo remembered = requestMemo();
        if (remembered != null) {
            remembered.put(patientId, me, new ChartAccessStatus(true, false, true, grant.expiresAt(), 0, null, null));
        }
        audit.recordEmergency("access.emergency", patientId, "break the glass until " + grant.expiresAt() + ": " + grant.reason());
        return row(grant, patient);
    }

    /** Emergency accesses from {@code from} on, newest first (at most 500), for the administrator's log. */
    @RolesAllowed(Roles.ADMIN)
    public List<EmergencyAccessRow> log(@NotNull Instant from, boolean unreviewedOnly) {
        List<EmergencyAccessGrant> found = grants.since(from, unreviewedOnly, LOG_LIMIT);
        Map<UUID, Patient> named = patients.findAll(found.stream().map(EmergencyAccessGrant::patientId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Patient::id, Function.identity()));
        audit.record("audit.emergency.list", null, found.size() + " emergency accesses since " + from);
        return found.stream().map(g -> row(g, named.get(g.patientId()))).toList();
    }

    /** How many emergency accesses no administrator has reviewed yet, for the administrator's home page. */
    @RolesAllowed(Roles.ADMIN)
    public long unreviewedCount() {
        return grants.unreviewed();
    }

    /** An administrator records the review of one emergency access, with an optional note. */
    @RolesAllowed(Roles.ADMIN)
    public EmergencyAccessRow review(@NotNull UUID grantId, long version, String note) {
        EmergencyAccessGrant grant = grants.find(grantId).orElseThrow(() -> new BusinessRuleException("emergency.notFound",
                "No such emergency access; reload the page."));
        if (grant.version() != version) {
            throw new jakarta.persistence.OptimisticLockException("Another administrator reviewed this access meanwhile.");
        }
        grant.review(session.getCallerPrincipal().getName(), note, clock.instant());
        grants.flush();
        audit.record("access.emergency.review", grant.patientId(), "reviewed the emergency access of " + grant.username()
                + (grant.reviewNote() == null ? "" : ": " + grant.reviewNote()));
        return row(grant, patients.require(grant.patientId()));
    }

    /** How long an emergency access lasts, in minutes. */
    @RolesAllowed({Roles.ADMIN, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public int emergencyMinutes() {
        return grants.policy().minutes();
    }

    /** Changes how long an emergency access lasts (5 to 480 minutes); audited old → new. */
    @RolesAllowed(Roles.ADMIN)
    public int reviseEmergencyMinutes(int minutes) {
        EmergencyAccessPolicy policy = grants.policy();
        int before = policy.minutes();
        policy.revise(minutes);
        grants.flush();
        audit.record("settings.emergencyAccess", null, "emergency access minutes " + before + " → " + minutes);
        return policy.minutes();
    }

    private CareTeam.Membership membership(UUID patientId, String username) {
        return careTeam.isResolvable() ? careTeam.get().membership(patientId, username) : CareTeam.Membership.NO_TEAM;
    }

    private String clinicalRole() {
        return Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.joining(","));
    }

    private EmergencyAccessRow row(EmergencyAccessGrant g, Patient p) {
        return new EmergencyAccessRow(g.id(), g.patientId(), p == null ? "" : p.mrn().value(),
                p == null ? "" : p.familyName() + ", " + p.givenName(), g.username(), g.role(), g.reason(), g.grantedAt(),
                g.expiresAt(), g.isActiveAt(clock.instant()), g.reviewedBy(), g.reviewedAt(), g.reviewNote(), g.version());
    }
}
