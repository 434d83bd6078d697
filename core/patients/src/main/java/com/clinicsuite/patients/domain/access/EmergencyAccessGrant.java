package com.clinicsuite.patients.domain.access;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One emergency access: a user opened a patient's chart outside the care team, for a limited time, with a written
 * reason. The grant itself never changes (a database trigger refuses it); an administrator adds a review.
 */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccessGrant extends AuditedEntity {

    /** Shortest reason accepted: a few words that say what the emergency is. */
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;

    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "username", nullable = false, updatable = false)
    private String username;
    @Column(name = "role", updatable = false)
    private String role;
    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_note")
    private String reviewNote;

    protected EmergencyAccessGrant() {
        // for JPA
    }

    /** Grants access from {@code at} for {@code lasting}; the reason is required and must say something. */
    public static EmergencyAccessGrant grant(UUID patientId, String username, String role, String reason, Instant at, Duration lasting) {
        if (patientId == null || username == null || username.isBlank()) {
            throw new IllegalArgumentException("patient and user are required");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new BusinessRuleException("emergency.reason", "reason",
                    "Say why you need emergency access (at least " + MIN_REASON + " characters); it is reviewed by an administrator.");
        }
        if (why.length() > MAX_REASON) {
            throw new BusinessRuleException("emergency.reason", "reason", "The reason is too long (at most " + MAX_REASON + " characters).");
        }
        if (lasting.isNegative() || lasting.isZero()) {
            throw new IllegalArgumentException("an emergency access must last some time");
        }
        EmergencyAccessGrant g = new EmergencyAccessGrant();
        g.id = UUID.randomUUID();
        g.patientId = patientId;
        g.username = username;
        g.role = role;
        g.reason = why;
        g.grantedAt = at;
        g.expiresAt = at.plus(lasting);
        return g;
    }

    /** True from the grant until (not including) its expiry. */
    public boolean isActiveAt(Instant at) {
        return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
    }

    /** An administrator records that they reviewed the access (once). */
    public void review(String by, String note, Instant at) {
        if (reviewedAt != null) {
            throw new BusinessRuleException("emergency.reviewed", "This emergency access was already reviewed by " + reviewedBy + ".");
        }
        if (note != null && note.strip().length() > MAX_REASON) {
            throw new BusinessRuleException("emergency.reviewNote", "note", "The review note is too long (at most " + MAX_REASON + " characters).");
        }
        reviewedBy = by;
        reviewedAt = at;
        reviewNote = note == null || note.isBlank() ? null : note.strip();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String username() { return username; }
    public String role() { return role; }
    public String reason() { return reason; }
    public Instant grantedAt() { return grantedAt; }
    public Instant expiresAt() { return expiresAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewNote() { return reviewNote; }
}
