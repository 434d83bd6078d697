package com.clinicsuite.treatment.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A correction to a signed visit: the visit stays as signed; the amendment, its reason and author sit beside it. */
@Entity
@Table(name = "visit_amendment")
public class VisitAmendment extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;
    @Column(name = "visit_kind", nullable = false, updatable = false)
    private String visitKind;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    protected VisitAmendment() {
        // for JPA
    }

    /** Only a signed visit is amended; a draft is simply corrected. */
    public static VisitAmendment of(UUID visitId, String kind, UUID patientId, boolean visitSigned, String reason, String text) {
        if (!visitSigned) {
            throw new BusinessRuleException("amendment.unsigned", "The visit is not signed yet; correct it directly.");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("amendment.reason", "amendmentReason", "Give the reason for the amendment (at least 5 characters).");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("amendment.text", "amendmentText", "Write the correction.");
        }
        VisitAmendment a = new VisitAmendment();
        a.id = UUID.randomUUID();
        a.visitId = visitId;
        a.visitKind = kind;
        a.patientId = patientId;
        a.reason = reason.strip();
        a.text = text.strip();
        return a;
    }

    public UUID id() { return id; }
    public UUID visitId() { return visitId; }
    public String visitKind() { return visitKind; }
    public UUID patientId() { return patientId; }
    public String reason() { return reason; }
    public String text() { return text; }
}
