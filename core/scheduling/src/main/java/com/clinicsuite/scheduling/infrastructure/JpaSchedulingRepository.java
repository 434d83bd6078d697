package com.clinicsuite.scheduling.infrastructure;

import com.clinicsuite.scheduling.domain.Absence;
import com.clinicsuite.scheduling.domain.Appointment;
import com.clinicsuite.scheduling.domain.AppointmentType;
import com.clinicsuite.scheduling.domain.Provider;
import com.clinicsuite.scheduling.domain.Resource;
import com.clinicsuite.scheduling.domain.SchedulingRepository;
import com.clinicsuite.scheduling.domain.SlotTakenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSchedulingRepository implements SchedulingRepository {

    /** Entities read only to be shown: Hibernate keeps no snapshot of them and skips them when it flushes. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    /** PostgreSQL's SQLSTATE for an exclusion constraint violation. */
    static final String EXCLUSION_VIOLATION = "23P01";

    @PersistenceContext(unitName = "scheduling")
    private EntityManager em;

    @Override
    public void add(Provider provider) {
        em.persist(provider);
    }

    @Override
    public com.clinicsuite.scheduling.domain.ClinicProfile clinicProfile() {
        return em.find(com.clinicsuite.scheduling.domain.ClinicProfile.class, 1);
    }

    @Override
    public void flushProfile() {
        em.flush();
    }

    @Override
    public void add(Resource resource) {
        em.persist(resource);
    }

    @Override
    public void book(Appointment appointment) {
        em.persist(appointment);
        flushChange(appointment);
    }

    @Override
    public void flushChange(Appointment appointment) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String constraint = exclusionConstraint(e);
            if (constraint == null) {
                throw e;
            }
            throw new SlotTakenException(switch (constraint) {
                case "appointment_patient_no_overlap" -> "The patient was just booked elsewhere at that time; choose another time.";
                case "appointment_resource_no_overlap" -> "That chair or room was just taken; choose another time or room.";
                default -> "That slot was just taken by another booking; choose another time.";
            });
        }
    }

    /** The name of the exclusion constraint behind {@code e}, or null when it is another failure. */
    static String exclusionConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                for (String name : List.of("appointment_patient_no_overlap", "appointment_resource_no_overlap", "appointment_provider_no_overlap")) {
                    if (message.contains(name)) {
                        return name;
                    }
                }
                return "appointment_provider_no_overlap";
            }
        }
        return null;
    }

    @Override
    public Optional<Provider> provider(UUID id) {
        return Optional.ofNullable(em.find(Provider.class, id));
    }

    @Override
    public Optional<Provider> providerByUsername(String username) {
        return em.createQuery("SELECT DISTINCT p FROM Provider p LEFT JOIN FETCH p.hours WHERE p.username = :u", Provider.class)
                .setParameter("u", username).setHint(READ_ONLY, true).getResultStream().findFirst();
    }

    @Override
    public Optional<Resource> resource(UUID id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    @Override
    public Optional<AppointmentType> type(String code) {
        return Optional.ofNullable(code == null ? null : em.find(AppointmentType.class, code));
    }

    @Override
    public Optional<Appointment> appointment(UUID id) {
        return Optional.ofNullable(em.find(Appointment.class, id));
    }

    @Override
    public List<Provider> providers() {
        return em.createQuery("SELECT DISTINCT p FROM Provider p LEFT JOIN FETCH p.hours ORDER BY p.displayName", Provider.class).getResultList();
    }

    @Override
    public List<Provider> providersNamed(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Provider p WHERE p.id IN :ids", Provider.class).setParameter("ids", ids)
                .setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public List<Provider> providerPage(String text, int offset, int limit) {
        // the page's ids first (a collection fetch cannot be paged in SQL), then those providers with their hours in one query
        List<UUID> ids = em.createQuery("SELECT p.id FROM Provider p WHERE " + PROVIDER_MATCHES + " ORDER BY p.displayName, p.id", UUID.class)
                .setParameter("q", contains(text)).setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Provider> byId = em.createQuery("SELECT DISTINCT p FROM Provider p LEFT JOIN FETCH p.hours WHERE p.id IN :ids", Provider.class)
                .setParameter("ids", ids).setHint(READ_ONLY, true).getResultList().stream()
                // a stream over a collection fetch yields the provider once per hours row; the map keeps it once
                .collect(java.util.stream.Collectors.toMap(Provider::id, java.util.function.Function.identity(), (same, again) -> same));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public long providerCount(String text) {
        return em.createQuery("SELECT count(p) FROM Provider p WHERE " + PROVIDER_MATCHES, Long.class).setParameter("q", contains(text)).getSingleResult();
    }

    @Override
    public List<Resource> resourcePage(String text, int offset, int limit) {
        return em.createQuery("SELECT r FROM Resource r WHERE lower(r.name) LIKE :q ESCAPE '!' ORDER BY r.kind, r.name, r.id", Resource.class)
                .setParameter("q", contains(text)).setFirstResult(offset).setMaxResults(limit).setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public long resourceCount(String text) {
        return em.createQuery("SELECT count(r) FROM Resource r WHERE lower(r.name) LIKE :q ESCAPE '!'", Long.class)
                .setParameter("q", contains(text)).getSingleResult();
    }

    private static final String PROVIDER_MATCHES = "(lower(p.displayName) LIKE :q ESCAPE '!' OR lower(p.username) LIKE :q ESCAPE '!')";

    /** A LIKE pattern for "contains the text", its own % and _ taken literally; every row when the text is blank. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public List<Resource> resourcesNamed(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Resource r WHERE r.id IN :ids", Resource.class).setParameter("ids", ids)
                .setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public List<Resource> resources() {
        return em.createQuery("SELECT r FROM Resource r ORDER BY r.kind, r.name", Resource.class).getResultList();
    }

    @Override
    public List<AppointmentType> types() {
        return em.createQuery("SELECT t FROM AppointmentType t ORDER BY t.discipline, t.code", AppointmentType.class).getResultList();
    }

    @Override
    public List<Appointment> clashes(UUID providerId, UUID resourceId, UUID patientId, Instant from, Instant to, Instant resourceTo) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.status IN (:active) AND ("
                        + "(a.providerId = :provider AND a.startsAt < :to AND a.endsAt > :from)"
                        + " OR (a.resourceId = :resource AND a.startsAt < :resourceTo AND a.resourceFreeAt > :from)"
                        + " OR (a.patientId = :patient AND a.startsAt < :to AND a.endsAt > :from))", Appointment.class)
                .setParameter("active", List.of(Appointment.Status.BOOKED, Appointment.Status.CHECKED_IN, Appointment.Status.COMPLETED))
                .setParameter("provider", providerId).setParameter("resource", resourceId).setParameter("patient", patientId)
                .setParameter("from", from).setParameter("to", to).setParameter("resourceTo", resourceTo)
                // a rescheduled appointment is already changed in memory: it must not be written before the check,
                // or the database would refuse it here rather than in flushChange, where the refusal is explained
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setMaxResults(5).getResultList();
    }

    @Override
    public List<Appointment> between(Instant from, Instant to) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt",
                Appointment.class).setParameter("from", from).setParameter("to", to).setHint(READ_ONLY, true).getResultList();
    }

    @Override
    public List<NamedAppointment> betweenNamed(Instant from, Instant to, int offset, int limit) {
        return named(em.createQuery(NAMED + " WHERE a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt, a.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setFirstResult(offset).setMaxResults(limit));
    }

    @Override
    public long countBetween(Instant from, Instant to) {
        return em.createQuery("SELECT count(a) FROM Appointment a WHERE a.startsAt >= :from AND a.startsAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public List<NamedAppointment> forPatientNamed(UUID patientId) {
        return named(em.createQuery(NAMED + " WHERE a.patientId = :p ORDER BY a.startsAt DESC, a.id", Object[].class).setParameter("p", patientId));
    }

    @Override
    public List<NamedAppointment> pastNamed(UUID patientId, Instant now, int offset, int limit) {
        return named(em.createQuery(NAMED + " WHERE a.patientId = :p AND a.startsAt <= :now ORDER BY a.startsAt DESC, a.id", Object[].class)
                .setParameter("p", patientId).setParameter("now", now).setFirstResult(offset).setMaxResults(limit));
    }

    @Override
    public long countPast(UUID patientId, Instant now) {
        return em.createQuery("SELECT count(a) FROM Appointment a WHERE a.patientId = :p AND a.startsAt <= :now", Long.class)
                .setParameter("p", patientId).setParameter("now", now).getSingleResult();
    }

    /** Appointments with their provider, room and type names, in one statement. */
    private static final String NAMED = "SELECT a, p.displayName, r.name, t.label FROM Appointment a"
            + " LEFT JOIN Provider p ON p.id = a.providerId LEFT JOIN Resource r ON r.id = a.resourceId"
            + " LEFT JOIN AppointmentType t ON t.code = a.typeCode";

    private static List<NamedAppointment> named(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.setHint(READ_ONLY, true).getResultStream()
                .map(row -> new NamedAppointment((Appointment) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    @Override
    public java.util.Set<String> usernamesOf(java.util.Collection<UUID> providerIds, UUID patientId) {
        // a never-used id keeps the IN list non-empty
        java.util.List<UUID> ids = new java.util.ArrayList<>(providerIds);
        ids.add(new UUID(0, 0));
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT pr.username FROM Provider pr WHERE pr.id IN :ids"
                        + " OR pr.id IN (SELECT a.providerId FROM Appointment a WHERE a.patientId = :p)", String.class)
                .setParameter("ids", ids).setParameter("p", patientId).getResultList());
    }

    @Override
    public List<Appointment> forPlan(UUID planId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.planId = :p ORDER BY a.startsAt", Appointment.class)
                .setParameter("p", planId).getResultList();
    }

    @Override
    public void add(Absence absence) {
        em.persist(absence);
    }

    @Override
    public void remove(Absence absence) {
        em.remove(absence);
    }

    @Override
    public Optional<Absence> absence(UUID id) {
        return Optional.ofNullable(em.find(Absence.class, id));
    }

    @Override
    public List<Absence> absences(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("SELECT a FROM Absence a WHERE a.firstDay <= :to AND a.lastDay >= :from ORDER BY a.firstDay", Absence.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
