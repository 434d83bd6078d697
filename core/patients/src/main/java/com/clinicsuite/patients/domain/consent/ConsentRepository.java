package com.clinicsuite.patients.domain.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where consents and their scans are kept. */
public interface ConsentRepository {

    void add(Consent consent, ConsentDocument document);

    Optional<Consent> find(UUID id);

    Optional<ConsentDocument> document(UUID consentId);

    /** A patient's consents, newest signing first. */
    List<Consent> forPatient(UUID patientId);
}
