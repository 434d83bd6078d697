package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.consent.Consent;
import com.clinicsuite.patients.domain.consent.ConsentDocument;
import com.clinicsuite.patients.domain.consent.ConsentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public void add(Consent consent, ConsentDocument document) {
        em.persist(consent);
        em.persist(document);
    }

    @Override
    public Optional<Consent> find(UUID id) {
        return Optional.ofNullable(em.find(Consent.class, id));
    }

    @Override
    public Optional<ConsentDocument> document(UUID consentId) {
        return Optional.ofNullable(em.find(ConsentDocument.class, consentId));
    }

    @Override
    public List<Consent> forPatient(UUID patientId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.patientId = :p ORDER BY c.signedOn DESC, c.createdAt DESC", Consent.class)
                .setParameter("p", patientId).getResultList();
    }
}
