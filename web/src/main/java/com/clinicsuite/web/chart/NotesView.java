package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.ClinicalNotes;
import com.clinicsuite.patients.application.intake.NoteRow;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The notes section of the chart: write, sign, amend. */
@Named
@ViewScoped
public class NotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicalNotes notes;

    @Inject
    private ChartView chart;

    private List<NoteRow> rows;
    private String kind = "PROGRESS";
    private String text;
    private NoteRow amending;
    private String amendedText;
    private String amendmentReason;

    public List<NoteRow> getRows() {
        if (rows == null && chart.getPatientId() != null) {
            rows = notes.list(chart.getPatientId());
        }
        return rows;
    }

    public void write() {
        notes.write(chart.getPatientId(), kind, text);
        text = null;
        rows = null;
        Messages.info("Draft saved. Sign it when it is complete.");
    }

    public void sign(NoteRow note) {
        notes.sign(note.id(), note.version());
        rows = null;
        Messages.info("Note signed; it is now locked.");
    }

    public void startAmend(NoteRow note) {
        amending = note;
        amendedText = note.text();
        amendmentReason = null;
    }

    public void amend() {
        notes.amend(amending.id(), amending.version(), amendedText, amendmentReason);
        amending = null;
        rows = null;
        Messages.info("Amendment signed. The earlier version stays readable, marked as amended.");
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public NoteRow getAmending() { return amending; }
    public String getAmendedText() { return amendedText; }
    public void setAmendedText(String amendedText) { this.amendedText = amendedText; }
    public String getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(String amendmentReason) { this.amendmentReason = amendmentReason; }
}
