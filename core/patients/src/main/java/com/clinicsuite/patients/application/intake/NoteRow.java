package com.clinicsuite.patients.application.intake;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A note as the chart lists it; {@code mine} tells the page whether the reader may revise, sign or amend it. */
public record NoteRow(UUID id, String kind, String kindLabel, String text, String author, String status, Instant createdAt,
                      Instant signedAt, UUID amends, String amendmentReason, Instant voidedAt, String voidedBy, boolean mine,
                      long version) implements Serializable {
}
