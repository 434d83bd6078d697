package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.access.EmergencyAccessGrant;
import com.clinicsuite.patients.domain.access.EmergencyAccessPolicy;
import com.clinicsuite.patients.domain.access.EmergencyAccessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEmergencyAccessRepository implements EmergencyAccessRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public void add(EmergencyAccessGrant grant) {
        em.persist(grant);
    }

    @Override
    public Optional<EmergencyAccessGrant> find(UUID id) {
        return Optional.ofNullable(em.find(EmergencyAccessGrant.class, id));
    }

    @Override
    public Optional<EmergencyAccessGrant> activeGrant(UUID patientId, String username, Instant at) {
        return em.createQuery("SELECT g FROM EmergencyAccessGrant g WHERE g.patientId = :p AND g.username = :u"
                        + " AND g.grantedAt <= :at AND g.expiresAt > :at ORDER BY g.expiresAt DESC", EmergencyAccessGrant.class)
                .setParameter("p", patientId).setParameter("u", username).setParameter("at", at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<EmergencyAccessGrant> since(Instant from, boolean unreviewedOnly, int limit) {
        return em.createQuery("SELECT g FROM EmergencyAccessGrant g WHERE g.grantedAt >= :from"
                        + (unreviewedOnly ? " AND g.reviewedAt IS NULL" : "") + " ORDER BY g.grantedAt DESC", EmergencyAccessGrant.class)
                .setParameter("from", from).setMaxResults(limit).getResultList();
    }

    @Override
    public long unreviewed() {
        return em.createQuery("SELECT count(g) FROM EmergencyAccessGrant g WHERE g.reviewedAt IS NULL", Long.class).getSingleResult();
    }

    @Override
    public EmergencyAccessPolicy policy() {
        return em.find(EmergencyAccessPolicy.class, 1);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
