package com.clinicsuite.shared.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * Who has which role, read from Keycloak (users are managed there, not here), for administrators. Reading it is
 * audited like any configuration read.
 */
@Stateless
public class ClinicUsers {

    /** One user: names, e-mail, whether the account is enabled, and the clinic roles held. */
    public record UserRow(String username, String firstName, String lastName, String email, boolean enabled, List<String> roles)
            implements Serializable {
    }

    /** The users and where to change them. */
    public record Overview(List<UserRow> users, String consoleUrl, String problem) implements Serializable {
    }

    @Inject
    private IdentityDirectory directory;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Overview overview() {
        Overview o = directory.users();
        audit.record("admin.users.list", null, o.users().size() + " user(s) and their roles");
        return o;
    }
}
