package com.clinicsuite.patients.domain.note;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A clinical note: draft → signed (locked) → amended (voided by a newer version, still readable). */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote extends AuditedEntity {

    public static final int MAX_TEXT = 20_000;

    /** Where a note is in its life. */
    public enum Status { DRAFT, SIGNED, AMENDED }

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NoteKind kind;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "signed_at")
    private Instant signedAt;

    /** The note this one amends, if it is an amendment. */
    @Column(name = "amends", updatable = false)
    private UUID amends;

    @Column(name = "amendment_reason", updatable = false)
    private String amendmentReason;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    protected ClinicalNote() {
        // for JPA
    }

    /** Starts a draft by {@code author}. */
    public static ClinicalNote draft(UUID patientId, NoteKind kind, String text, String author) {
        ClinicalNote n = new ClinicalNote();
        n.id = UUID.randomUUID();
        n.patientId = Objects.requireNonNull(patientId);
        n.kind = Objects.requireNonNull(kind);
        n.author = Objects.requireNonNull(author);
        n.status = Status.DRAFT;
        n.text = checkedText(text);
        return n;
    }

    /** Rewrites a draft; only its author may, and only before signing. */
    public void revise(String newText, String by) {
        requireAuthor(by, "revise");
        if (status != Status.DRAFT) {
            throw new BusinessRuleException("note.locked", "A signed note is locked. Amend it instead, with a reason.");
        }
        text = checkedText(newText);
    }

    /** Signs the draft; from now on it is locked. */
    public void sign(String by, Instant at) {
        requireAuthor(by, "sign");
        if (status != Status.DRAFT) {
            throw new BusinessRuleException("note.signed", "This note is already signed.");
        }
        status = Status.SIGNED;
        signedAt = at;
    }

    /**
     * Amends a signed note: returns the new, signed version and voids this one. Both stay readable.
     */
    public ClinicalNote amend(String newText, String reason, String by, Instant at) {
        requireAuthor(by, "amend");
        if (status != Status.SIGNED) {
            throw new BusinessRuleException("note.notSigned", status == Status.DRAFT
                    ? "A draft can still be revised; only signed notes are amended."
                    : "This note was already amended; amend the newest version.");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new BusinessRuleException("note.amendmentReason", "amendmentReason", "Give the reason for the amendment (at least 5 characters).");
        }
        ClinicalNote next = draft(patientId, kind, newText, by);
        next.amends = id;
        next.amendmentReason = reason.strip();
        next.status = Status.SIGNED;
        next.signedAt = at;
        status = Status.AMENDED;
        voidedAt = at;
        voidedBy = by;
        return next;
    }

    /** Who may read it: psychotherapy notes only their author. */
    public boolean readableBy(String user) {
        return kind != NoteKind.PSYCHOTHERAPY || author.equals(user);
    }

    private void requireAuthor(String by, String action) {
        if (!author.equals(by)) {
            throw new BusinessRuleException("note.notAuthor", "Only the author (" + author + ") may " + action + " this note.");
        }
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("note.text.required", "text", "Write the note.");
        }
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException("note.text.tooLong", "text", "A note may have at most " + MAX_TEXT + " characters.");
        }
        return text.strip();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public NoteKind kind() { return kind; }
    public String text() { return text; }
    public String author() { return author; }
    public Status status() { return status; }
    public Instant signedAt() { return signedAt; }
    public UUID amends() { return amends; }
    public String amendmentReason() { return amendmentReason; }
    public Instant voidedAt() { return voidedAt; }
    public String voidedBy() { return voidedBy; }
}
