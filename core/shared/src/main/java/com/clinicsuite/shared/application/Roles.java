package com.clinicsuite.shared.application;

/**
 * Realm roles of the {@code clinic} Keycloak realm. These strings appear in {@code @RolesAllowed},
 * in web.xml security constraints and in the menu; docs/security.md holds the matrix.
 */
public final class Roles {

    public static final String PHYSICIAN = "physician";
    public static final String NURSE = "nurse";
    public static final String PHYSICAL_THERAPIST = "physical-therapist";
    public static final String COUNSELOR = "counselor";
    public static final String FRONT_DESK = "front-desk";
    public static final String BILLING = "billing";
    public static final String ADMIN = "admin";

    /** The seven roles, in the order the role matrix lists them. */
    public static final java.util.List<String> ALL = java.util.List.of(PHYSICIAN, NURSE, PHYSICAL_THERAPIST, COUNSELOR, FRONT_DESK, BILLING, ADMIN);

    private Roles() {
    }
}
