package com.clinicsuite.web.security;

import com.clinicsuite.shared.application.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is signed in, for the top bar, the menu and the home page. The menu only mirrors what the
 * services allow; the services decide.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** Roles in the order the top bar names them, with their labels. */
    static final Map<String, String> ROLE_LABELS = new LinkedHashMap<>();

    static {
        ROLE_LABELS.put(Roles.PHYSICIAN, "Physician");
        ROLE_LABELS.put(Roles.NURSE, "Nurse");
        ROLE_LABELS.put(Roles.PHYSICAL_THERAPIST, "Physical therapist");
        ROLE_LABELS.put(Roles.COUNSELOR, "Counselor");
        ROLE_LABELS.put(Roles.FRONT_DESK, "Front desk");
        ROLE_LABELS.put(Roles.BILLING, "Billing");
        ROLE_LABELS.put(Roles.ADMIN, "Administrator");
    }

    @Inject
    private HttpServletRequest request;

    public String getUsername() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    /** The roles of the signed-in user, as labels, e.g. "Front desk". */
    public String getRoleLabel() {
        List<String> labels = ROLE_LABELS.entrySet().stream()
                .filter(e -> request.isUserInRole(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        return labels.isEmpty() ? "No clinic role" : String.join(", ", labels);
    }

    public boolean is(String role) {
        return request.isUserInRole(role);
    }

    public boolean isFrontDesk() {
        return is(Roles.FRONT_DESK);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    @Inject
    private jakarta.enterprise.inject.Instance<com.clinicsuite.patients.application.access.ChartAccess> chartAccess;

    /** For the administrator's home page: emergency accesses nobody has reviewed yet (0 for other roles). */
    public long getUnreviewedEmergencyAccesses() {
        if (unreviewed == null) { // the home page asks three times per render; one query per request
            unreviewed = isAdmin() ? chartAccess.get().unreviewedCount() : 0;
        }
        return unreviewed;
    }

    private Long unreviewed;

    public boolean isBilling() {
        return is(Roles.BILLING);
    }

    public boolean isClinician() {
        return is(Roles.PHYSICIAN) || is(Roles.NURSE) || is(Roles.PHYSICAL_THERAPIST) || is(Roles.COUNSELOR);
    }

    /** Mirrors {@code PatientDirectory.find}. */
    public boolean canFindPatients() {
        return isFrontDesk() || isClinician() || isBilling();
    }

    /** Mirrors {@code PatientRegistration.register}. */
    public boolean canRegisterPatients() {
        return isFrontDesk();
    }

    /** Seconds of idleness before the browser warns that the session will end (the idle timeout minus one minute). */
    public long getSessionWarnAfterSeconds() {
        return SessionLifetimeFilter.POLICY.warnAfterSeconds();
    }

    public long getSessionIdleSeconds() {
        return SessionLifetimeFilter.POLICY.idle().toSeconds();
    }
}
