package com.clinicsuite.scheduling.infrastructure;

import com.clinicsuite.scheduling.domain.SchedulingRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.TimeZone;
import java.util.logging.Logger;

/**
 * Applies the clinic's time zone (from its settings) as the server's default zone once the schema is migrated, and
 * again every minute, so that a change made on another node reaches this one. Until an administrator sets the zone,
 * the server's own (the TZ it was started with) stays.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("clinic-shared.jar#SchemaMigrations")
public class ClinicTimeZone {

    private static final Logger LOG = Logger.getLogger(ClinicTimeZone.class.getName());

    @Inject
    private SchedulingRepository repository;

    @PostConstruct
    @PermitAll
    void atStart() {
        refresh();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    @PermitAll
    void refresh() {
        var profile = repository.clinicProfile();
        if (profile.version() == 0) {
            return; // never set by an administrator: the server's own zone (TZ) stays
        }
        ZoneId zone = profile.zone();
        if (!TimeZone.getDefault().toZoneId().equals(zone)) {
            LOG.info(() -> "The clinic's time zone is " + zone + "; applying it as the server's default zone.");
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
        }
    }
}
