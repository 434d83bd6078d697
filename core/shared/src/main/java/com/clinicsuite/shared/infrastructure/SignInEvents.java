package com.clinicsuite.shared.infrastructure;

import com.clinicsuite.shared.application.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies sign-ins, sign-outs and failed sign-ins from Keycloak's event store into the audit trail every 15 seconds
 * (actions {@code login}, {@code logout}, {@code login.failed} with outcome FAILED), with the user, the time Keycloak
 * saw, the client address and the Keycloak event's client. It reads the events with the {@code clinic-web} client's
 * service account (role {@code view-events}); a cursor in {@code audit.import_cursor} makes every event count once.
 * When Keycloak cannot be reached it tries again on the next pass; nothing is lost because Keycloak keeps events.
 */
@Singleton
@PermitAll
public class SignInEvents {

    private static final Logger LOG = Logger.getLogger(SignInEvents.class.getName());
    private static final String CURSOR = "keycloak-events";

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    @Inject
    private AuditTrail audit;

    @Inject
    private KeycloakServiceAccount keycloak;

    private boolean warned;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void importEvents() {
        try {
            long since = cursor();
            List<JsonObject> events = fetch(since);
            long last = since;
            for (JsonObject e : events) {
                long time = e.getJsonNumber("time").longValue();
                String type = e.getString("type", "");
                JsonObject details = e.containsKey("details") && e.get("details").getValueType() == JsonValue.ValueType.OBJECT
                        ? e.getJsonObject("details") : JsonValue.EMPTY_JSON_OBJECT;
                String user = details.getString("username", e.getString("userId", "unknown"));
                String client = e.getString("clientId", "");
                String action = switch (type) {
                    case "LOGIN" -> "login";
                    case "LOGOUT" -> "logout";
                    default -> "login.failed";
                };
                String detail = "Keycloak " + type.toLowerCase().replace('_', ' ') + (client.isEmpty() ? "" : " via " + client)
                        + (e.containsKey("error") ? ": " + e.getString("error", "") : "");
                audit.recordExternal(user, Instant.ofEpochMilli(time), action, detail, e.getString("ipAddress", null),
                        type.endsWith("_ERROR") ? "FAILED" : null, e.getString("id", null));
                last = Math.max(last, time);
            }
            if (last > since) {
                moveCursor(last);
            }
            warned = false;
        } catch (java.io.IOException | IllegalStateException e) {
            if (!warned) {
                LOG.log(Level.WARNING, "Sign-in events could not be read from Keycloak; trying again every 15 s: {0}", e.getMessage());
                warned = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Sign-in events could not be written to the audit trail", e);
        }
    }

    /**
     * Events newer than {@code since}, oldest first, at most {@value #MAX_PER_PASS} per pass (the next pass goes on from
     * the last one taken). Keycloak is asked for exactly that (an epoch-millisecond {@code dateFrom}, ascending): asking
     * by day made Keycloak serialise every event of the day every 15 s, up to 20,000, which on a busy day took much of
     * two cores and ran the local Keycloak out of heap under the 100-user benchmark.
     */
    private List<JsonObject> fetch(long since) throws java.io.IOException, InterruptedException {
        long from = since == 0 ? Instant.now().minus(java.time.Duration.ofDays(1)).toEpochMilli() : since;
        List<JsonObject> found = new ArrayList<>();
        for (int first = 0; first < MAX_PER_PASS; first += PAGE) {
            JsonArray page = (JsonArray) keycloak.get("/events?type=LOGIN&type=LOGIN_ERROR&type=LOGOUT&dateFrom=" + from + "&direction=asc&first="
                    + first + "&max=" + PAGE);
            page.getValuesAs(JsonObject.class).stream().filter(e -> e.getJsonNumber("time").longValue() > since).forEach(found::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        found.sort(Comparator.comparingLong(e -> e.getJsonNumber("time").longValue()));
        return found;
    }

    private static final int PAGE = 500;
    private static final int MAX_PER_PASS = 5_000;

    private long cursor() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT last_time FROM audit.import_cursor WHERE source = ?")) {
            ps.setString(1, CURSOR);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void moveCursor(long last) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE audit.import_cursor SET last_time = ? WHERE source = ?")) {
            ps.setLong(1, last);
            ps.setString(2, CURSOR);
            ps.executeUpdate();
        }
    }
}
