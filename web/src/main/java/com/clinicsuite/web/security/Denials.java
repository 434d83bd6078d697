package com.clinicsuite.web.security;

import com.clinicsuite.shared.application.AuditTrail;
import jakarta.enterprise.inject.spi.CDI;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Authorization denials go into the audit trail (who tried what), whatever screen or API they came from. */
public final class Denials {

    private static final Logger LOG = Logger.getLogger(Denials.class.getName());

    private Denials() {
    }

    public static void record(String what) {
        try {
            CDI.current().select(AuditTrail.class).get().recordDenied("access.denied", null, what);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An authorization denial could not be audited: " + what, e);
        }
    }
}
