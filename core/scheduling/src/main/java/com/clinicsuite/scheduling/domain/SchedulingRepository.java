package com.clinicsuite.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where providers, resources, types and appointments are kept. */
public interface SchedulingRepository {

    void add(Provider provider);

    void add(Resource resource);

    /**
     * Adds an appointment and writes it at once, so that the database's no-overlap constraints decide now.
     *
     * @throws SlotTakenException when another booking holds the provider, the room or the patient
     */
    void book(Appointment appointment);

    Optional<Provider> provider(UUID id);

    /** The provider who signs in as this Keycloak user, with their hours. */
    Optional<Provider> providerByUsername(String username);

    /** The clinic's settings (one row, always present). */
    ClinicProfile clinicProfile();

    /** Writes a change to the clinic's settings now, so a concurrent change surfaces in the call. */
    void flushProfile();

    Optional<Resource> resource(UUID id);

    Optional<AppointmentType> type(String code);

    Optional<Appointment> appointment(UUID id);

    List<Provider> providers();

    /** These providers (without their hours), read-only: for naming them on appointment rows. */
    List<Provider> providersNamed(java.util.Collection<UUID> ids);

    /** One page of the providers whose name or username contains {@code text} (every one when blank), by name, hours included. */
    List<Provider> providerPage(String text, int offset, int limit);

    /** How many providers' name or username contains {@code text}. */
    long providerCount(String text);

    /** One page of the chairs and rooms whose name contains {@code text} (every one when blank), by kind then name. */
    List<Resource> resourcePage(String text, int offset, int limit);

    /** How many chairs and rooms' name contains {@code text}. */
    long resourceCount(String text);

    /** These rooms and chairs, read-only: for naming them on appointment rows. */
    List<Resource> resourcesNamed(java.util.Collection<UUID> ids);

    List<Resource> resources();

    List<AppointmentType> types();

    /** Active appointments that hold the provider, the resource or the patient at some time in [from, to). */
    List<Appointment> clashes(UUID providerId, UUID resourceId, UUID patientId, Instant from, Instant to, Instant resourceTo);

    /** Appointments starting in [from, to), ordered by start. */
    List<Appointment> between(Instant from, Instant to);

    /** One page of the appointments starting in [from, to), by start time, with their names, in one read-only statement. */
    List<NamedAppointment> betweenNamed(Instant from, Instant to, int offset, int limit);

    /** How many appointments start in [from, to). */
    long countBetween(Instant from, Instant to);

    /** An appointment with the names a list shows, read in the same statement. */
    record NamedAppointment(Appointment appointment, String providerName, String resourceName, String typeLabel) {
    }

    /** The patient's appointments, newest first (ties by id), with provider, room and type names, in one read-only statement. */
    List<NamedAppointment> forPatientNamed(UUID patientId);

    /** One page of the patient's appointments that started by {@code now}, newest first (ties by id), with their names. */
    List<NamedAppointment> pastNamed(UUID patientId, java.time.Instant now, int offset, int limit);

    long countPast(UUID patientId, java.time.Instant now);

    /** The usernames of these providers and of every provider the patient has an appointment with. */
    java.util.Set<String> usernamesOf(java.util.Collection<UUID> providerIds, UUID patientId);

    /** The appointments booked from a treatment plan, oldest first. */
    List<Appointment> forPlan(UUID planId);

    /** Writes a changed appointment at once, translating a lost race on the no-overlap constraints. */
    void flushChange(Appointment appointment);

    void add(Absence absence);

    void remove(Absence absence);

    Optional<Absence> absence(UUID id);

    /** Absences overlapping the days [from, to]. */
    List<Absence> absences(java.time.LocalDate from, java.time.LocalDate to);
}
