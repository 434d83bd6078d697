package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.Mrn;
import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.PhoneNumber;
import com.clinicsuite.shared.domain.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
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

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Patient> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Patient p WHERE p.id IN :ids", Patient.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Patient> possibleDuplicates(String givenName, String familyName, LocalDate birthDate, PhoneNumber phone) {
        return em.createQuery("SELECT p FROM Patient p WHERE ((p.searchFamily = :name AND p.birthDate = :birthDate)"
                        + " OR p.phone = :phone)"
                        + " ORDER BY p.searchFamily, p.id", Patient.class)
                .setParameter("name", SearchText.fold(familyName + " " + givenName))
                .setParameter("birthDate", birthDate)
                .setParameter("phone", phone == null ? "" : phone.digits())
                .setMaxResults(20)
                .getResultList();
    }
}
