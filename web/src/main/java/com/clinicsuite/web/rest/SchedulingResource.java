package com.clinicsuite.web.rest;

import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.shared.application.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Scheduling over REST: setup (admin), booking and the appointment's life (front desk). The services decide. */
@Path("/scheduling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchedulingResource {

    @Inject
    private SchedulingSetup setup;

    @Inject
    private Appointments appointments;

    /** One page of providers, by name; {@code q} filters by name or username. */
    @GET
    @Path("/providers")
    public PageResult<SchedulingRows.ProviderRow> providers(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                                                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return setup.providerPage(q, Params.page(offset, limit));
    }

    @POST
    @Path("/providers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addProvider(Commands.AddProvider command) {
        return Response.status(Response.Status.CREATED).entity(setup.addProvider(Params.body(command))).build();
    }

    /** One page of chairs and rooms, by kind then name; {@code q} filters by name. */
    @GET
    @Path("/resources")
    public PageResult<SchedulingRows.ResourceRow> resources(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                                                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return setup.resourcePage(q, Params.page(offset, limit));
    }

    @POST
    @Path("/resources")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addResource(Commands.AddResource command) {
        return Response.status(Response.Status.CREATED).entity(setup.addResource(Params.body(command))).build();
    }

    @GET
    @Path("/types")
    public List<SchedulingRows.TypeRow> types() {
        return setup.types();
    }

    /** Books an appointment; 422 with "slot taken" when a provider, room or patient clash wins. */
    @POST
    @Path("/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(Commands.Book command) {
        return Response.status(Response.Status.CREATED).entity(appointments.book(Params.body(command))).build();
    }

    /** The day list ({@code day=yyyy-MM-dd}) or a patient's appointments ({@code patient=id}). */
    @GET
    @Path("/appointments")
    public List<SchedulingRows.AppointmentRow> list(@QueryParam("day") String day, @QueryParam("patient") UUID patient) {
        if (patient != null) {
            return appointments.forPatient(patient);
        }
        try {
            return appointments.day(day == null ? LocalDate.now() : LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day must be yyyy-MM-dd.");
        }
    }

    @POST
    @Path("/appointments/{id}/check-in")
    public SchedulingRows.AppointmentRow checkIn(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return appointments.checkIn(id, Params.version(version));
    }

    @POST
    @Path("/appointments/{id}/cancellation")
    @Consumes(MediaType.TEXT_PLAIN)
    public SchedulingRows.AppointmentRow cancel(@PathParam("id") UUID id, @QueryParam("version") Long version, String reason) {
        return appointments.cancel(id, Params.version(version), reason);
    }

    @POST
    @Path("/appointments/{id}/check-out")
    public SchedulingRows.AppointmentRow checkOut(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return appointments.checkOut(id, Params.version(version));
    }

    @POST
    @Path("/appointments/{id}/no-show")
    public SchedulingRows.AppointmentRow noShow(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return appointments.noShow(id, Params.version(version));
    }

    /** Records appointments that already took place (front desk; history import): all or none. */
    @POST
    @Path("/appointments/history")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordHistory(List<Commands.PastAppointment> history) {
        return Response.status(Response.Status.CREATED).entity(appointments.recordHistory(Params.body(history))).build();
    }

    /** Moves a booked appointment: body {"startsAt": "yyyy-MM-ddTHH:mm", "providerId": optional, "resourceId": optional}. */
    @POST
    @Path("/appointments/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public SchedulingRows.AppointmentRow reschedule(@PathParam("id") UUID id, @QueryParam("version") Long version, Move move) {
        Move m = Params.body(move);
        if (m.startsAt() == null) {
            throw new BadRequestException("startsAt is required.");
        }
        return appointments.reschedule(id, Params.version(version), m.startsAt(), m.providerId(), m.resourceId());
    }

    /** Where to move an appointment. */
    public record Move(java.time.LocalDateTime startsAt, UUID providerId, UUID resourceId) {
    }

    /** Holidays and leave overlapping [from, to]. */
    @GET
    @Path("/absences")
    public List<SchedulingRows.AbsenceRow> absences(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            LocalDate f = from == null ? LocalDate.now() : LocalDate.parse(from);
            return setup.absences(f, to == null ? f.plusDays(90) : LocalDate.parse(to));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("from and to must be yyyy-MM-dd.");
        }
    }

    /** Records leave ({@code providerId}) or a clinic holiday (no provider). */
    @POST
    @Path("/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAbsence(Absence a) {
        Absence body = Params.body(a);
        return Response.status(Response.Status.CREATED).entity(setup.addAbsence(body.providerId(), body.firstDay(), body.lastDay(), body.reason())).build();
    }

    /** A holiday or leave to record. */
    public record Absence(UUID providerId, LocalDate firstDay, LocalDate lastDay, String reason) {
    }
}
