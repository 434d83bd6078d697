package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.Claims;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Claims: create from approved charges, send per payer as 837P, record acceptance, denial or remittance, correct or void. */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Claims claims;

    private String status = "";
    private List<BillingRows.ClaimRow> rows;
    private BillingRows.BatchRow lastBatch;
    private BillingRows.ClaimRow selected;
    private String payerClaimNumber;
    private String denialReason;
    private String carc;
    private BigDecimal paid;
    private BigDecimal contractual;
    private BigDecimal patientPart;
    private BigDecimal deductible;
    private BigDecimal coinsurance;
    private BigDecimal copay;
    private String remitKey = UUID.randomUUID().toString();

    public List<BillingRows.ClaimRow> getRows() {
        if (rows == null) {
            rows = claims.list(status);
        }
        return rows;
    }

    /** Payers with draft claims, to send as a batch each. */
    public Map<UUID, String> getDraftPayers() {
        Map<UUID, String> payers = new LinkedHashMap<>();
        claims.list("DRAFT").forEach(c -> payers.put(c.payerRef(), c.payerName()));
        return payers;
    }

    public void create() {
        Claims.Run run = claims.createClaims();
        rows = null;
        Messages.info(run.created() + " claim(s) created." + (run.problems().isEmpty() ? "" : " Not claimed yet: " + String.join(" ", run.problems())));
    }

    public void submit(UUID payerRef) {
        lastBatch = claims.submit(payerRef);
        rows = null;
        Messages.info("Sent " + lastBatch.claims() + " claim(s) to " + lastBatch.payerName() + " in 837P interchange " + lastBatch.interchangeControl() + "."
                + (lastBatch.held().isEmpty() ? "" : " Held back: " + String.join(" ", lastBatch.held())));
    }

    public void select(BillingRows.ClaimRow c) {
        selected = c;
        payerClaimNumber = c.payerClaimNumber();
        denialReason = null;
        carc = "CO-45";
        paid = null;
        contractual = null;
        patientPart = null;
        deductible = null;
        coinsurance = null;
        copay = null;
        remitKey = UUID.randomUUID().toString();
    }

    public void accept() {
        BillingRows.ClaimRow c = claims.accept(selected.id(), selected.version(), payerClaimNumber);
        done("Claim " + c.controlNumber() + " accepted as " + c.payerClaimNumber() + ".");
    }

    public void deny() {
        BillingRows.ClaimRow c = claims.deny(selected.id(), selected.version(), denialReason, carc);
        done("Claim " + c.controlNumber() + " denied: " + c.denialReason() + ".");
    }

    public void remit() {
        BillingRows.ClaimRow c = claims.remit(selected.id(), selected.version(), new BillingRows.Remit(paid, contractual, carc, patientPart, remitKey,
                deductible, coinsurance, copay));
        done("Remittance posted on " + c.controlNumber() + ": paid $" + c.paid() + (c.patientResponsibility().signum() > 0 ? "; $" + c.patientResponsibility()
                + " invoiced to the patient." : "."));
    }

    public void correct(BillingRows.ClaimRow c) {
        BillingRows.ClaimRow f = claims.correct(c.id(), c.version());
        done("Replacement claim " + f.controlNumber() + " (frequency 7) drafted; send it with the payer's next batch.");
    }

    public void voidClaim(BillingRows.ClaimRow c) {
        BillingRows.ClaimRow f = claims.voidClaim(c.id(), c.version());
        done("Void claim " + f.controlNumber() + " (frequency 8) drafted; send it to withdraw " + c.controlNumber() + ".");
    }

    private void done(String message) {
        selected = null;
        rows = null;
        Messages.info(message);
    }

    public void cancel() {
        selected = null;
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; rows = null; }
    public BillingRows.BatchRow getLastBatch() { return lastBatch; }
    public BillingRows.ClaimRow getSelected() { return selected; }
    public String getPayerClaimNumber() { return payerClaimNumber; }
    public void setPayerClaimNumber(String v) { payerClaimNumber = v; }
    public String getDenialReason() { return denialReason; }
    public void setDenialReason(String v) { denialReason = v; }
    public String getCarc() { return carc; }
    public void setCarc(String v) { carc = v; }
    public BigDecimal getPaid() { return paid; }
    public void setPaid(BigDecimal v) { paid = v; }
    public BigDecimal getContractual() { return contractual; }
    public void setContractual(BigDecimal v) { contractual = v; }
    public BigDecimal getPatientPart() { return patientPart; }
    public void setPatientPart(BigDecimal v) { patientPart = v; }
    public BigDecimal getDeductible() { return deductible; }
    public void setDeductible(BigDecimal v) { deductible = v; }
    public BigDecimal getCoinsurance() { return coinsurance; }
    public void setCoinsurance(BigDecimal v) { coinsurance = v; }
    public BigDecimal getCopay() { return copay; }
    public void setCopay(BigDecimal v) { copay = v; }
}
