package com.clinicsuite.shared.application;

/** The identity provider's user directory (Keycloak), read-only. */
public interface IdentityDirectory {

    /** Every user with their clinic roles, sorted by username; on failure an empty list with the problem stated. */
    ClinicUsers.Overview users();
}
