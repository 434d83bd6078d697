package com.clinicsuite.treatment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where plans and protocol templates are kept. */
public interface TreatmentRepository {

    void add(TreatmentPlan plan);

    Optional<TreatmentPlan> plan(UUID id);

    /** A patient's plans, newest first. */
    List<TreatmentPlan> plansOf(UUID patientId);

    /** The patient's open plan (draft, active or on hold), if any. */
    Optional<TreatmentPlan> openPlanOf(UUID patientId);

    /**
     * The providers assigned to the components of all the patient's plans and the usernames of the physicians who
     * wrote them (one query, no entities loaded); empty when the patient has no plan.
     */
    Optional<PlanTeam> planTeam(UUID patientId);

    /** Who a patient's plans name: the components' providers, and the plans' authors (usernames). */
    record PlanTeam(java.util.Set<UUID> providerIds, java.util.Set<String> authors) {
    }

    /** Writes pending changes now, so that constraint and version conflicts surface inside the use case. */
    void flush();

    void add(ProtocolTemplate template);

    Optional<ProtocolTemplate> template(String code);

    /** The clinic's monitoring thresholds (one row). */
    MonitoringSettings monitoringSettings();

    List<ProtocolTemplate> templates();

    void add(InfusionVisit visit);

    Optional<InfusionVisit> visit(UUID id);

    Optional<InfusionVisit> visitForAppointment(UUID appointmentId);

    /** A patient's infusion visits, newest first. */
    List<InfusionVisit> visitsOf(UUID patientId);

    void add(TherapyVisit visit);

    Optional<TherapyVisit> therapyVisit(UUID id);

    Optional<TherapyVisit> therapyVisitForAppointment(UUID appointmentId);

    /** A patient's PT and counseling visits, newest first. */
    List<TherapyVisit> therapyVisitsOf(UUID patientId);

    void add(VisitAmendment amendment);

    /** A visit's amendments, oldest first. */
    List<VisitAmendment> amendmentsOf(UUID visitId);
}
