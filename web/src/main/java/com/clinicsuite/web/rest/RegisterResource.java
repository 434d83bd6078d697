package com.clinicsuite.web.rest;

import com.clinicsuite.pharmacy.application.KetamineRegister;
import com.clinicsuite.pharmacy.application.RegisterRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The ketamine register over REST. The service decides who may do what; witnesses confirm with their own password. */
@Path("/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @Inject
    private KetamineRegister register;

    @POST
    @Path("/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(RegisterRows.Receive receipt) {
        return Response.status(Response.Status.CREATED).entity(register.receive(Params.body(receipt))).build();
    }

    @GET
    @Path("/receipts")
    public List<RegisterRows.ReceiptRow> receipts() {
        return register.receipts();
    }

    /** Vials in stock (with something left), by expiry. */
    @GET
    @Path("/vials")
    public List<RegisterRows.VialRow> vials() {
        return register.stock();
    }

    /** Every vial of one lot, empty ones too. */
    @GET
    @Path("/lots/{lot}/vials")
    public List<RegisterRows.VialRow> lotVials(@PathParam("lot") String lot) {
        return register.lotVials(lot);
    }

    @GET
    @Path("/vials/{id}/ledger")
    public List<RegisterRows.EntryRow> ledger(@PathParam("id") UUID id) {
        return register.ledger(id);
    }

    @GET
    @Path("/lots/{lot}/ledger")
    public List<RegisterRows.EntryRow> lotLedger(@PathParam("lot") String lot) {
        return register.lotLedger(lot);
    }

    @GET
    @Path("/patients/{id}/administrations")
    public List<RegisterRows.EntryRow> administrations(@PathParam("id") UUID id) {
        return register.administrations(id);
    }

    @POST
    @Path("/draws")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(RegisterRows.Draw draw) {
        return Response.status(Response.Status.CREATED).entity(register.draw(Params.body(draw))).build();
    }

    /** A correction of an entry: {"changeMg": 10, "reason": "..."}. */
    @POST
    @Path("/entries/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") long id, Correction c) {
        Correction body = Params.body(c);
        if (body.changeMg() == null) {
            throw new BadRequestException("changeMg is required.");
        }
        return Response.status(Response.Status.CREATED).entity(register.correct(id, body.changeMg(), body.reason())).build();
    }

    /** A correction's input. */
    public record Correction(BigDecimal changeMg, String reason) {
    }

    /** Loss/theft or disposal: {"vialId", "kind": "LOSS"|"DISPOSAL", "mg", "reason", "witness", "witnessPassword", "secondWitness", …}. */
    @POST
    @Path("/removals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remove(Removal r) {
        Removal body = Params.body(r);
        if (body.vialId() == null || body.kind() == null || body.mg() == null) {
            throw new BadRequestException("vialId, kind and mg are required.");
        }
        return Response.status(Response.Status.CREATED).entity(register.remove(body.vialId(), body.kind(), body.mg(), body.reason(),
                body.witness(), body.witnessPassword(), body.secondWitness(), body.secondWitnessPassword())).build();
    }

    /** A removal's input; disposal needs a second witness. */
    public record Removal(UUID vialId, String kind, BigDecimal mg, String reason, String witness, String witnessPassword, String secondWitness,
                          String secondWitnessPassword) {
    }

    /** Losses, thefts and disposals (DEA 106 / DEA-41 data). */
    @GET
    @Path("/removals")
    public List<RegisterRows.EntryRow> removals() {
        return register.removals();
    }

    @GET
    @Path("/counts")
    public List<RegisterRows.CountRow> counts() {
        return register.counts();
    }

    @POST
    @Path("/counts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response count(RegisterRows.Count count) {
        return Response.status(Response.Status.CREATED).entity(register.count(Params.body(count))).build();
    }

    @POST
    @Path("/counts/{id}/resolution")
    @Consumes(MediaType.TEXT_PLAIN)
    public RegisterRows.CountRow resolve(@PathParam("id") UUID id, String reason) {
        return register.resolve(id, reason);
    }
}
