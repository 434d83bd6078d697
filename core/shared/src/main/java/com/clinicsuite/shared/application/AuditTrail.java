package com.clinicsuite.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * The append-only audit trail: who did what to which patient, when and from where.
 * Entries are written in the caller's transaction, so an action and its audit entry commit or
 * roll back together. The table refuses UPDATE and DELETE (see V1 of the audit schema).
 */
@Stateless
@PermitAll
public class AuditTrail {

    @Resource
    private SessionContext session;

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    @Inject
    private Instance<RequestOrigin> origin;

    @Inject
    private Instance<AuditedReads> reads;

    @Inject
    private jakarta.enterprise.inject.spi.BeanManager beans;

    /**
     * Records one action.
     *
     * @param action    what happened, e.g. {@code patient.register} or {@code patient.list}
     * @param patientId the patient concerned, or {@code null} for actions on many patients
     * @param detail    short non-clinical detail, e.g. the search text or the MRN
     */
    @PermitAll
    public void record(String action, UUID patientId, String detail) {
        write(session.getCallerPrincipal().getName(), roles(), null, action, patientId, detail, callerAddress(), null, requestId());
    }

    /**
     * Records a read of patient data, unless this request has already recorded the patient's chart page, whose one
     * row names every section the page shows ({@link AuditedReads}). Writes always use {@link #record}.
     */
    @PermitAll
    public void recordRead(String action, UUID patientId, String detail) {
        if (patientId != null && beans.getContext(jakarta.enterprise.context.RequestScoped.class).isActive()
                && reads.get().covers(patientId)) {
            return;
        }
        record(action, patientId, detail);
    }

    /**
     * Records the opening of a patient's chart page: one row naming the sections it shows, which covers the reads the
     * page makes for them during this request (see {@link #recordRead}).
     */
    @PermitAll
    public void recordChartPage(UUID patientId, String sections) {
        record("chart.open", patientId, sections);
        if (beans.getContext(jakarta.enterprise.context.RequestScoped.class).isActive()) {
            reads.get().cover(patientId);
        }
    }

    /** Records a refused action (outcome DENIED), e.g. an authorization denial. */
    @PermitAll
    public void recordDenied(String action, UUID patientId, String detail) {
        write(session.getCallerPrincipal().getName(), roles(), null, action, patientId, detail, callerAddress(), "DENIED", requestId());
    }

    /**
     * Records a refusal in a transaction of its own, so that the entry survives the caller's rollback (a refused
     * action rolls back everything else it did).
     */
    @PermitAll
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String action, UUID patientId, String detail) {
        write(session.getCallerPrincipal().getName(), roles(), null, action, patientId, detail, callerAddress(), "DENIED", requestId());
    }

    /** Records an emergency access ("break the glass"), flagged with the outcome EMERGENCY for reviews and reports. */
    @PermitAll
    public void recordEmergency(String action, UUID patientId, String detail) {
        write(session.getCallerPrincipal().getName(), roles(), null, action, patientId, detail, callerAddress(), "EMERGENCY", requestId());
    }

    /**
     * Records an event that happened elsewhere, e.g. a Keycloak login or failed login, with its own actor, time,
     * client address and outcome. Only server code calls this (there is no remote view).
     */
    @PermitAll
    public void recordExternal(String actor, java.time.Instant at, String action, String detail, String address, String outcome, String reference) {
        write(actor, null, at, action, null, detail, address, outcome, reference);
    }

    private void write(String actor, String role, java.time.Instant at, String action, UUID patientId, String detail, String address, String outcome,
                       String requestId) {
        String sql = "INSERT INTO audit.audit_event (actor, action, patient_id, detail, origin, role, outcome, request_id, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, clock_timestamp()))";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, actor);
            ps.setString(2, action);
            if (patientId == null) {
                ps.setNull(3, Types.OTHER);
            } else {
                ps.setObject(3, patientId);
            }
            ps.setString(4, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
            ps.setString(5, address);
            ps.setString(6, role);
            ps.setString(7, outcome);
            ps.setString(8, requestId);
            ps.setObject(9, at == null ? null : java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
            SqlStatementCount.counted();
        } catch (SQLException e) {
            throw new EJBException("Audit entry could not be written; the action is refused", e);
        }
    }

    /** The clinic roles the caller holds, e.g. "physician" or "nurse,physician". */
    private String roles() {
        StringBuilder b = new StringBuilder();
        for (String role : Roles.ALL) {
            try {
                if (session.isCallerInRole(role)) {
                    b.append(b.length() == 0 ? "" : ",").append(role);
                }
            } catch (IllegalStateException notAvailable) {
                return null;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private String requestId() {
        try {
            return origin.get().requestId();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String callerAddress() {
        try {
            return origin.get().address();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
