package com.clinicsuite.web.rest;

import com.clinicsuite.patients.application.intake.ClinicalNotes;
import com.clinicsuite.patients.application.intake.NoteRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Signing and amending a note. */
@Path("/notes/{noteId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    @Inject
    private ClinicalNotes notes;

    @PathParam("noteId")
    private UUID noteId;

    @POST
    @Path("/signature")
    public NoteRow sign(@QueryParam("version") Long version) {
        return notes.sign(noteId, Params.version(version));
    }

    /** A new signed version voiding this one; body {@code {"text": …, "reason": …}}. */
    @POST
    @Path("/amendment")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteRow amend(@QueryParam("version") Long version, ClinicalResource.NoteBody body) {
        return notes.amend(noteId, Params.version(version), body == null ? null : body.text(), body == null ? null : body.reason());
    }
}
