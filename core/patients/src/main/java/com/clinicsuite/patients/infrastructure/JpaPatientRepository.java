package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.Mrn;
import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public Mrn nextMrn() {
        Number next = (Number) em.createNativeQuery("SELECT nextval('patients.mrn_seq')").getSingleResult();
        return Mrn.fromSequence(next.longValue());
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
    }

    @Override
    public Optional<Patient> find(UUID id) {
        return Optional.ofNullable(em.find(Patient.class, id));
    }
}
