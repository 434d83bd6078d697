package com.clinicsuite.web.rest;

import com.clinicsuite.treatment.application.MonitoringThresholds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Clinic settings over REST: the infusion monitoring thresholds (read: nurses, physicians, admin; change: admin). */
@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    private MonitoringThresholds thresholds;

    @GET
    @Path("/monitoring")
    public MonitoringThresholds.Row monitoring() {
        return thresholds.current();
    }

    @PUT
    @Path("/monitoring")
    @Consumes(MediaType.APPLICATION_JSON)
    public MonitoringThresholds.Row revise(@QueryParam("version") Long version, MonitoringThresholds.Row row) {
        return thresholds.revise(Params.version(version), Params.body(row));
    }
}
