package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.Accounts;
import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.BillingSetup;
import com.clinicsuite.billing.application.Estimates;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A patient's account for the front desk and billing: balance, taking a payment (posted once, however often the
 * button is pressed: the form carries one idempotency key until the payment succeeds), invoices, packages, estimates,
 * the ledger, statements and superbills.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    @Inject
    private Estimates estimates;

    @Inject
    private BillingSetup setup;

    private String patient;
    private BillingRows.AccountView account;
    private List<BillingRows.PackageProductRow> products;

    private String method = "CARD";
    private BigDecimal amount;
    private String reference;
    private String paymentKey = UUID.randomUUID().toString();
    private String product;
    private LocalDate firstService = LocalDate.now().plusDays(14);
    private LocalDate superbillFrom = LocalDate.now().withDayOfYear(1);
    private LocalDate superbillTo = LocalDate.now();
    private String reason;
    private BigDecimal creditAmount;
    private BigDecimal refundAmount;
    private String refundMethod = "CARD";
    private String refundReference;

    public void load() {
        if (account != null) {
            return;
        }
        try {
            account = accounts.view(UUID.fromString(patient));
        } catch (IllegalArgumentException | NullPointerException bad) {
            Messages.error(null, "This link does not name a patient; open the account from the patient's record.");
        }
    }

    /** After a change: a fresh page (new payment key, current figures) with the message carried over. */
    private String reload(String message) {
        Messages.flashInfo(message);
        return "/billing/account?faces-redirect=true&patient=" + account.patientId();
    }

    public String pay() {
        BillingRows.PaymentRow p = accounts.pay(account.patientId(), new BillingRows.Pay(method, amount, reference, null, paymentKey));
        return reload("Payment of $" + p.amount() + " by " + p.method().toLowerCase() + " recorded"
                + (p.unallocated().signum() > 0 ? "; $" + p.unallocated() + " stays on account as credit." : "."));
    }

    public String draftInvoice() {
        BillingRows.InvoiceRow i = accounts.draftInvoice(account.patientId());
        return reload("Draft invoice of $" + i.total() + " with " + i.lines().size() + " line(s) created. Check it, then issue it.");
    }

    public String issue(BillingRows.InvoiceRow i) {
        BillingRows.InvoiceRow done = accounts.issue(i.id(), i.version());
        return reload("Invoice " + done.number() + " issued; it can no longer change.");
    }

    public String voidInvoice(BillingRows.InvoiceRow i) {
        BillingRows.InvoiceRow done = accounts.voidInvoice(i.id(), i.version(), reason);
        return reload("Invoice " + done.number() + " voided.");
    }

    public String creditNote(BillingRows.InvoiceRow i) {
        BillingRows.InvoiceRow note = accounts.creditNote(i.id(), creditAmount, reason);
        return reload("Credit note " + note.number() + " for $" + note.total().negate() + " issued against invoice " + i.number() + ".");
    }

    public String sellPackage() {
        if (product == null || product.isBlank()) {
            Messages.error("accountForm:product", "Choose a package.");
            return null;
        }
        BillingRows.PackageRow p = accounts.sellPackage(account.patientId(), UUID.fromString(product));
        return reload(p.name() + " sold; its invoice is issued. Take the payment now or in instalments.");
    }

    public String refundPackage(BillingRows.PackageRow p) {
        BillingRows.PackageRow done = accounts.refundPackage(p.id(), p.version());
        return reload(done.refunded() + " unused session(s) credited to the account. Refund the credit below or keep it for later visits.");
    }

    public String refund() {
        BillingRows.PaymentRow r = accounts.refund(account.patientId(), refundMethod, refundAmount, refundReference, paymentKey);
        return reload("Refund of $" + r.amount() + " by " + r.method().toLowerCase() + " recorded.");
    }

    public String issueEstimate() {
        BillingRows.EstimateRow e = estimates.issue(account.patientId(), firstService);
        return reload("Good Faith Estimate of $" + e.total() + " issued" + (e.dueBy() == null ? "." : "; give it to the patient by " + e.dueBy() + "."));
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String at(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    public List<BillingRows.PackageProductRow> getProducts() {
        if (products == null) {
            products = setup.packageProducts().stream().filter(BillingRows.PackageProductRow::active).toList();
        }
        return products;
    }

    public BillingRows.AccountView getAccount() { return account; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getPaymentKey() { return paymentKey; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public LocalDate getFirstService() { return firstService; }
    public void setFirstService(LocalDate v) { firstService = v; }
    public LocalDate getSuperbillFrom() { return superbillFrom; }
    public void setSuperbillFrom(LocalDate v) { superbillFrom = v; }
    public LocalDate getSuperbillTo() { return superbillTo; }
    public void setSuperbillTo(LocalDate v) { superbillTo = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public BigDecimal getCreditAmount() { return creditAmount; }
    public void setCreditAmount(BigDecimal v) { creditAmount = v; }
    public BigDecimal getRefundAmount() { return refundAmount; }
    public void setRefundAmount(BigDecimal v) { refundAmount = v; }
    public String getRefundMethod() { return refundMethod; }
    public void setRefundMethod(String v) { refundMethod = v; }
    public String getRefundReference() { return refundReference; }
    public void setRefundReference(String v) { refundReference = v; }
}
