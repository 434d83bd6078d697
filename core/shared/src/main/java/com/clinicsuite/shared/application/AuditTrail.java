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

    /**
     * Records one action.
     *
     * @param action    what happened, e.g. {@code patient.register} or {@code patient.list}
     * @param patientId the patient concerned, or {@code null} for actions on many patients
     * @param detail    short non-clinical detail, e.g. the search text or the MRN
     */
    @PermitAll
    public void record(String action, UUID patientId, String detail) {
        String sql = "INSERT INTO audit.audit_event (actor, action, patient_id, detail, origin) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, session.getCallerPrincipal().getName());
            ps.setString(2, action);
            if (patientId == null) {
                ps.setNull(3, Types.OTHER);
            } else {
                ps.setObject(3, patientId);
            }
            ps.setString(4, detail);
            ps.setString(5, callerAddress());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException("Audit entry could not be written; the action is refused", e);
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
