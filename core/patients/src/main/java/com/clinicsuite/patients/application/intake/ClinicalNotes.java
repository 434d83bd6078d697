package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.note.ClinicalNote;
import com.clinicsuite.patients.domain.note.NoteKind;
import com.clinicsuite.patients.domain.note.NoteRepository;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Clinical notes. Clinicians write drafts, sign them (locked) and amend them with a reason. Psychotherapy
 * notes are written by counselors and readable by their author only; the query itself leaves them out.
 */
@Stateless
public class ClinicalNotes {

    @Inject
    private NoteRepository notes;

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<NoteRow> list(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        String me = me();
        audit.recordRead("note.list", patientId, "notes");
        return notes.readableBy(patientId, me).stream().map(n -> row(n, me)).toList();
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public NoteRow write(@NotNull UUID patientId, String kind, String text) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        NoteKind k = Choice.of(NoteKind.class, kind, "kind", "Note kind");
        if (k == NoteKind.PSYCHOTHERAPY && !session.isCallerInRole(Roles.COUNSELOR)) {
            throw new BusinessRuleException("note.psychotherapy.role", "kind", "Only counselors write psychotherapy notes.");
        }
        if (k == NoteKind.INTAKE && !session.isCallerInRole(Roles.PHYSICIAN)) {
            throw new BusinessRuleException("note.intake.role", "kind", "Intake notes are written by the physician.");
        }
        ClinicalNote note = ClinicalNote.draft(patientId, k, text, me());
        notes.add(note);
        audit.record("note.write", patientId, k.label() + " draft");
        return row(note, me());
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public NoteRow revise(@NotNull UUID noteId, long version, String text) {
        ClinicalNote note = load(noteId, version);
        note.revise(text, me());
        notes.flush();
        audit.record("note.revise", note.patientId(), note.kind().label() + " draft revised");
        return row(note, me());
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public NoteRow sign(@NotNull UUID noteId, long version) {
        ClinicalNote note = load(noteId, version);
        note.sign(me(), clock.instant());
        notes.flush();
        audit.record("note.sign", note.patientId(), note.kind().label() + " signed");
        return row(note, me());
    }

    /** Amends a signed note: a new signed version; the old one is voided with the reason and stays readable. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public NoteRow amend(@NotNull UUID noteId, long version, String text, String reason) {
        ClinicalNote note = load(noteId, version);
        ClinicalNote next = note.amend(text, reason, me(), clock.instant());
        notes.add(next);
        notes.flush();
        audit.record("note.amend", note.patientId(), note.kind().label() + " amended: " + reason);
        return row(next, me());
    }

    private ClinicalNote load(UUID id, long version) {
        ClinicalNote note = notes.find(id).filter(n -> n.readableBy(me()))
                .orElseThrow(() -> new BusinessRuleException("note.notFound", "No such note; reload the chart."));
        access.requireChartAccess(note.patientId());
        if (note.version() != version) {
            throw new BusinessRuleException("note.stale", "This note changed after you opened it; reload the chart.");
        }
        return note;
    }


    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static NoteRow row(ClinicalNote n, String me) {
        return new NoteRow(n.id(), n.kind().name(), n.kind().label(), n.text(), n.author(), n.status().name(), n.createdAt(),
                n.signedAt(), n.amends(), n.amendmentReason(), n.voidedAt(), n.voidedBy(), n.author().equals(me), n.version());
    }
}
