package com.clinicsuite.web.rest;

import com.clinicsuite.billing.application.Accounts;
import com.clinicsuite.billing.application.BillingReports;
import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.BillingSetup;
import com.clinicsuite.billing.application.Charges;
import com.clinicsuite.billing.application.Claims;
import com.clinicsuite.billing.application.Estimates;
import com.clinicsuite.shared.application.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Billing over REST: setup, the charge review queue, accounts (invoices, idempotent payments, packages), claims with
 * their 837P files, estimates and reports. Payments take their idempotency key from the {@code Idempotency-Key}
 * header (or the body); the same key posts once. The services decide who may do what.
 */
@Path("/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    @Inject
    private BillingSetup setup;

    @Inject
    private Charges charges;

    @Inject
    private Accounts accounts;

    @Inject
    private Claims claims;

    @Inject
    private Estimates estimates;

    @Inject
    private BillingReports reports;

    @Inject
    private com.clinicsuite.billing.application.BillingRun billingRun;

    /** Starts the month-end billing run in the background: 202 with its id; poll {@code GET /billing/runs/{id}}. */
    @POST
    @Path("/runs")
    public Response startRun() {
        return Response.accepted(java.util.Map.of("id", billingRun.start().toString())).build();
    }

    @GET
    @Path("/runs/{id}")
    public com.clinicsuite.billing.application.BillingRunProgress.Status run(@PathParam("id") UUID id) {
        return billingRun.status(id);
    }

    @GET
    @Path("/fees")
    public List<BillingRows.FeeRow> fees() {
        return setup.fees();
    }

    /** Every price a code has had, newest first (the fee schedule's history). */
    @GET
    @Path("/fees/{code}/history")
    public List<BillingRows.FeeRow> feeHistory(@PathParam("code") String code) {
        return setup.feeHistory(code);
    }

    /** Sets a price from a date: {"code","label","serviceLine","price","effectiveFrom"}. */
    @POST
    @Path("/fees")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setFee(FeeInput f) {
        FeeInput b = Params.body(f);
        return Response.status(Response.Status.CREATED).entity(setup.setFee(b.code(), b.label(), b.serviceLine(), b.price(), b.effectiveFrom())).build();
    }

    @GET
    @Path("/payers")
    public List<BillingRows.PayerRow> payers() {
        return setup.payers();
    }

    @POST
    @Path("/payers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPayer(BillingRows.PayerRow p) {
        return Response.status(Response.Status.CREATED).entity(setup.savePayer(null, 0, Params.body(p))).build();
    }

    @GET
    @Path("/charges")
    public PageResult<BillingRows.ChargeRow> queue(@QueryParam("status") String status, @QueryParam("patient") UUID patient,
                                                   @QueryParam("first") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return charges.queue(status, patient, first, size);
    }

    @GET
    @Path("/visits/{id}/charges")
    public List<BillingRows.ChargeRow> ofVisit(@PathParam("id") UUID visitId) {
        return charges.ofVisit(visitId);
    }

    @POST
    @Path("/charges/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.ChargeRow correct(@PathParam("id") UUID id, ChargeCorrection c) {
        ChargeCorrection b = Params.body(c);
        return charges.correct(id, b.version(), b.code(), b.units(), b.modifiers(), b.unitPrice(), b.route(), b.reason());
    }

    @POST
    @Path("/charges/{id}/approval")
    public BillingRows.ChargeRow approve(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return charges.approve(id, Params.version(version));
    }

    /** Voids a charge that is not billed yet (the reason, at least 5 characters, as plain text; audited). */
    @POST
    @Path("/charges/{id}/void")
    @Consumes(MediaType.TEXT_PLAIN)
    public BillingRows.ChargeRow voidCharge(@PathParam("id") UUID id, @QueryParam("version") Long version, String reason) {
        return charges.voidCharge(id, Params.version(version), reason);
    }

    @GET
    @Path("/accounts/{patient}")
    public BillingRows.AccountView account(@PathParam("patient") UUID patientId) {
        return accounts.view(patientId);
    }

    @GET
    @Path("/accounts/{patient}/balance")
    public BillingRows.CheckInBalance balance(@PathParam("patient") UUID patientId) {
        return accounts.checkIn(patientId);
    }

    @GET
    @Path("/accounts/{patient}/packages")
    public List<BillingRows.PackageRow> packages(@PathParam("patient") UUID patientId) {
        return accounts.packages(patientId);
    }

    @POST
    @Path("/accounts/{patient}/invoices")
    public Response draftInvoice(@PathParam("patient") UUID patientId) {
        return Response.status(Response.Status.CREATED).entity(accounts.draftInvoice(patientId)).build();
    }

    @POST
    @Path("/invoices/{id}/issue")
    public BillingRows.InvoiceRow issue(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return accounts.issue(id, Params.version(version));
    }

    @POST
    @Path("/invoices/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.InvoiceRow voidInvoice(@PathParam("id") UUID id, Reason r) {
        Reason b = Params.body(r);
        return accounts.voidInvoice(id, b.version(), b.reason());
    }

    /** Posts a payment once per Idempotency-Key: 201 the first time, 200 with the same payment on a repeat. */
    @POST
    @Path("/accounts/{patient}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.PaymentRow pay(@PathParam("patient") UUID patientId, @HeaderParam("Idempotency-Key") String key, BillingRows.Pay p) {
        BillingRows.Pay b = Params.body(p);
        return accounts.pay(patientId, new BillingRows.Pay(b.method(), b.amount(), b.reference(), b.invoiceId(),
                key != null && !key.isBlank() ? key : b.idempotencyKey()));
    }

    @POST
    @Path("/accounts/{patient}/packages")
    public Response sellPackage(@PathParam("patient") UUID patientId, @QueryParam("product") UUID productId) {
        return Response.status(Response.Status.CREATED).entity(accounts.sellPackage(patientId, productId)).build();
    }

    @GET
    @Path("/packages")
    public List<BillingRows.PackageProductRow> packageProducts() {
        return setup.packageProducts();
    }

    @POST
    @Path("/claims")
    public Claims.Run createClaims() {
        return claims.createClaims();
    }

    @GET
    @Path("/claims")
    public List<BillingRows.ClaimRow> claims(@QueryParam("status") String status) {
        return claims.list(status);
    }

    @POST
    @Path("/payers/{id}/batches")
    public Response submit(@PathParam("id") UUID payerRef) {
        return Response.status(Response.Status.CREATED).entity(claims.submit(payerRef)).build();
    }

    @GET
    @Path("/batches/{id}")
    @Produces("application/edi-x12")
    public Response batchFile(@PathParam("id") UUID batchId) {
        BillingRows.BatchRow b = claims.batch(batchId);
        return Response.ok(claims.batchContent(batchId)).header("Content-Disposition", "attachment; filename=\"" + b.fileName() + "\"").build();
    }

    @POST
    @Path("/claims/{id}/remittance")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.ClaimRow remit(@PathParam("id") UUID id, @QueryParam("version") Long version, BillingRows.Remit r) {
        return claims.remit(id, Params.version(version), Params.body(r));
    }

    /** The payer accepted the claim and gave its claim number. */
    @POST
    @Path("/claims/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.ClaimRow accept(@PathParam("id") UUID id, @QueryParam("version") Long version, ClaimAnswer a) {
        return claims.accept(id, Params.version(version), Params.body(a).payerClaimNumber());
    }

    /** The payer denied the claim, with its reason and adjustment reason code. */
    @POST
    @Path("/claims/{id}/denial")
    @Consumes(MediaType.APPLICATION_JSON)
    public BillingRows.ClaimRow deny(@PathParam("id") UUID id, @QueryParam("version") Long version, ClaimAnswer a) {
        return claims.deny(id, Params.version(version), Params.body(a).reason(), a.carc());
    }

    /** A replacement claim (frequency code 7) for a submitted one (201 with the new draft). */
    @POST
    @Path("/claims/{id}/replacement")
    public Response correct(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return Response.status(Response.Status.CREATED).entity(claims.correct(id, Params.version(version))).build();
    }

    /** A void claim (frequency code 8) withdrawing a submitted one; its charges can be claimed again (201 with the void). */
    @POST
    @Path("/claims/{id}/void")
    public Response voidClaim(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return Response.status(Response.Status.CREATED).entity(claims.voidClaim(id, Params.version(version))).build();
    }

    /** A payer's answer to a claim: its claim number when accepted, the reason and CARC when denied. */
    public record ClaimAnswer(String payerClaimNumber, String reason, String carc) {
    }

    @POST
    @Path("/accounts/{patient}/estimates")
    public Response estimate(@PathParam("patient") UUID patientId, @QueryParam("firstService") String firstService) {
        return Response.status(Response.Status.CREATED).entity(estimates.issue(patientId, Params.date(firstService, "firstService"))).build();
    }

    @GET
    @Path("/reports/aging")
    public List<BillingRows.AgingRow> aging(@QueryParam("asOf") String asOf) {
        LocalDate day = Params.date(asOf, "asOf");
        return reports.arAging(day == null ? LocalDate.now() : day);
    }

    /** A fee to set. */
    public record FeeInput(String code, String label, String serviceLine, BigDecimal price, LocalDate effectiveFrom) {
    }

    /** A charge correction. */
    public record ChargeCorrection(long version, String code, int units, String modifiers, BigDecimal unitPrice, String route, String reason) {
    }

    /** A reason with the version it applies to. */
    public record Reason(long version, String reason) {
    }
}
