package com.clinicsuite.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one clock of the application, so that rules about "today" can be tested with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return new ClinicClock();
    }

    /**
     * The system clock in the server's default zone as it is now, not as it was when the clock was made: the clinic's
     * time zone is a setting applied as the default zone (ADR 0007), and pooled beans keep their clock for long.
     */
    static final class ClinicClock extends Clock implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }
}
