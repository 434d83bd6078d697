package com.clinicsuite.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reading the audit trail (administrators): filtered and paged, "who viewed this record", and the hash-chain
 * verification. Reading the audit is itself audited.
 */
@Stateless
public class AuditLog {

    /** One audit entry. */
    public record Entry(long id, Instant occurredAt, String actor, String action, UUID patientId, String detail, String origin, String role,
                        String outcome, String requestId)
            implements Serializable {
    }

    /** A link of the chain that does not verify. */
    public record Problem(long seq, long eventId, String problem) implements Serializable {
    }

    /** The verification result. */
    public record Verification(long sealed, List<Problem> problems) implements Serializable {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    @Inject
    private AuditTrail audit;

    /**
     * Entries matching every filter given (null = any), newest first.
     *
     * @param action prefix, e.g. {@code chart.} or {@code patient.open}
     */
    @RolesAllowed(Roles.ADMIN)
    public PageResult<Entry> search(String actor, UUID patientId, String action, Instant from, Instant to, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = ?");
            args.add(actor.strip());
        }
        if (patientId != null) {
            where.append(" AND patient_id = ?");
            args.add(patientId);
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND action LIKE ?");
            args.add(action.strip().replace("%", "") + "%");
        }
        if (from != null) {
            where.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        int size = Math.max(1, Math.min(limit, 1000));
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.audit_event" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Entry> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, action, patient_id, detail, origin, role, outcome, request_id FROM audit.audit_event"
                    + where + " ORDER BY id DESC OFFSET ? LIMIT ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, Math.max(0, offset));
                ps.setInt(args.size() + 2, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                    }
                }
            }
            audit.record("audit.search", patientId, "actor=" + actor + " action=" + action + " from=" + from + " to=" + to);
            return new PageResult<>(rows, total);
        } catch (SQLException e) {
            throw new EJBException("The audit trail could not be read", e);
        }
    }

    /** One person who touched a patient's record in a period. */
    /** One user's entries on a patient; {@code emergency} when any came through an emergency access ("break the glass"). */
    public record Viewer(String actor, long entries, Instant first, Instant last, String actions, boolean emergency) implements Serializable {
    }

    /** Who read or changed the patient's record in [from, to), with how often and what. */
    @RolesAllowed(Roles.ADMIN)
    public List<Viewer> whoViewed(UUID patientId, Instant from, Instant to) {
        String sql = "SELECT actor, count(*), min(occurred_at), max(occurred_at), string_agg(DISTINCT action, ', '),"
                + " bool_or(outcome = 'EMERGENCY') FROM audit.audit_event"
                + " WHERE patient_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY actor ORDER BY max(occurred_at) DESC";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, patientId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            List<Viewer> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Viewer(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5),
                            rs.getBoolean(6)));
                }
            }
            audit.record("audit.whoViewed", patientId, from + " to " + to);
            return rows;
        } catch (SQLException e) {
            throw new EJBException("The audit trail could not be read", e);
        }
    }

    /** Seals every entry not yet in the chain, then walks the chain; any altered or deleted row is reported. */
    @RolesAllowed(Roles.ADMIN)
    public Verification verify() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT audit.seal_audit()")) {
                ps.execute();
            }
            long sealed;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.audit_link"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                sealed = rs.getLong(1);
            }
            List<Problem> problems = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, event_id, problem FROM audit.verify_audit()"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add(new Problem(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
            audit.record("audit.verify", null, problems.isEmpty() ? sealed + " links intact" : problems.size() + " problem(s)");
            return new Verification(sealed, problems);
        } catch (SQLException e) {
            throw new EJBException("The audit chain could not be verified", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
