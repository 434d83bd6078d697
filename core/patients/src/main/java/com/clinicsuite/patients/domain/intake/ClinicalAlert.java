package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert on the chart that a clinician must acknowledge with a note, e.g. PHQ-9 item 9 above 0 (thoughts
 * of self-harm). Raising and acknowledging are recorded; an alert is never deleted.
 */
@Entity
@Table(name = "clinical_alert")
public class ClinicalAlert extends AuditedEntity {

    /** Kinds of alert. */
    public static final String SELF_HARM = "PHQ9_ITEM9";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledgement_note")
    private String acknowledgementNote;

    protected ClinicalAlert() {
        // for JPA
    }

    public static ClinicalAlert raise(UUID patientId, String kind, String detail, Instant at) {
        ClinicalAlert a = new ClinicalAlert();
        a.id = UUID.randomUUID();
        a.patientId = patientId;
        a.kind = kind;
        a.detail = detail;
        a.raisedAt = at;
        return a;
    }

    /** A clinician acknowledges the alert with a note of what was done. */
    public void acknowledge(String by, String note, Instant at) {
        if (acknowledgedAt != null) {
            throw new BusinessRuleException("alert.acknowledged", "This alert was already acknowledged by " + acknowledgedBy + ".");
        }
        if (note == null || note.strip().length() < 5) {
            throw new BusinessRuleException("alert.note", "note", "Write a note of what was done (at least 5 characters).");
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        acknowledgementNote = note.strip();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String kind() { return kind; }
    public String detail() { return detail; }
    public Instant raisedAt() { return raisedAt; }
    public boolean isOpen() { return acknowledgedAt == null; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgementNote() { return acknowledgementNote; }
}
