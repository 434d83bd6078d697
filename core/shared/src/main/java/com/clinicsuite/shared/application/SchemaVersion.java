package com.clinicsuite.shared.application;

import java.io.Serializable;
import java.time.Instant;

/** One applied database migration, as the administrator's system page shows it. */
public record SchemaVersion(String schema, String version, String description, Instant installedOn, boolean success)
        implements Serializable {
}
