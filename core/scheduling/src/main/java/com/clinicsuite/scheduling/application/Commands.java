package com.clinicsuite.scheduling.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The commands of scheduling. */
public final class Commands {

    private Commands() {
    }

    /**
     * A provider to add.
     *
     * @param discipline PHYSICIAN, NURSE, PHYSICAL_THERAPY or COUNSELING
     */
    public record AddProvider(String username, String displayName, String discipline, String npi, List<Hours> hours)
            implements Serializable {
    }

    /** Working hours on a weekday (1 = Monday … 7 = Sunday). */
    public record Hours(int dayOfWeek, LocalTime starts, LocalTime ends) implements Serializable {
    }

    /** A chair or room to add; kind INFUSION_CHAIR, PT_ROOM, COUNSELING_ROOM or EXAM_ROOM. */
    public record AddResource(String name, String kind) implements Serializable {
    }

    /** A booking, at the clinic's local date and time; {@code planId} links it to a treatment plan (may be null). */
    public record Book(UUID patientId, UUID providerId, UUID resourceId, String typeCode, LocalDateTime startsAt, UUID planId)
            implements Serializable {
    }

    /** An appointment that already took place, with its outcome: COMPLETED (default), NO_SHOW or CANCELLED. */
    public record PastAppointment(UUID patientId, UUID providerId, UUID resourceId, String typeCode, LocalDateTime startsAt, UUID planId,
                                  String status) implements Serializable {
    }

    /**
     * One appointment of a series to propose: its type, the providers who may see it (preferred first; empty means
     * any active provider of the type's discipline), and its window after an earlier step ({@code anchor}, or -1
     * for the series start).
     */
    public record SeriesStep(String label, String typeCode, List<UUID> providerIds, int anchor, boolean fromEnd,
                             java.time.Duration minAfter, java.time.Duration maxAfter) implements Serializable {
    }
}
