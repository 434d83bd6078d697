package com.clinicsuite.web.rest;

import com.clinicsuite.patients.application.intake.AlertRow;
import com.clinicsuite.patients.application.intake.ChartHeader;
import com.clinicsuite.patients.application.intake.ClinicalNotes;
import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.NoteRow;
import com.clinicsuite.patients.application.intake.Commands;
import com.clinicsuite.patients.application.intake.IntakeAssessment;
import com.clinicsuite.patients.application.intake.IntakeView;
import com.clinicsuite.patients.application.intake.QuestionnaireRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient's clinical record over REST: chart header, intake (screen, decision, diagnoses, medications),
 * questionnaires and alerts. The services decide who may do what; front desk gets 403 on all of it.
 */
@Path("/charts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicalResource {

    @Inject
    private IntakeAssessment intake;

    @Inject
    private ClinicalRecord record;

    @Inject
    private ClinicalNotes notes;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    @PathParam("id")
    private UUID patientId;

    /** How the caller reaches this chart: care team, no team yet, emergency access (until when), or closed. */
    @GET
    @Path("/access")
    public com.clinicsuite.patients.application.access.ChartAccessStatus access() {
        return access.status(patientId);
    }

    /** Break the glass: time-limited emergency access with a reason (201 with the grant). */
    @POST
    @Path("/emergency-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response breakTheGlass(EmergencyBody body) {
        return jakarta.ws.rs.core.Response.status(201).entity(access.breakTheGlass(patientId, body == null ? null : body.reason())).build();
    }

    /** The reason for an emergency access. */
    public record EmergencyBody(String reason) {
    }

    @GET
    public ChartHeader header() {
        return record.header(patientId);
    }

    @GET
    @Path("/intake")
    public IntakeView intake() {
        return intake.view(patientId);
    }

    /** Diagnosis codes only (what a claim needs). */
    @GET
    @Path("/diagnoses")
    public List<IntakeView.DiagnosisRow> diagnoses() {
        return intake.diagnosisCodes(patientId);
    }

    /** The contraindication screen: item code to YES, NO or UNKNOWN. */
    @POST
    @Path("/intake/screen")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView screen(@QueryParam("version") Long version, Map<String, String> answers) {
        return intake.answerScreen(patientId, Params.version(version), answers == null ? Map.of() : answers);
    }

    /** The eligibility decision, with the override reason when overriding. */
    @POST
    @Path("/intake/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView decide(@QueryParam("version") Long version, DecisionBody body) {
        return intake.decide(patientId, Params.version(version), body == null ? null : body.decision(), body == null ? null : body.overrideReason());
    }

    /** The body of a decision. */
    public record DecisionBody(String decision, String overrideReason) {
    }

    @POST
    @Path("/intake/diagnoses")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView addDiagnosis(@QueryParam("version") Long version, Commands.AddDiagnosis command) {
        return intake.addDiagnosis(patientId, Params.version(version), command);
    }

    @POST
    @Path("/intake/medications")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView addMedication(@QueryParam("version") Long version, Commands.AddMedication command) {
        return intake.addMedication(patientId, Params.version(version), command);
    }

    @POST
    @Path("/intake/treatments")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView addTreatment(@QueryParam("version") Long version, Commands.AddPriorTreatment command) {
        return intake.addPriorTreatment(patientId, Params.version(version), command);
    }

    /** The medical history checklist: the codes of the items that apply. */
    @POST
    @Path("/intake/history")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntakeView history(@QueryParam("version") Long version, List<String> items) {
        return intake.recordHistory(patientId, Params.version(version), items == null ? List.of() : items);
    }

    /** Acknowledges an alert with a note of what was done. */
    @POST
    @Path("/alerts/{alertId}/acknowledgement")
    @Consumes(MediaType.TEXT_PLAIN)
    public AlertRow acknowledge(@PathParam("alertId") UUID alertId, String note) {
        return record.acknowledge(alertId, note);
    }

    @GET
    @Path("/questionnaires")
    public List<QuestionnaireRow> questionnaires() {
        return record.questionnaires(patientId);
    }

    @POST
    @Path("/questionnaires")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionnaireRow recordQuestionnaire(Commands.RecordQuestionnaire command) {
        return record.recordQuestionnaire(patientId, command);
    }

    /** Notes the caller may read (others' psychotherapy notes are left out), newest first. */
    @GET
    @Path("/notes")
    public List<NoteRow> notes() {
        return notes.list(patientId);
    }

    /** Writes a draft note. */
    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteRow write(NoteBody body) {
        return notes.write(patientId, body == null ? null : body.kind(), body == null ? null : body.text());
    }

    /** The body of a new note or an amendment. */
    public record NoteBody(String kind, String text, String reason) {
    }

    @GET
    @Path("/alerts")
    public List<AlertRow> alerts() {
        return record.alerts(patientId);
    }
}
