package com.clinicsuite.patients.application;

import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;

/** The screen query behind the patient list; implemented in infrastructure with a DTO projection. */
public interface PatientListQuery {

    /** Sort keys the list understands. */
    enum Sort { NAME, BIRTH_DATE, MRN }

    /**
     * Patients matching {@code text}: an MRN, or a prefix of the family name ("family given") or of
     * the given name, ignoring case and accents. Blank text lists everyone.
     */
    PageResult<PatientSummary> find(String text, PageRequest page);

    /** Summaries of the given patients, in one query. */
    java.util.Map<java.util.UUID, PatientSummary> byIds(java.util.Collection<java.util.UUID> ids);
}
