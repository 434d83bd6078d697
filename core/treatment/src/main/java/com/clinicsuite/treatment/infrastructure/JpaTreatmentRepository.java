package com.clinicsuite.treatment.infrastructure;

import com.clinicsuite.treatment.domain.ProtocolTemplate;
import com.clinicsuite.treatment.domain.TreatmentPlan;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans and templates through JPA, in the "treatment" persistence unit. */
@ApplicationScoped
public class JpaTreatmentRepository implements TreatmentRepository {

    private static final List<TreatmentPlan.Status> OPEN = List.of(TreatmentPlan.Status.DRAFT, TreatmentPlan.Status.ACTIVE,
            TreatmentPlan.Status.ON_HOLD);

    @PersistenceContext(unitName = "treatment")
    private EntityManager em;

    @Override
    public void add(TreatmentPlan plan) {
        em.persist(plan);
    }

    @Override
    public Optional<TreatmentPlan> plan(UUID id) {
        return Optional.ofNullable(em.find(TreatmentPlan.class, id));
    }

    @Override
    public List<TreatmentPlan> plansOf(UUID patientId) {
        return em.createQuery("SELECT p FROM TreatmentPlan p WHERE p.patientId = :p ORDER BY p.createdAt DESC", TreatmentPlan.class)
                .setParameter("p", patientId).getResultList();
    }

    @Override
    public Optional<TreatmentPlan> openPlanOf(UUID patientId) {
        return em.createQuery("SELECT p FROM TreatmentPlan p WHERE p.patientId = :p AND p.status IN (:open)", TreatmentPlan.class)
                .setParameter("p", patientId).setParameter("open", OPEN).getResultStream().findFirst();
    }

    @Override
    public Optional<PlanTeam> planTeam(UUID patientId) {
        List<Object[]> rows = em.createQuery("SELECT p.ketamine.clinicianId, p.physicalTherapy.clinicianId, p.counseling.clinicianId,"
                + " p.createdBy FROM TreatmentPlan p WHERE p.patientId = :p", Object[].class).setParameter("p", patientId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        java.util.Set<String> authors = new java.util.HashSet<>();
        for (Object[] row : rows) {
            for (int i = 0; i < 3; i++) {
                if (row[i] != null) {
                    ids.add((UUID) row[i]);
                }
            }
            authors.add((String) row[3]);
        }
        return Optional.of(new PlanTeam(ids, authors));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void add(ProtocolTemplate template) {
        em.persist(template);
    }

    @Override
    public com.clinicsuite.treatment.domain.MonitoringSettings monitoringSettings() {
        return em.find(com.clinicsuite.treatment.domain.MonitoringSettings.class, 1);
    }

    @Override
    public Optional<ProtocolTemplate> template(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ProtocolTemplate.class, code));
    }

    @Override
    public List<ProtocolTemplate> templates() {
        return em.createQuery("SELECT t FROM ProtocolTemplate t ORDER BY t.active DESC, t.name", ProtocolTemplate.class).getResultList();
    }

    @Override
    public void add(com.clinicsuite.treatment.domain.InfusionVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<com.clinicsuite.treatment.domain.InfusionVisit> visit(UUID id) {
        return Optional.ofNullable(em.find(com.clinicsuite.treatment.domain.InfusionVisit.class, id));
    }

    @Override
    public Optional<com.clinicsuite.treatment.domain.InfusionVisit> visitForAppointment(UUID appointmentId) {
        return em.createQuery("SELECT v FROM InfusionVisit v WHERE v.appointmentId = :a", com.clinicsuite.treatment.domain.InfusionVisit.class)
                .setParameter("a", appointmentId).getResultStream().findFirst();
    }

    @Override
    public List<com.clinicsuite.treatment.domain.InfusionVisit> visitsOf(UUID patientId) {
        return em.createQuery("SELECT v FROM InfusionVisit v WHERE v.patientId = :p ORDER BY v.createdAt DESC",
                com.clinicsuite.treatment.domain.InfusionVisit.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public void add(com.clinicsuite.treatment.domain.TherapyVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<com.clinicsuite.treatment.domain.TherapyVisit> therapyVisit(UUID id) {
        return Optional.ofNullable(em.find(com.clinicsuite.treatment.domain.TherapyVisit.class, id));
    }

    @Override
    public Optional<com.clinicsuite.treatment.domain.TherapyVisit> therapyVisitForAppointment(UUID appointmentId) {
        return em.createQuery("SELECT v FROM TherapyVisit v WHERE v.appointmentId = :a", com.clinicsuite.treatment.domain.TherapyVisit.class)
                .setParameter("a", appointmentId).getResultStream().findFirst();
    }

    @Override
    public List<com.clinicsuite.treatment.domain.TherapyVisit> therapyVisitsOf(UUID patientId) {
        return em.createQuery("SELECT v FROM TherapyVisit v WHERE v.patientId = :p ORDER BY v.visitDate DESC",
                com.clinicsuite.treatment.domain.TherapyVisit.class).setParameter("p", patientId).getResultList();
    }

    @Override
    public void add(com.clinicsuite.treatment.domain.VisitAmendment amendment) {
        em.persist(amendment);
    }

    @Override
    public List<com.clinicsuite.treatment.domain.VisitAmendment> amendmentsOf(UUID visitId) {
        return em.createQuery("SELECT a FROM VisitAmendment a WHERE a.visitId = :v ORDER BY a.createdAt",
                com.clinicsuite.treatment.domain.VisitAmendment.class).setParameter("v", visitId).getResultList();
    }
}
