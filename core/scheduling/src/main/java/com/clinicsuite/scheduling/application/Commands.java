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

    /** A booking, at the clinic's local date and time. */
    public record Book(UUID patientId, UUID providerId, UUID resourceId, String typeCode, LocalDateTime startsAt)
            implements Serializable {
    }
}
