package com.clinicsuite.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the administrator sees of the running system: the database and its migrations. */
@Stateless
public class SystemStatus {

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    /** The applied migrations of every context's schema, newest last within each schema. */
    @RolesAllowed(Roles.ADMIN)
    public List<SchemaVersion> migrations() {
        List<String> schemas = new ArrayList<>();
        List<SchemaVersion> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT table_schema FROM information_schema.tables WHERE table_name = 'flyway_schema_history' ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                // schema names come from information_schema, not from user input
                String sql = "SELECT version, description, installed_on, success FROM \"" + schema.replace("\"", "")
                        + "\".flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank";
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new SchemaVersion(schema, rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant(), rs.getBoolean(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new EJBException("Could not read the migration history", e);
        }
        return result;
    }

    /** The PostgreSQL server version string. */
    @RolesAllowed(Roles.ADMIN)
    public String databaseVersion() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new EJBException("Could not reach the database", e);
        }
    }
}
