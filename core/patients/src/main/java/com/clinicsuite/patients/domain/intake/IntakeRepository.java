package com.clinicsuite.patients.domain.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where intakes and the clinical record over time are kept. */
public interface IntakeRepository {

    Optional<Intake> forPatient(UUID patientId);

    /**
     * The intake with what a chart header shows (the contraindication screen and the allergies) fetched in the same
     * statement; its other collections stay unloaded.
     */
    Optional<Intake> forHeader(UUID patientId);

    /** A patient with their intake (or none), read for a chart header as {@link #forHeader} reads it, in one statement. */
    record PatientWithIntake(com.clinicsuite.patients.domain.Patient patient, Intake intake) {
    }

    Optional<PatientWithIntake> patientForHeader(UUID patientId);

    void add(Intake intake);

    void add(QuestionnaireResponse response);

    void add(MmeSnapshot snapshot);

    void add(ClinicalAlert alert);

    Optional<ClinicalAlert> alert(UUID id);

    /** All responses of a patient, oldest first. */
    List<QuestionnaireResponse> responses(UUID patientId);

    /** MME over time, oldest first. */
    List<MmeSnapshot> mmeHistory(UUID patientId);

    /** All alerts of a patient, newest first. */
    List<ClinicalAlert> alerts(UUID patientId);

    void flush();
}
