package com.clinicsuite.web.rest;

import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.treatment.application.PlanCommands;
import com.clinicsuite.treatment.application.PlanRows;
import com.clinicsuite.treatment.application.PlanView;
import com.clinicsuite.treatment.application.ProtocolTemplates;
import com.clinicsuite.treatment.application.TreatmentPlans;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Treatment plans over REST. Writes carry the plan's {@code version} (optimistic locking); signing carries the
 * physician's password for re-authentication. The services decide who may do what.
 */
@Path("/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    private TreatmentPlans plans;

    @Inject
    private ProtocolTemplates templates;

    @GET
    @Path("/templates")
    public List<PlanRows.TemplateRow> templates() {
        return templates.list();
    }

    @POST
    @Path("/templates")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanRows.TemplateRow saveTemplate(PlanCommands.Template template, @QueryParam("version") Long version) {
        return templates.save(Params.body(template), version);
    }

    /** Starts a draft plan for the patient: {@code POST /plans?patient=id}. */
    @POST
    public Response start(@QueryParam("patient") UUID patient) {
        if (patient == null) {
            throw new BadRequestException("patient is required.");
        }
        return Response.status(Response.Status.CREATED).entity(plans.start(patient)).build();
    }

    /** A patient's plans: {@code GET /plans?patient=id}. */
    @GET
    public List<PlanRows.PlanSummary> forPatient(@QueryParam("patient") UUID patient) {
        if (patient == null) {
            throw new BadRequestException("patient is required.");
        }
        return plans.forPatient(patient);
    }

    /** What the front desk may book for the patient's active plan. */
    @GET
    @Path("/booking")
    public PlanRows.Booking booking(@QueryParam("patient") UUID patient) {
        if (patient == null) {
            throw new BadRequestException("patient is required.");
        }
        return plans.bookingFor(patient).orElseThrow(() -> new NotFoundException("The patient has no active plan."));
    }

    @GET
    @Path("/{id}")
    public PlanView open(@PathParam("id") UUID id) {
        return plans.open(id);
    }

    @PUT
    @Path("/{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView goals(@PathParam("id") UUID id, @QueryParam("version") Long version, PlanCommands.Goals c) {
        return plans.setGoals(id, Params.version(version), Params.body(c));
    }

    @PUT
    @Path("/{id}/indications")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView indications(@PathParam("id") UUID id, @QueryParam("version") Long version, List<String> codes) {
        return plans.setIndications(id, Params.version(version), Params.body(codes));
    }

    @PUT
    @Path("/{id}/ketamine/iv")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView ivKetamine(@PathParam("id") UUID id, @QueryParam("version") Long version, PlanCommands.IvKetamine c) {
        return plans.setIvKetamine(id, Params.version(version), Params.body(c));
    }

    @PUT
    @Path("/{id}/ketamine/oral")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView oralKetamine(@PathParam("id") UUID id, @QueryParam("version") Long version, PlanCommands.OralKetamine c) {
        return plans.setOralKetamine(id, Params.version(version), Params.body(c));
    }

    @PUT
    @Path("/{id}/physical-therapy")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView physicalTherapy(@PathParam("id") UUID id, @QueryParam("version") Long version, PlanCommands.PhysicalTherapy c) {
        return plans.setPhysicalTherapy(id, Params.version(version), Params.body(c));
    }

    @PUT
    @Path("/{id}/counseling")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView counseling(@PathParam("id") UUID id, @QueryParam("version") Long version, PlanCommands.Counseling c) {
        return plans.setCounseling(id, Params.version(version), Params.body(c));
    }

    /** Signs the draft; body is the physician's password (re-authentication). */
    @POST
    @Path("/{id}/signature")
    @Consumes(MediaType.TEXT_PLAIN)
    public PlanView sign(@PathParam("id") UUID id, @QueryParam("version") Long version, String password) {
        return plans.sign(id, Params.version(version), password);
    }

    /** HOLD, RESUME, COMPLETE or DISCONTINUE; body is the reason. */
    @POST
    @Path("/{id}/status/{change}")
    @Consumes(MediaType.TEXT_PLAIN)
    public PlanView status(@PathParam("id") UUID id, @PathParam("change") String change, @QueryParam("version") Long version, String reason) {
        long v = Params.version(version);
        return switch (change) {
            case "HOLD" -> plans.hold(id, v, reason);
            case "RESUME" -> plans.resume(id, v);
            case "COMPLETE" -> plans.complete(id, v, reason);
            case "DISCONTINUE" -> plans.discontinue(id, v, reason);
            default -> throw new BadRequestException("change is HOLD, RESUME, COMPLETE or DISCONTINUE.");
        };
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView review(@PathParam("id") UUID id, @QueryParam("version") Long version, Review r) {
        Review body = Params.body(r);
        return plans.review(id, Params.version(version), body.currentNrs(), body.decision(), body.justification());
    }

    /** The response review's input. */
    public record Review(Integer currentNrs, String decision, String justification) {
    }

    /** Proposes the next series from {@code from} (yyyy-MM-ddTHH:mm; default tomorrow 9:00). */
    @GET
    @Path("/{id}/series")
    public List<SchedulingRows.ProposedRow> propose(@PathParam("id") UUID id, @QueryParam("from") String from) {
        try {
            return plans.proposeSeries(id, from == null ? null : LocalDateTime.parse(from));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("from must be yyyy-MM-ddTHH:mm.");
        }
    }

    /** Books the (adjusted) series: all or nothing. */
    @POST
    @Path("/{id}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") UUID id, List<Commands.Book> series) {
        return Response.status(Response.Status.CREATED).entity(plans.bookSeries(id, Params.body(series))).build();
    }
}
