package com.clinicsuite.web.rest;

import com.clinicsuite.treatment.application.TherapyVisits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** A patient's visits with their codes, without note text (front desk, billing and clinicians). */
@Path("/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    private TherapyVisits visits;

    @Inject
    private com.clinicsuite.treatment.application.InfusionVisits infusions;

    /** Documents a completed infusion afterwards (nurse; the confirmer and co-signer give their passwords). */
    @jakarta.ws.rs.POST
    @Path("/infusions/history")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response recordPast(com.clinicsuite.treatment.application.InfusionVisits.PastInfusion p) {
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED).entity(infusions.recordPast(Params.body(p))).build();
    }

    /** Opens (or reopens) the PT or counseling visit of a checked-in appointment. */
    @jakarta.ws.rs.POST
    @Path("/therapy")
    public TherapyVisits.View openTherapy(@QueryParam("appointment") UUID appointment) {
        if (appointment == null) {
            throw new BadRequestException("appointment is required.");
        }
        return visits.open(appointment);
    }

    @jakarta.ws.rs.PUT
    @Path("/therapy/{id}/pt")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public TherapyVisits.View recordPt(@jakarta.ws.rs.PathParam("id") UUID id, @QueryParam("version") Long version, TherapyVisits.PtNote note) {
        return visits.recordPt(id, Params.version(version), Params.body(note));
    }

    @jakarta.ws.rs.PUT
    @Path("/therapy/{id}/counseling")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public TherapyVisits.View recordCounseling(@jakarta.ws.rs.PathParam("id") UUID id, @QueryParam("version") Long version,
                                               TherapyVisits.CounselingNote note) {
        return visits.recordCounseling(id, Params.version(version), Params.body(note));
    }

    /** Signs and locks the visit; its charges are captured in the same transaction. */
    @jakarta.ws.rs.POST
    @Path("/therapy/{id}/signature")
    public TherapyVisits.View sign(@jakarta.ws.rs.PathParam("id") UUID id, @QueryParam("version") Long version) {
        return visits.sign(id, Params.version(version));
    }

    @GET
    public List<TherapyVisits.Summary> forPatient(@QueryParam("patient") UUID patient) {
        if (patient == null) {
            throw new BadRequestException("patient is required.");
        }
        return visits.summaries(patient);
    }
}
