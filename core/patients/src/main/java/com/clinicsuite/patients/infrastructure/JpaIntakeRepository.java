package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.intake.ClinicalAlert;
import com.clinicsuite.patients.domain.intake.Intake;
import com.clinicsuite.patients.domain.intake.IntakeRepository;
import com.clinicsuite.patients.domain.intake.MmeSnapshot;
import com.clinicsuite.patients.domain.intake.QuestionnaireResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaIntakeRepository implements IntakeRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public Optional<Intake> forPatient(UUID patientId) {
        return em.createQuery("SELECT i FROM Intake i WHERE i.patientId = :p", Intake.class)
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    @Override
    public Optional<Intake> forHeader(UUID patientId) {
        // both are small (about a dozen screen items, a few allergies) and the list keeps its order column, so one
        // statement with their product is cheaper than three
        return em.createQuery("SELECT i FROM Intake i LEFT JOIN FETCH i.screen LEFT JOIN FETCH i.allergies WHERE i.patientId = :p",
                Intake.class).setParameter("p", patientId).getResultList().stream().findFirst();
    }

    @Override
    public Optional<PatientWithIntake> patientForHeader(UUID patientId) {
        return em.createQuery("SELECT p, i FROM Patient p LEFT JOIN Intake i ON i.patientId = p.id"
                        + " LEFT JOIN FETCH i.screen LEFT JOIN FETCH i.allergies WHERE p.id = :p", Object[].class)
                .setParameter("p", patientId).getResultList().stream().findFirst() // a list: the fetched collections are complete
                .map(row -> new PatientWithIntake((com.clinicsuite.patients.domain.Patient) row[0], (Intake) row[1]));
    }

    @Override
    public void add(Intake intake) {
        em.persist(intake);
    }

    @Override
    public void add(QuestionnaireResponse response) {
        em.persist(response);
    }

    @Override
    public void add(MmeSnapshot snapshot) {
        em.persist(snapshot);
    }

    @Override
    public void add(ClinicalAlert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<ClinicalAlert> alert(UUID id) {
        return Optional.ofNullable(em.find(ClinicalAlert.class, id));
    }

    @Override
    public List<QuestionnaireResponse> responses(UUID patientId) {
        return em.createQuery("SELECT r FROM QuestionnaireResponse r WHERE r.patientId = :p ORDER BY r.takenOn, r.recordedAt",
                QuestionnaireResponse.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<MmeSnapshot> mmeHistory(UUID patientId) {
        return em.createQuery("SELECT s FROM MmeSnapshot s WHERE s.patientId = :p ORDER BY s.recordedAt", MmeSnapshot.class)
                .setParameter("p", patientId).getResultList();
    }

    @Override
    public List<ClinicalAlert> alerts(UUID patientId) {
        return em.createQuery("SELECT a FROM ClinicalAlert a WHERE a.patientId = :p ORDER BY a.raisedAt DESC", ClinicalAlert.class)
                .setParameter("p", patientId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
