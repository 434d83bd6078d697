package com.clinicsuite.web.rest;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientRegistration;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.application.RegisterPatientCommand;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

    /** One page of patients matching {@code q} (MRN or name prefix). */
    @GET
    public PageResult<PatientSummary> find(@QueryParam("q") String q,
                                           @QueryParam("offset") @DefaultValue("0") int offset,
                                           @QueryParam("limit") @DefaultValue("25") int limit,
                                           @QueryParam("sort") String sort,
                                           @QueryParam("dir") @DefaultValue("asc") String dir) {
        PageRequest page;
        try {
            page = new PageRequest(offset, limit, sort, !"desc".equalsIgnoreCase(dir));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return directory.find(q, page);
    }

    /** Registers a patient; 201 with the new patient's summary and MRN. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegisterPatientCommand command, @Context UriInfo uri) {
        PatientSummary saved = registration.register(command);
        return Response.created(uri.getAbsolutePathBuilder().queryParam("q", saved.mrn()).build()).entity(saved).build();
    }
}
