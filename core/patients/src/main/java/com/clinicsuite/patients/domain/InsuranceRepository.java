package com.clinicsuite.patients.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where insurance policies are kept. */
public interface InsuranceRepository {

    void add(InsurancePolicy policy);

    Optional<InsurancePolicy> find(UUID id);

    /** A patient's policies: primary before secondary, newest first. */
    List<InsurancePolicy> forPatient(UUID patientId);
}
