package com.clinicsuite.web.rest;

import com.clinicsuite.patients.application.AddInsuranceCommand;
import com.clinicsuite.patients.application.InsurancePolicies;
import com.clinicsuite.patients.application.InsuranceRow;
import com.clinicsuite.patients.application.PatientDetailsCommand;
import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientRecord;
import com.clinicsuite.patients.application.PatientRecords;
import com.clinicsuite.patients.application.PatientRegistration;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.application.consent.ConsentStatus;
import com.clinicsuite.patients.application.consent.Consents;
import com.clinicsuite.shared.application.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Patients over REST. This resource adds no role checks of its own: the services decide, so a
 * refused role gets 403 from the EJB itself.
 */
@Path("/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    private PatientDirectory directory;

    @Inject
    private PatientRegistration registration;

    @Inject
    private PatientRecords records;

    @Inject
    private Consents consents;

    @Inject
    private InsurancePolicies insurance;

    /** One page of patients matching {@code q}: MRN, date of birth, phone, or name prefix. */
    @GET
    public PageResult<PatientSummary> find(@QueryParam("q") String q,
                                           @QueryParam("offset") @DefaultValue("0") int offset,
                                           @QueryParam("limit") @DefaultValue("25") int limit,
                                           @QueryParam("sort") String sort,
                                           @QueryParam("dir") @DefaultValue("asc") String dir) {
        return directory.find(q, Params.page(offset, limit, sort, !"desc".equalsIgnoreCase(dir)));
    }

    /**
     * Registers a patient; 201 with the new patient's summary and MRN, or 409 listing possible duplicates
     * unless {@code confirmDuplicate=true}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PatientDetailsCommand command,
                             @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate,
                             @Context UriInfo uri) {
        PatientSummary saved = registration.register(command, confirmDuplicate);
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(saved).build();
    }

    /** One patient's registration record, with the version to send back with a correction. */
    @GET
    @Path("/{id}")
    public PatientRecord open(@PathParam("id") UUID id) {
        return records.open(id);
    }

    /** Corrects the details; 409 with the stored record when {@code version} is stale. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PatientRecord correct(@PathParam("id") UUID id, @QueryParam("version") Long version, PatientDetailsCommand command) {
        return records.correct(id, Params.version(version), command);
    }

    /** Deactivates the patient with a reason (a patient is never deleted). */
    @POST
    @Path("/{id}/deactivation")
    @Consumes(MediaType.TEXT_PLAIN)
    public PatientRecord deactivate(@PathParam("id") UUID id, @QueryParam("version") Long version, String reason) {
        return records.deactivate(id, Params.version(version), reason);
    }

    /** The patient's insurance policies. */
    @GET
    @Path("/{id}/insurance")
    public List<InsuranceRow> insurance(@PathParam("id") UUID id) {
        return insurance.list(id);
    }

    /** Adds a policy; 422 when one of the same priority already covers the dates. */
    @POST
    @Path("/{id}/insurance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addInsurance(@PathParam("id") UUID id, AddInsuranceCommand command) {
        if (command == null) {
            throw new BadRequestException("The policy is required.");
        }
        return Response.status(Response.Status.CREATED).entity(insurance.add(id, command)).build();
    }

    /** The patient's consents and which are missing. */
    @GET
    @Path("/{id}/consents")
    public ConsentStatus consents(@PathParam("id") UUID id) {
        return consents.status(id);
    }

    /** Records a signed consent; the body is the scan itself (PDF, PNG or JPEG, at most 5 MB). */
    @POST
    @Path("/{id}/consents")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/png", "image/jpeg"})
    public Response recordConsent(@PathParam("id") UUID id, @QueryParam("type") String type,
                                  @QueryParam("signedOn") String signedOn, @QueryParam("signer") String signer,
                                  @QueryParam("fileName") String fileName, byte[] scan) {
        LocalDate date;
        try {
            date = signedOn == null ? null : LocalDate.parse(signedOn);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("signedOn must be yyyy-MM-dd.");
        }
        return Response.status(Response.Status.CREATED).entity(consents.record(id, type, date, signer, fileName, scan)).build();
    }
}
