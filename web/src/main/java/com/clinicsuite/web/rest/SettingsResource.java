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

/**
 * Clinic settings over REST: the infusion monitoring thresholds (read: nurses, physicians, admin; change: admin) and
 * how long an emergency access lasts (read: clinicians and admin; change: admin).
 */
@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    private MonitoringThresholds thresholds;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    @Inject
    private com.clinicsuite.scheduling.application.ClinicSettings clinic;

    @Inject
    private com.clinicsuite.web.faces.ClinicBrand brand;

    /** The clinic's name and time zone (everyone). */
    @GET
    @Path("/clinic")
    public com.clinicsuite.scheduling.application.ClinicSettings.Profile clinic() {
        return clinic.profile();
    }

    /** Renames the clinic and sets its time zone (administrators; audited). */
    @PUT
    @Path("/clinic")
    @Consumes(MediaType.APPLICATION_JSON)
    public com.clinicsuite.scheduling.application.ClinicSettings.Profile reviseClinic(@QueryParam("version") Long version, ClinicBody body) {
        var saved = clinic.revise(Params.version(version), Params.body(body).name(), body.timeZone());
        brand.refresh();
        return saved;
    }

    /** The clinic's name and IANA time zone. */
    public record ClinicBody(String name, String timeZone) {
    }

    @GET
    @Path("/emergency-access")
    public EmergencyMinutes emergencyAccess() {
        return new EmergencyMinutes(access.emergencyMinutes());
    }

    @PUT
    @Path("/emergency-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmergencyMinutes reviseEmergencyAccess(EmergencyMinutes body) {
        return new EmergencyMinutes(access.reviseEmergencyMinutes(Params.body(body).minutes()));
    }

    /** How long an emergency access lasts. */
    public record EmergencyMinutes(int minutes) {
    }

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
