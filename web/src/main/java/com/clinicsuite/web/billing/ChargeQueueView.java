package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.Charges;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The charge review queue: one page at a time, correct a charge with a reason, approve. */
@Named
@ViewScoped
public class ChargeQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Charges charges;

    @Inject
    private com.clinicsuite.billing.application.BillingRun billingRun;

    private java.util.UUID runId;
    private com.clinicsuite.billing.application.BillingRunProgress.Status run;

    private String status = "REVIEW";
    private String patient;
    private LazyDataModel<BillingRows.ChargeRow> model;
    private BillingRows.ChargeRow editing;
    private String code;
    private Integer units;
    private String modifiers;
    private BigDecimal unitPrice;
    private String route;
    private String reason;

    @PostConstruct
    void init() {
        model = new Model();
    }

    public void approve(BillingRows.ChargeRow c) {
        BillingRows.ChargeRow done = charges.approve(c.id(), c.version());
        Messages.info("Approved " + done.code() + " for " + c.patientName() + " (" + done.amount() + ").");
    }

    /** Starts the month-end run in the background; the progress bar polls {@link #getRunPercent()}. */
    public void startRun() {
        runId = billingRun.start();
        run = null;
    }

    public Integer getRunPercent() {
        if (runId == null) {
            return 0;
        }
        run = billingRun.status(runId);
        return run.percent();
    }

    /** Called when the bar reaches 100 %. */
    public void runFinished() {
        run = billingRun.status(runId);
        if (!run.finished()) {
            return;
        }
        model = new Model();
        Messages.info("Billing run finished: " + run.total() + " patient(s), " + run.invoices() + " invoice(s) issued, " + run.claims()
                + " claim(s) created." + (run.problems().isEmpty() ? "" : " Needs attention: " + String.join(" ", run.problems())));
        runId = null;
    }

    public boolean isRunning() {
        return runId != null;
    }

    public void edit(BillingRows.ChargeRow c) {
        editing = c;
        code = c.code();
        units = c.units();
        modifiers = c.modifierText();
        unitPrice = c.unitPrice();
        route = c.route();
        reason = null;
    }

    public void saveCorrection() {
        BillingRows.ChargeRow done = charges.correct(editing.id(), editing.version(), code, units == null ? 0 : units, modifiers, unitPrice, route, reason);
        Messages.info("Corrected: " + done.code() + " ×" + done.units() + " = " + done.amount() + ". The change and your reason are in the audit trail.");
        editing = null;
    }

    /** Voids the charge being corrected (not billed yet) with the reason given; audited. */
    public void voidEditing() {
        BillingRows.ChargeRow done = charges.voidCharge(editing.id(), editing.version(), reason);
        Messages.info("Voided: " + done.code() + " for " + done.patientName() + ". It will not be billed; your reason is in the audit trail.");
        cancel();
    }

    public void cancel() {
        editing = null;
    }

    private final class Model extends LazyDataModel<BillingRows.ChargeRow> {
        private static final long serialVersionUID = 1L;
        private long total = -1;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total < 0) {
                total = charges.queue(status, patientId(), 0, 1).total();
            }
            return (int) total;
        }

        @Override
        public List<BillingRows.ChargeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PageResult<BillingRows.ChargeRow> page = charges.queue(status, patientId(), first, pageSize);
            total = page.total();
            setRowCount((int) total);
            return page.rows();
        }

        @Override
        public String getRowKey(BillingRows.ChargeRow row) {
            return row.id().toString();
        }

        @Override
        public BillingRows.ChargeRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
        }
    }

    private java.util.UUID patientId() {
        try {
            return patient == null || patient.isBlank() ? null : java.util.UUID.fromString(patient);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public LazyDataModel<BillingRows.ChargeRow> getModel() { return model; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; model = new Model(); }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; model = new Model(); }
    public BillingRows.ChargeRow getEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public Integer getUnits() { return units; }
    public void setUnits(Integer v) { units = v; }
    public String getModifiers() { return modifiers; }
    public void setModifiers(String v) { modifiers = v; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal v) { unitPrice = v; }
    public String getRoute() { return route; }
    public void setRoute(String v) { route = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
