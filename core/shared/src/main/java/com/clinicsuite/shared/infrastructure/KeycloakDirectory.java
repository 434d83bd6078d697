package com.clinicsuite.shared.infrastructure;

import com.clinicsuite.shared.application.ClinicUsers;
import com.clinicsuite.shared.application.IdentityDirectory;
import com.clinicsuite.shared.application.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Users and role memberships from Keycloak's admin API: one call for the users and one per clinic role (no call per user). */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    @Inject
    private KeycloakServiceAccount keycloak;

    @Override
    public ClinicUsers.Overview users() {
        try {
            Map<String, List<String>> roles = new TreeMap<>();
            for (String role : Roles.ALL) {
                for (JsonObject u : ((JsonArray) keycloak.get("/roles/" + role + "/users?first=0&max=1000")).getValuesAs(JsonObject.class)) {
                    roles.computeIfAbsent(u.getString("username"), k -> new ArrayList<>()).add(role);
                }
            }
            List<ClinicUsers.UserRow> rows = new ArrayList<>();
            for (JsonObject u : ((JsonArray) keycloak.get("/users?first=0&max=1000&briefRepresentation=true")).getValuesAs(JsonObject.class)) {
                String username = u.getString("username", "");
                if (username.startsWith("service-account-")) {
                    continue;
                }
                rows.add(new ClinicUsers.UserRow(username, u.getString("firstName", ""), u.getString("lastName", ""), u.getString("email", ""),
                        u.getBoolean("enabled", true), roles.getOrDefault(username, List.of())));
            }
            rows.sort(Comparator.comparing(ClinicUsers.UserRow::username));
            return new ClinicUsers.Overview(rows, keycloak.consoleUsersUrl(), null);
        } catch (java.io.IOException | IllegalStateException e) {
            return new ClinicUsers.Overview(List.of(), keycloak.consoleUsersUrl(), "Keycloak could not be asked for the users: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ClinicUsers.Overview(List.of(), keycloak.consoleUsersUrl(), "Interrupted.");
        }
    }
}
