package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.InsurancePolicy;
import com.clinicsuite.patients.domain.InsuranceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaInsuranceRepository implements InsuranceRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public void add(InsurancePolicy policy) {
        em.persist(policy);
    }

    @Override
    public Optional<InsurancePolicy> find(UUID id) {
        return Optional.ofNullable(em.find(InsurancePolicy.class, id));
    }

    @Override
    public List<InsurancePolicy> forPatient(UUID patientId) {
        return em.createQuery("SELECT p FROM InsurancePolicy p WHERE p.patientId = :p ORDER BY p.priority, p.effectiveFrom DESC",
                InsurancePolicy.class).setParameter("p", patientId).getResultList();
    }
}
