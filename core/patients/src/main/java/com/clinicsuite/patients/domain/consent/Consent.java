package com.clinicsuite.patients.domain.consent;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A signed consent on file. Its scan lives in {@link ConsentDocument}; revocation keeps the record. */
@Entity
@Table(name = "consent")
public class Consent extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private ConsentType type;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "signer", nullable = false, updatable = false)
    private String signer;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Consent() {
        // for JPA
    }

    /** Records a signed consent with its scan; the document row is returned alongside for storage. */
    public static Consent record(UUID patientId, ConsentType type, LocalDate signedOn, String signer, ScannedDocument scan,
                                 LocalDate today) {
        Objects.requireNonNull(patientId, "patientId");
        if (type == null) {
            throw new BusinessRuleException("consent.type.required", "type", "Choose which consent this is.");
        }
        if (signedOn == null || signedOn.isAfter(today)) {
            throw new BusinessRuleException("consent.signedOn", "signedOn", "Give the date it was signed; it cannot be in the future.");
        }
        if (signer == null || signer.isBlank()) {
            throw new BusinessRuleException("consent.signer", "signer", "Name who signed (the patient or their legal representative).");
        }
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.patientId = patientId;
        c.type = type;
        c.signedOn = signedOn;
        c.signer = signer.strip().length() > 100 ? signer.strip().substring(0, 100) : signer.strip();
        c.fileName = scan.fileName();
        c.contentType = scan.contentType();
        c.sizeBytes = scan.bytes().length;
        return c;
    }

    /** Revokes the consent from {@code on}; the record and its scan stay readable. */
    public void revoke(LocalDate on, String reason, LocalDate today) {
        if (revokedOn != null) {
            throw new BusinessRuleException("consent.revoked", "This consent was already revoked on " + revokedOn + ".");
        }
        if (on == null || on.isAfter(today) || on.isBefore(signedOn)) {
            throw new BusinessRuleException("consent.revokedOn", "revokedOn", "The revocation date must be between the signing date and today.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("consent.revocationReason", "revocationReason", "Give the reason for the revocation.");
        }
        revokedOn = on;
        revocationReason = reason.strip();
    }

    public boolean isInForce() {
        return revokedOn == null;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public ConsentType type() { return type; }
    public LocalDate signedOn() { return signedOn; }
    public String signer() { return signer; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public LocalDate revokedOn() { return revokedOn; }
    public String revocationReason() { return revocationReason; }
}
