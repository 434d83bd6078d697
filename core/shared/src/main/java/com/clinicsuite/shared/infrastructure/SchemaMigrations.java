package com.clinicsuite.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Migrates the database before anything else runs. Each context module declares its schema in
 * {@code META-INF/clinic-schema.properties} ({@code schema} and {@code order}) and keeps its
 * scripts in {@code db/migration/<schema>}; each schema has its own Flyway history table.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    static final String DESCRIPTOR = "META-INF/clinic-schema.properties";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/ClinicDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        ClassLoader loader = getClass().getClassLoader();
        for (SchemaDescriptor schema : discover(loader)) {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .schemas(schema.name())
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema.name())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + schema.name() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        }
    }

    static List<SchemaDescriptor> discover(ClassLoader loader) {
        List<SchemaDescriptor> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(DESCRIPTOR))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                found.add(new SchemaDescriptor(p.getProperty("schema"), Integer.parseInt(p.getProperty("order", "100"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DESCRIPTOR, e);
        }
        found.sort(Comparator.comparingInt(SchemaDescriptor::order).thenComparing(SchemaDescriptor::name));
        if (found.isEmpty()) {
            throw new IllegalStateException("No " + DESCRIPTOR + " found: no schema to migrate");
        }
        return found;
    }

    record SchemaDescriptor(String name, int order) {
    }
}
