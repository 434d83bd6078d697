package com.clinicsuite.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The DTO records of scheduling. */
public final class SchedulingRows {

    private SchedulingRows() {
    }

    /** A provider with their weekly hours. */
    public record ProviderRow(UUID id, String username, String displayName, String discipline, String npi, boolean active,
                              List<HoursRow> hours, long version) implements Serializable {
    }

    /** Leave of one provider, or a clinic holiday ({@code providerId} null). */
    public record AbsenceRow(UUID id, UUID providerId, String providerName, java.time.LocalDate firstDay,
                             java.time.LocalDate lastDay, String reason) implements Serializable {
    }

    /** One proposed appointment of a series; {@code startsAt} is null (and {@code problem} says why) when nothing fitted. */
    public record ProposedRow(int index, String label, String typeCode, String typeLabel, java.time.LocalDateTime startsAt,
                              UUID providerId, String providerName, UUID resourceId, String resourceName, String problem)
            implements Serializable {
    }

    /** Hours on one weekday (1 = Monday). */
    public record HoursRow(int dayOfWeek, LocalTime starts, LocalTime ends) implements Serializable {
    }

    /** A chair or room. */
    public record ResourceRow(UUID id, String name, String kind, boolean active) implements Serializable {
    }

    /** An active provider to choose: id, name and discipline (a type names the discipline that delivers it). */
    public record ProviderChoice(UUID id, String displayName, String discipline) implements Serializable {
    }

    /** An active chair or room to choose: id, name and kind (a type names the kind of room it needs). */
    public record ResourceChoice(UUID id, String name, String kind) implements Serializable {
    }

    /**
     * The providers (by name) and rooms (by kind and name) that can be booked, active ones only, and the span of the day the providers
     * work ({@code opens} to {@code closes}, null when no hours are set); shared and immutable.
     */
    public record Choices(List<ProviderChoice> providers, List<ResourceChoice> resources, java.time.LocalTime opens, java.time.LocalTime closes)
            implements Serializable {
    }

    /** An appointment type. */
    public record TypeRow(String code, String label, String discipline, int durationMinutes, String resourceKind,
                          int recoveryMinutes, long version) implements Serializable {
    }

    /** An appointment: when, who, where, what, and its state. No clinical content. */
    public record AppointmentRow(UUID id, UUID patientId, UUID providerId, String providerName, UUID resourceId,
                                 String resourceName, String typeCode, String typeLabel, Instant startsAt, Instant endsAt,
                                 String status, boolean lateCancel, long version, UUID planId) implements Serializable {

        /** Attended: checked in or completed. */
        public boolean attended() {
            return "CHECKED_IN".equals(status) || "COMPLETED".equals(status);
        }
    }
}
