package com.clinicsuite.web.rest;

import com.clinicsuite.shared.application.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit chain's verification over REST (administrators), as the admin page and {@code ./clinic verify-audit} do it. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditLog log;

    @GET
    @Path("/verification")
    public AuditLog.Verification verify() {
        return log.verify();
    }
}
