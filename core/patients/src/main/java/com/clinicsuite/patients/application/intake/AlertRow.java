package com.clinicsuite.patients.application.intake;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An alert on the chart, open until a clinician acknowledges it with a note. */
public record AlertRow(UUID id, String kind, String detail, Instant raisedAt, boolean open, String acknowledgedBy,
                       Instant acknowledgedAt, String note) implements Serializable {
}
