package com.clinicsuite.patients.application.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One consent on file, without its scan. */
public record ConsentRow(UUID id, String type, String typeLabel, LocalDate signedOn, String signer, String fileName,
                         int sizeBytes, boolean inForce, LocalDate revokedOn, String revocationReason, long version)
        implements Serializable {
}
