package com.clinicsuite.patients.domain.note;

import com.clinicsuite.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicalNoteTest {

    private static final Instant T1 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-21T11:00:00Z");

    @Test
    void aSignedNote_isLocked() {
        ClinicalNote n = ClinicalNote.draft(UUID.randomUUID(), NoteKind.PROGRESS, "Tolerated infusion well.", "nurse");
        n.revise("Tolerated infusion well. No nausea.", "nurse");
        n.sign("nurse", T1);
        assertThat(n.status()).isEqualTo(ClinicalNote.Status.SIGNED);
        assertThatThrownBy(() -> n.revise("changed", "nurse")).isInstanceOf(BusinessRuleException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> n.sign("nurse", T2)).hasMessageContaining("already signed");
    }

    @Test
    void anAmendment_isANewSignedVersion_thatVoidsTheOldOne_keepingBoth() {
        ClinicalNote first = ClinicalNote.draft(UUID.randomUUID(), NoteKind.PROGRESS, "BP 150/90.", "physician");
        first.sign("physician", T1);
        ClinicalNote second = first.amend("BP 130/85 (first reading was before rest).", "Wrong reading copied", "physician", T2);

        assertThat(first.status()).isEqualTo(ClinicalNote.Status.AMENDED);
        assertThat(first.text()).isEqualTo("BP 150/90.");
        assertThat(first.voidedBy()).isEqualTo("physician");
        assertThat(second.status()).isEqualTo(ClinicalNote.Status.SIGNED);
        assertThat(second.amends()).isEqualTo(first.id());
        assertThat(second.amendmentReason()).isEqualTo("Wrong reading copied");
        assertThatThrownBy(() -> first.amend("again", "another reason", "physician", T2)).hasMessageContaining("amend the newest version");
    }

    @Test
    void amending_needsAReason_andASignedNote() {
        ClinicalNote draft = ClinicalNote.draft(UUID.randomUUID(), NoteKind.PROGRESS, "Text", "physician");
        assertThatThrownBy(() -> draft.amend("x", "reason here", "physician", T1)).hasMessageContaining("only signed notes are amended");
        draft.sign("physician", T1);
        assertThatThrownBy(() -> draft.amend("x", "", "physician", T2)).hasMessageContaining("reason");
    }

    @Test
    void onlyTheAuthor_mayReviseSignOrAmend() {
        ClinicalNote n = ClinicalNote.draft(UUID.randomUUID(), NoteKind.PROGRESS, "Text", "therapist");
        assertThatThrownBy(() -> n.sign("physician", T1)).hasMessageContaining("Only the author (therapist)");
        assertThatThrownBy(() -> n.revise("x", "nurse")).hasMessageContaining("Only the author");
    }

    @Test
    void psychotherapyNotes_areReadableByTheirAuthorOnly() {
        ClinicalNote private_ = ClinicalNote.draft(UUID.randomUUID(), NoteKind.PSYCHOTHERAPY, "Session content", "counselor");
        assertThat(private_.readableBy("counselor")).isTrue();
        assertThat(private_.readableBy("physician")).isFalse();
        assertThat(ClinicalNote.draft(UUID.randomUUID(), NoteKind.PROGRESS, "x", "counselor").readableBy("physician")).isTrue();
    }
}
