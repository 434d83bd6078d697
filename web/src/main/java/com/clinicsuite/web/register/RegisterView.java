package com.clinicsuite.web.register;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.pharmacy.application.KetamineRegister;
import com.clinicsuite.pharmacy.application.RegisterRows;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.web.faces.Messages;
import com.clinicsuite.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The register page: stock, receiving, draws with witnessed waste, counts with discrepancies, and a vial's ledger. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KetamineRegister register;

    @Inject
    private PatientDirectory patients;

    @Inject
    private CurrentUser user;

    private List<RegisterRows.VialRow> stock;
    private List<RegisterRows.CountRow> counts;
    private List<RegisterRows.EntryRow> ledger;
    private RegisterRows.VialRow ledgerVial;

    // receive
    private String supplier;
    private String invoiceNumber;
    private LocalDate invoiceDate = LocalDate.now();
    private String ndc;
    private String product = "Ketamine HCl injection";
    private BigDecimal concentration = new BigDecimal("50");
    private BigDecimal vialVolume = new BigDecimal("10");
    private boolean singleDose = true;
    private String lot;
    private LocalDate expiresOn;
    private Integer vials = 10;

    // draw
    private String drawVial;
    private String mrn;
    private BigDecimal drawnMg;
    private BigDecimal administeredMg;
    private BigDecimal wastedMg = BigDecimal.ZERO;
    private String witness;
    private String witnessPassword;

    // loss, theft, disposal
    private String removalVial;
    private String removalKind = "LOSS";
    private BigDecimal removalMg;
    private String removalReason;
    private String removalWitness;
    private String removalPassword;
    private String secondWitness;
    private String secondPassword;
    // reports
    private String reportLot;
    private String reportMrn;
    private UUID reportPatient;

    // count
    /** What was counted per vial, as typed (EL cannot convert map values). */
    private final Map<UUID, String> counted = new HashMap<>();
    private String countKind = "SHIFT";
    /** The count form (one line per vial in stock) is shown when a count starts, so the page stays small with a full shelf. */
    private boolean countOpen;
    private String countWitness;
    private String countPassword;
    private final Map<UUID, String> resolutions = new HashMap<>();

    public List<RegisterRows.VialRow> getStock() {
        if (stock == null) {
            stock = register.stock();
        }
        return stock;
    }

    public List<RegisterRows.CountRow> getCounts() {
        if (counts == null) {
            counts = register.counts();
        }
        return counts;
    }

    public boolean isCanRecord() {
        return user.is(Roles.NURSE) || user.is(Roles.PHYSICIAN);
    }

    public void receive() {
        RegisterRows.ReceiptRow r = register.receive(new RegisterRows.Receive(supplier, invoiceNumber, invoiceDate, ndc, product, concentration,
                vialVolume, singleDose, lot, expiresOn, vials));
        Messages.info("Received " + r.vials() + " vials of lot " + r.lot() + " (" + r.ndc() + ").");
        stock = null;
        lot = null;
        invoiceNumber = null;
    }

    public void draw() {
        PatientSummary patient = patientByMrn();
        if (patient == null) {
            return;
        }
        try {
            RegisterRows.EntryRow e = register.draw(new RegisterRows.Draw(uuid(drawVial), patient.id(), null, drawnMg, administeredMg, wastedMg,
                    witness, witnessPassword));
            Messages.info("Recorded: " + e.drawnMg().stripTrailingZeros().toPlainString() + " mg drawn from " + e.vialLabel() + " for "
                    + patient.displayName() + "; the vial now holds " + e.balanceAfterMg().stripTrailingZeros().toPlainString() + " mg.");
        } finally {
            witnessPassword = null;
        }
        stock = null;
        drawnMg = null;
        administeredMg = null;
        wastedMg = BigDecimal.ZERO;
        if (ledgerVial != null) {
            showLedger(ledgerVial);
        }
    }

    private PatientSummary patientByMrn() {
        if (mrn == null || !mrn.strip().matches("\\d{8}")) {
            Messages.error(clientId("mrn"), "Enter the patient's 8-digit MRN.");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        List<PatientSummary> found = patients.find(mrn.strip(), PageRequest.first(2)).rows();
        if (found.isEmpty()) {
            Messages.error(clientId("mrn"), "No patient has MRN " + mrn.strip() + ".");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return found.get(0);
    }

    private static String clientId(String id) {
        return "drawForm:" + id;
    }

    public void count() {
        try {
            Map<UUID, BigDecimal> mg = new HashMap<>();
            for (Map.Entry<UUID, String> e : counted.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                try {
                    mg.put(e.getKey(), new BigDecimal(e.getValue().strip()));
                } catch (NumberFormatException notANumber) {
                    Messages.error(null, "\"" + e.getValue() + "\" is not an amount in mg; enter what is in each vial, e.g. 420.");
                    jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                    return;
                }
            }
            RegisterRows.CountRow c = register.count(new RegisterRows.Count(countKind, mg, countWitness, countPassword));
            if (c.discrepancy()) {
                Messages.error(null, "The count differs from the register on " + c.lines().stream().filter(l -> !l.matches()).count()
                        + " vial(s). A discrepancy is open until it is resolved with a reason.");
            } else {
                Messages.info("Count recorded: every vial matches the register (" + c.totalCountedMg().stripTrailingZeros().toPlainString() + " mg).");
            }
        } finally {
            countPassword = null;
        }
        counted.clear();
        counts = null;
        countOpen = false;
    }

    /** Shows the count form: every vial in stock with what the register says, to be counted by two people. */
    public void startCount() {
        countOpen = true;
    }

    /** Puts the count form away without recording anything. */
    public void closeCount() {
        counted.clear();
        countOpen = false;
    }

    public boolean isCountOpen() { return countOpen; }

    public void resolve(RegisterRows.CountRow c) {
        register.resolve(c.id(), resolutions.get(c.id()));
        resolutions.remove(c.id());
        Messages.info("Discrepancy resolved.");
        counts = null;
    }

    public void remove() {
        try {
            RegisterRows.EntryRow e = register.remove(uuid(removalVial), removalKind, removalMg == null ? BigDecimal.ZERO : removalMg, removalReason,
                    removalWitness, removalPassword, secondWitness, secondPassword);
            Messages.info(("LOSS".equals(removalKind) ? "Loss or theft" : "Disposal") + " of " + e.changeMg().negate().stripTrailingZeros().toPlainString() + " mg from " + e.vialLabel()
                    + " recorded" + ("LOSS".equals(removalKind) ? "; report it to DEA on Form 106 (the data is in the losses report)." : "."));
        } finally {
            removalPassword = null;
            secondPassword = null;
        }
        stock = null;
        removalMg = null;
        removalReason = null;
    }

    /** Finds the patient for the administrations report. */
    public void findReportPatient() {
        reportPatient = null;
        if (reportMrn == null || !reportMrn.strip().matches("\\d{8}")) {
            Messages.error(null, "Enter the patient's 8-digit MRN.");
            return;
        }
        List<PatientSummary> found = patients.find(reportMrn.strip(), PageRequest.first(2)).rows();
        if (found.isEmpty()) {
            Messages.error(null, "No patient has MRN " + reportMrn.strip() + ".");
            return;
        }
        reportPatient = found.get(0).id();
    }

    public void showLedger(RegisterRows.VialRow vial) {
        ledgerVial = vial;
        ledger = register.ledger(vial.id());
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public List<RegisterRows.EntryRow> getLedger() { return ledger; }
    public String getRemovalVial() { return removalVial; }
    public void setRemovalVial(String v) { removalVial = v; }
    public String getRemovalKind() { return removalKind; }
    public void setRemovalKind(String v) { removalKind = v; }
    public BigDecimal getRemovalMg() { return removalMg; }
    public void setRemovalMg(BigDecimal v) { removalMg = v; }
    public String getRemovalReason() { return removalReason; }
    public void setRemovalReason(String v) { removalReason = v; }
    public String getRemovalWitness() { return removalWitness; }
    public void setRemovalWitness(String v) { removalWitness = v; }
    public String getRemovalPassword() { return removalPassword; }
    public void setRemovalPassword(String v) { removalPassword = v; }
    public String getSecondWitness() { return secondWitness; }
    public void setSecondWitness(String v) { secondWitness = v; }
    public String getSecondPassword() { return secondPassword; }
    public void setSecondPassword(String v) { secondPassword = v; }
    public String getReportLot() { return reportLot; }
    public void setReportLot(String v) { reportLot = v; }
    public String getReportMrn() { return reportMrn; }
    public void setReportMrn(String v) { reportMrn = v; }
    public UUID getReportPatient() { return reportPatient; }
    public RegisterRows.VialRow getLedgerVial() { return ledgerVial; }
    public Map<UUID, String> getCounted() { return counted; }
    public Map<UUID, String> getResolutions() { return resolutions; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String v) { supplier = v; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String v) { invoiceNumber = v; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public void setInvoiceDate(LocalDate v) { invoiceDate = v; }
    public String getNdc() { return ndc; }
    public void setNdc(String v) { ndc = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public BigDecimal getConcentration() { return concentration; }
    public void setConcentration(BigDecimal v) { concentration = v; }
    public BigDecimal getVialVolume() { return vialVolume; }
    public void setVialVolume(BigDecimal v) { vialVolume = v; }
    public boolean isSingleDose() { return singleDose; }
    public void setSingleDose(boolean v) { singleDose = v; }
    public String getLot() { return lot; }
    public void setLot(String v) { lot = v; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate v) { expiresOn = v; }
    public Integer getVials() { return vials; }
    public void setVials(Integer v) { vials = v; }
    public String getDrawVial() { return drawVial; }
    public void setDrawVial(String v) { drawVial = v; }
    public String getMrn() { return mrn; }
    public void setMrn(String v) { mrn = v; }
    public BigDecimal getDrawnMg() { return drawnMg; }
    public void setDrawnMg(BigDecimal v) { drawnMg = v; }
    public BigDecimal getAdministeredMg() { return administeredMg; }
    public void setAdministeredMg(BigDecimal v) { administeredMg = v; }
    public BigDecimal getWastedMg() { return wastedMg; }
    public void setWastedMg(BigDecimal v) { wastedMg = v; }
    public String getWitness() { return witness; }
    public void setWitness(String v) { witness = v; }
    public String getWitnessPassword() { return witnessPassword; }
    public void setWitnessPassword(String v) { witnessPassword = v; }
    public String getCountKind() { return countKind; }
    public void setCountKind(String v) { countKind = v; }
    public String getCountWitness() { return countWitness; }
    public void setCountWitness(String v) { countWitness = v; }
    public String getCountPassword() { return countPassword; }
    public void setCountPassword(String v) { countPassword = v; }
}
