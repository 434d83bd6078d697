package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ketamine received against a supplier invoice (DOMAIN.md §4): invoice number and date, supplier, NDC, product and
 * concentration, vial size and kind, lot, expiry and the number of vials. Schedule III needs no DEA-222.
 */
@Entity
@Table(name = "receipt")
public class Receipt extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "supplier", nullable = false)
    private String supplier;
    @Column(name = "invoice_number", nullable = false)
    private String invoiceNumber;
    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;
    @Column(name = "ndc", nullable = false)
    private String ndc;
    @Column(name = "product", nullable = false)
    private String product;
    @Column(name = "concentration_mg_per_ml", nullable = false)
    private BigDecimal concentrationMgPerMl;
    @Column(name = "vial_volume_ml", nullable = false)
    private BigDecimal vialVolumeMl;
    @Column(name = "single_dose", nullable = false)
    private boolean singleDose;
    @Column(name = "lot", nullable = false)
    private String lot;
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;
    @Column(name = "vial_count", nullable = false)
    private int vialCount;

    protected Receipt() {
        // for JPA
    }

    /** Records the receipt and creates its vials, labelled lot-01, lot-02, … (numbering on when the lot came before). */
    public static Receipt receive(String supplier, String invoiceNumber, LocalDate invoiceDate, Ndc ndc, String product,
                                  BigDecimal concentration, BigDecimal vialVolume, boolean singleDose, String lot, LocalDate expiresOn,
                                  int vials, int vialsOfLotAlready, LocalDate today, List<Vial> created) {
        require(supplier, "supplier", "Name the supplier.");
        require(invoiceNumber, "invoiceNumber", "Give the supplier's invoice number.");
        require(product, "product", "Name the product, e.g. Ketamine HCl injection.");
        require(lot, "lot", "Give the lot number printed on the vials.");
        if (invoiceDate == null || invoiceDate.isAfter(today)) {
            throw new BusinessRuleException("receipt.invoiceDate", "invoiceDate", "Give the invoice date (not in the future).");
        }
        if (concentration == null || concentration.signum() <= 0 || concentration.compareTo(new BigDecimal("500")) > 0) {
            throw new BusinessRuleException("receipt.concentration", "concentration", "Give the concentration in mg/mL, e.g. 50 or 100.");
        }
        if (vialVolume == null || vialVolume.signum() <= 0 || vialVolume.compareTo(new BigDecimal("100")) > 0) {
            throw new BusinessRuleException("receipt.volume", "vialVolume", "Give the vial size in mL (up to 100).");
        }
        if (expiresOn == null || !expiresOn.isAfter(today)) {
            throw new BusinessRuleException("receipt.expiry", "expiresOn", "The expiry date must be in the future; expired stock is not received.");
        }
        if (vials < 1 || vials > 500) {
            throw new BusinessRuleException("receipt.vials", "vials", "Receive 1–500 vials at a time.");
        }
        Receipt r = new Receipt();
        r.id = UUID.randomUUID();
        r.supplier = supplier.strip();
        r.invoiceNumber = invoiceNumber.strip();
        r.invoiceDate = invoiceDate;
        r.ndc = ndc.value();
        r.product = product.strip();
        r.concentrationMgPerMl = concentration;
        r.vialVolumeMl = vialVolume;
        r.singleDose = singleDose;
        r.lot = lot.strip().toUpperCase();
        r.expiresOn = expiresOn;
        r.vialCount = vials;
        List<Vial> made = new ArrayList<>();
        for (int i = vialsOfLotAlready + 1; i <= vialsOfLotAlready + vials; i++) {
            made.add(new Vial(r.id, r.lot + "-" + String.format("%02d", i), ndc, r.product, concentration, vialVolume, singleDose, r.lot, expiresOn));
        }
        created.addAll(made);
        return r;
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("receipt." + field, field, message);
        }
    }

    public UUID id() { return id; }
    public String supplier() { return supplier; }
    public String invoiceNumber() { return invoiceNumber; }
    public LocalDate invoiceDate() { return invoiceDate; }
    public String ndc() { return ndc; }
    public String product() { return product; }
    public BigDecimal concentrationMgPerMl() { return concentrationMgPerMl; }
    public BigDecimal vialVolumeMl() { return vialVolumeMl; }
    public boolean singleDose() { return singleDose; }
    public String lot() { return lot; }
    public LocalDate expiresOn() { return expiresOn; }
    public int vialCount() { return vialCount; }
}
