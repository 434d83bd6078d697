package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One vial of ketamine from a receipt, with its running balance in mL and mg. The balance never goes negative: the
 * service locks the row before a draw, and the database refuses a negative balance whatever happens.
 */
@Entity
@Table(name = "vial")
public class Vial extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "receipt_id", nullable = false, updatable = false)
    private UUID receiptId;
    @Column(name = "label", nullable = false, updatable = false)
    private String label;
    @Column(name = "ndc", nullable = false, updatable = false)
    private String ndc;
    @Column(name = "product", nullable = false, updatable = false)
    private String product;
    @Column(name = "concentration_mg_per_ml", nullable = false, updatable = false)
    private BigDecimal concentrationMgPerMl;
    @Column(name = "volume_ml", nullable = false, updatable = false)
    private BigDecimal volumeMl;
    @Column(name = "single_dose", nullable = false, updatable = false)
    private boolean singleDose;
    @Column(name = "lot", nullable = false, updatable = false)
    private String lot;
    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;
    @Column(name = "balance_ml", nullable = false)
    private BigDecimal balanceMl;
    @Column(name = "balance_mg", nullable = false)
    private BigDecimal balanceMg;

    protected Vial() {
        // for JPA
    }

    Vial(UUID receiptId, String label, Ndc ndc, String product, BigDecimal concentration, BigDecimal volume, boolean singleDose,
         String lot, LocalDate expiresOn) {
        this.id = UUID.randomUUID();
        this.receiptId = receiptId;
        this.label = label;
        this.ndc = ndc.value();
        this.product = product;
        this.concentrationMgPerMl = concentration;
        this.volumeMl = volume;
        this.singleDose = singleDose;
        this.lot = lot;
        this.expiresOn = expiresOn;
        this.balanceMl = volume;
        this.balanceMg = volume.multiply(concentration).setScale(2, RoundingMode.HALF_UP);
    }

    /** mL for a number of mg at this vial's concentration. */
    public BigDecimal mlFor(BigDecimal mg) {
        return mg.divide(concentrationMgPerMl, 2, RoundingMode.HALF_UP);
    }

    /**
     * Takes {@code mg} out of the vial (a draw, a loss or a disposal).
     *
     * @throws BusinessRuleException when the vial has expired (for a draw) or holds less than asked
     */
    public void take(BigDecimal mg, LocalDate today, boolean allowExpired) {
        if (mg == null || mg.signum() <= 0) {
            throw new BusinessRuleException("vial.amount", "drawnMg", "The amount must be above 0 mg.");
        }
        if (!allowExpired && today.isAfter(expiresOn)) {
            throw new BusinessRuleException("vial.expired", "vialId", "Vial " + label + " expired on " + expiresOn + "; it cannot be drawn from. Dispose of it with two witnesses.");
        }
        if (mg.compareTo(balanceMg) > 0) {
            throw new BusinessRuleException("vial.balance", "drawnMg", "Vial " + label + " holds " + balanceMg.stripTrailingZeros().toPlainString()
                    + " mg; " + mg.stripTrailingZeros().toPlainString() + " mg cannot be taken from it.");
        }
        balanceMg = balanceMg.subtract(mg);
        balanceMl = balanceMg.signum() == 0 ? BigDecimal.ZERO.setScale(2) : balanceMg.divide(concentrationMgPerMl, 2, RoundingMode.HALF_UP);
    }

    /** Puts {@code mg} back (a correction of an entry made in error). */
    public void restore(BigDecimal mg) {
        BigDecimal after = balanceMg.add(mg);
        if (after.compareTo(volumeMl.multiply(concentrationMgPerMl)) > 0) {
            throw new BusinessRuleException("vial.overfull", "Vial " + label + " cannot hold more than it was received with.");
        }
        balanceMg = after;
        balanceMl = after.divide(concentrationMgPerMl, 2, RoundingMode.HALF_UP);
    }

    public boolean expired(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    public UUID id() { return id; }
    public UUID receiptId() { return receiptId; }
    public String label() { return label; }
    public String ndc() { return ndc; }
    public String product() { return product; }
    public BigDecimal concentrationMgPerMl() { return concentrationMgPerMl; }
    public BigDecimal volumeMl() { return volumeMl; }
    public boolean singleDose() { return singleDose; }
    public String lot() { return lot; }
    public LocalDate expiresOn() { return expiresOn; }
    public BigDecimal balanceMl() { return balanceMl; }
    public BigDecimal balanceMg() { return balanceMg; }
}
