package com.clinicsuite.web.faces;

import com.clinicsuite.scheduling.application.ClinicSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;

/**
 * The clinic's name and logo for the top bar and printed documents: reference data read at most once a minute
 * (a change on the settings page refreshes it at once on this node).
 */
@Named
@ApplicationScoped
public class ClinicBrand {

    private static final Duration FRESH = Duration.ofMinutes(1);

    @Inject
    private ClinicSettings settings;

    private volatile Cached cached;

    public String getName() {
        return current().profile().name();
    }

    public boolean isHasLogo() {
        return current().profile().hasLogo();
    }

    /** A value that changes with the logo, so browsers reload it after a change. */
    public long getLogoVersion() {
        return current().profile().version();
    }

    /** The logo image, or null. */
    public byte[] logoImage() {
        Cached c = current();
        return c.logo() == null ? null : c.logo().image();
    }

    /** The logo with its media type, or null. */
    public ClinicSettings.Logo logo() {
        return current().logo();
    }

    /** Forget what was read (after an administrator's change). */
    public void refresh() {
        cached = null;
    }

    private Cached current() {
        Cached c = cached;
        if (c == null || c.readAt().plus(FRESH).isBefore(Instant.now())) {
            ClinicSettings.Profile profile = settings.profile();
            c = new Cached(profile, profile.hasLogo() ? settings.logo() : null, Instant.now());
            cached = c;
        }
        return c;
    }

    private record Cached(ClinicSettings.Profile profile, ClinicSettings.Logo logo, Instant readAt) {
    }
}
