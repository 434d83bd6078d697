package com.clinicsuite.web.security;

import java.time.Duration;

/**
 * The session rules (OWASP ASVS L2): an idle timeout (default 15 minutes, {@code CLINIC_SESSION_IDLE_MINUTES}) with a
 * warning one minute before, and an absolute lifetime (default 12 hours, {@code CLINIC_SESSION_MAX_HOURS}) after which
 * the user signs in again whatever they are doing.
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    /** The warning appears this long before the idle timeout. */
    public static final Duration WARNING = Duration.ofMinutes(1);

    public static SessionPolicy fromEnvironment() {
        return new SessionPolicy(Duration.ofMinutes(number("CLINIC_SESSION_IDLE_MINUTES", 15, 2, 240)),
                Duration.ofHours(number("CLINIC_SESSION_MAX_HOURS", 12, 1, 24)));
    }

    /** True when a session created at {@code createdMillis} has outlived the absolute lifetime at {@code nowMillis}. */
    public boolean expired(long createdMillis, long nowMillis) {
        return nowMillis - createdMillis >= absolute.toMillis();
    }

    /** Seconds of idleness after which the browser shows the warning. */
    public long warnAfterSeconds() {
        return idle.minus(WARNING).toSeconds();
    }

    private static long number(String name, long fallback, long min, long max) {
        String value = System.getenv(name);
        try {
            long n = value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
            return Math.max(min, Math.min(max, n));
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
