package com.clinicsuite.patients.domain.note;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where clinical notes are kept. */
public interface NoteRepository {

    void add(ClinicalNote note);

    Optional<ClinicalNote> find(UUID id);

    /** The notes of a patient that {@code reader} may read, newest first (psychotherapy notes of others left out). */
    List<ClinicalNote> readableBy(UUID patientId, String reader);

    void flush();
}
