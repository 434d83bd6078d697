package com.clinicsuite.scheduling.application;

import com.clinicsuite.scheduling.domain.ClinicProfile;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The clinic's name, time zone and logo. The time zone is the application's: "today", working hours, appointment
 * times and every printed date follow it (applied to the server's default zone at start-up and on every change; see
 * ADR 0007).
 */
@Stateless
public class ClinicSettings {

    @Inject
    private SchedulingRepository repository;

    @Inject
    private AuditTrail audit;

    /** The clinic's name and time zone, and whether it has a logo: shown to everyone on every page. */
    @PermitAll
    public Profile profile() {
        ClinicProfile p = repository.clinicProfile();
        ZoneId zone = p.version() == 0 ? TimeZone.getDefault().toZoneId() : p.zone();
        return new Profile(p.name(), zone.getId(), p.logoType() != null, p.version());
    }

    /** The logo and its media type, or null; shown to everyone (top bar, documents). */
    @PermitAll
    public Logo logo() {
        ClinicProfile p = repository.clinicProfile();
        return p.logoType() == null ? null : new Logo(p.logo(), p.logoType());
    }

    /** Renames the clinic and sets its time zone; audited old → new, applied at once. */
    @RolesAllowed(Roles.ADMIN)
    public Profile revise(long version, String name, String timeZone) {
        ClinicProfile p = current(version);
        String before = p.name() + ", " + p.zone().getId();
        p.revise(name, timeZone);
        repository.flushProfile();
        apply(p.zone());
        audit.record("settings.clinic", null, before + " → " + p.name() + ", " + p.zone().getId());
        return profile();
    }

    /** Replaces (or, with no image, removes) the logo; audited. */
    @RolesAllowed(Roles.ADMIN)
    public Profile useLogo(long version, byte[] image) {
        ClinicProfile p = current(version);
        if (p.version() == 0) {
            p.revise(p.name(), TimeZone.getDefault().toZoneId().getId()); // keep the zone in use until one is chosen
        }
        p.useLogo(image);
        repository.flushProfile();
        audit.record("settings.clinic.logo", null, image == null || image.length == 0 ? "logo removed" : "logo replaced (" + image.length + " bytes)");
        return profile();
    }

    /** Every IANA time zone, for the settings form. */
    @RolesAllowed(Roles.ADMIN)
    public java.util.List<String> timeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();
    }

    /** Sets the server's default zone to the clinic's (called at start-up and after a change). */
    static void apply(ZoneId zone) {
        if (!TimeZone.getDefault().toZoneId().equals(zone)) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
        }
    }

    private ClinicProfile current(long version) {
        ClinicProfile p = repository.clinicProfile();
        if (p.version() != version) {
            throw new BusinessRuleException("clinic.stale", "The clinic settings were changed by " + p.updatedBy() + " meanwhile; reload and try again.");
        }
        return p;
    }

    /** The clinic's name, time zone and whether a logo is set. */
    public record Profile(String name, String timeZone, boolean hasLogo, long version) implements Serializable {
    }

    /** A logo image with its media type. */
    public record Logo(byte[] image, String contentType) implements Serializable {
    }
}
