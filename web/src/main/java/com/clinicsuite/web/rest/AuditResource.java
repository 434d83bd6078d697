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

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    /** The emergency accesses ("break the glass") of the last {@code days} days (default 30), newest first. */
    @GET
    @Path("/emergency-access")
    public java.util.List<com.clinicsuite.patients.application.access.EmergencyAccessRow> emergencyAccess(
            @jakarta.ws.rs.QueryParam("days") Integer days, @jakarta.ws.rs.QueryParam("unreviewed") boolean unreviewedOnly) {
        int d = days == null ? 30 : Math.max(1, Math.min(days, 3660));
        return access.log(java.time.Instant.now().minus(java.time.Duration.ofDays(d)), unreviewedOnly);
    }

    /** An administrator's review of one emergency access. */
    @jakarta.ws.rs.POST
    @Path("/emergency-access/{grant}/review")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public com.clinicsuite.patients.application.access.EmergencyAccessRow review(@jakarta.ws.rs.PathParam("grant") java.util.UUID grant,
            @jakarta.ws.rs.QueryParam("version") Long version, ReviewBody body) {
        return access.review(grant, Params.version(version), body == null ? null : body.note());
    }

    /** The administrator's note on a review. */
    public record ReviewBody(String note) {
    }

    @GET
    @Path("/verification")
    public AuditLog.Verification verify() {
        return log.verify();
    }
}
