package com.clinicsuite.patients.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The scanned bytes of a consent, kept apart so lists never load them. Never changed once stored. */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

    @Id
    @Column(name = "consent_id")
    private UUID consentId;

    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    protected ConsentDocument() {
        // for JPA
    }

    public ConsentDocument(UUID consentId, ScannedDocument scan) {
        this.consentId = consentId;
        this.bytes = scan.bytes();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
