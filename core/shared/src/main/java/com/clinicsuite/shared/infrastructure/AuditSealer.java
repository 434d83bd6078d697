package com.clinicsuite.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Seals new audit rows into the hash chain every 30 seconds, off the request path (write-through stays cheap). */
@Singleton
@PermitAll
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void seal() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT audit.seal_audit()")) {
            ps.execute();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Sealing the audit chain failed; it is retried in 30 s", e);
        }
    }
}
