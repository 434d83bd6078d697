package com.clinicsuite.web.billing;

import com.clinicsuite.billing.application.BillingRows;
import com.clinicsuite.billing.application.BillingSetup;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fee schedule, payers, the clinic's billing identity and the packages on sale (administrators and billing). */
@Named
@ViewScoped
public class BillingSetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BillingSetup setup;

    private List<BillingRows.FeeRow> fees;
    private List<BillingRows.PayerRow> payers;
    private List<BillingRows.PackageProductRow> packages;
    private BillingRows.IdentityRow identity;

    private String feeCode;
    private String feeLabel;
    private String feeLine = "OTHER";
    private BigDecimal feePrice;
    private LocalDate feeFrom = LocalDate.now();

    private UUID payerEditing;
    private long payerVersion;
    private String payerName;
    private String payerIdentifier;
    private String payerAddress;
    private String payerCity;
    private String payerState;
    private String payerZip;
    private String unitRule = "AMA_RULE_OF_EIGHTS";
    private boolean jwJz;
    private boolean coversKetamine;
    private boolean payerActive = true;

    private String legalName;
    private String npi;
    private String taxId;
    private String taxonomy;
    private String address;
    private String city;
    private String state;
    private String zip;
    private String phone;

    private String packageName;
    private Integer packageSessions = 6;
    private BigDecimal packagePrice;

    public List<BillingRows.FeeRow> getFees() {
        if (fees == null) {
            fees = setup.fees();
        }
        return fees;
    }

    public List<BillingRows.PayerRow> getPayers() {
        if (payers == null) {
            payers = setup.payers();
        }
        return payers;
    }

    public List<BillingRows.PackageProductRow> getPackages() {
        if (packages == null) {
            packages = setup.packageProducts();
        }
        return packages;
    }

    public BillingRows.IdentityRow getIdentity() {
        if (identity == null) {
            identity = setup.identity();
            legalName = identity.legalName();
            npi = identity.npi();
            taxId = identity.taxId();
            taxonomy = identity.taxonomy();
            address = identity.address();
            city = identity.city();
            state = identity.state();
            zip = identity.zip();
            phone = identity.phone();
        }
        return identity;
    }

    private String historyCode;
    private List<BillingRows.FeeRow> history = List.of();

    /** Shows every price the code has had, newest first. */
    public void showHistory(BillingRows.FeeRow f) {
        historyCode = f.code();
        history = setup.feeHistory(f.code());
    }

    public String getHistoryCode() { return historyCode; }
    public List<BillingRows.FeeRow> getHistory() { return history; }

    public void editFee(BillingRows.FeeRow f) {
        feeCode = f.code();
        feeLabel = f.label();
        feeLine = f.serviceLine();
        feePrice = f.price();
        feeFrom = LocalDate.now().plusDays(1);
    }

    public void saveFee() {
        BillingRows.FeeRow f = setup.setFee(feeCode, feeLabel, feeLine, feePrice, feeFrom);
        Messages.info(f.code() + " costs $" + f.price() + " from " + f.effectiveFrom() + ". Charges already made keep their price.");
        fees = null;
        feeCode = null;
        feeLabel = null;
        feePrice = null;
    }

    public void editPayer(BillingRows.PayerRow p) {
        payerEditing = p.id();
        payerVersion = p.version();
        payerName = p.name();
        payerIdentifier = p.payerId();
        payerAddress = p.address();
        payerCity = p.city();
        payerState = p.state();
        payerZip = p.zip();
        unitRule = p.unitRule();
        jwJz = p.requiresJwJz();
        coversKetamine = p.coversKetamine();
        payerActive = p.active();
    }

    public void savePayer() {
        BillingRows.PayerRow saved = setup.savePayer(payerEditing, payerVersion, new BillingRows.PayerRow(payerEditing, payerName, payerIdentifier,
                payerAddress, payerCity, payerState, payerZip, unitRule, jwJz, coversKetamine, payerActive, payerVersion));
        Messages.info("Saved payer " + saved.name() + ".");
        payers = null;
        payerEditing = null;
        payerName = null;
        payerIdentifier = null;
        payerAddress = null;
        payerCity = null;
        payerState = null;
        payerZip = null;
        jwJz = false;
        coversKetamine = false;
        payerActive = true;
    }

    public void saveIdentity() {
        identity = setup.saveIdentity(getIdentity().version(), new BillingRows.IdentityRow(legalName, npi, taxId, taxonomy, address, city, state, zip,
                phone, getIdentity().version()));
        Messages.info("Billing identity saved; new claims and statements use it.");
    }

    public void addPackage() {
        BillingRows.PackageProductRow p = setup.addPackageProduct(packageName, packageSessions == null ? 0 : packageSessions, packagePrice);
        Messages.info(p.name() + " is now on sale.");
        packages = null;
        packageName = null;
        packagePrice = null;
    }

    public void setPackageActive(BillingRows.PackageProductRow p, boolean active) {
        setup.setPackageActive(p.id(), active);
        packages = null;
        Messages.info(p.name() + (active ? " is on sale again." : " is no longer sold; packages already sold stay valid."));
    }

    public String getFeeCode() { return feeCode; }
    public void setFeeCode(String v) { feeCode = v; }
    public String getFeeLabel() { return feeLabel; }
    public void setFeeLabel(String v) { feeLabel = v; }
    public String getFeeLine() { return feeLine; }
    public void setFeeLine(String v) { feeLine = v; }
    public BigDecimal getFeePrice() { return feePrice; }
    public void setFeePrice(BigDecimal v) { feePrice = v; }
    public LocalDate getFeeFrom() { return feeFrom; }
    public void setFeeFrom(LocalDate v) { feeFrom = v; }
    public boolean isEditingPayer() { return payerEditing != null; }
    public String getPayerName() { return payerName; }
    public void setPayerName(String v) { payerName = v; }
    public String getPayerIdentifier() { return payerIdentifier; }
    public void setPayerIdentifier(String v) { payerIdentifier = v; }
    public String getPayerAddress() { return payerAddress; }
    public void setPayerAddress(String v) { payerAddress = v; }
    public String getPayerCity() { return payerCity; }
    public void setPayerCity(String v) { payerCity = v; }
    public String getPayerState() { return payerState; }
    public void setPayerState(String v) { payerState = v; }
    public String getPayerZip() { return payerZip; }
    public void setPayerZip(String v) { payerZip = v; }
    public String getUnitRule() { return unitRule; }
    public void setUnitRule(String v) { unitRule = v; }
    public boolean isJwJz() { return jwJz; }
    public void setJwJz(boolean v) { jwJz = v; }
    public boolean isCoversKetamine() { return coversKetamine; }
    public void setCoversKetamine(boolean v) { coversKetamine = v; }
    public boolean isPayerActive() { return payerActive; }
    public void setPayerActive(boolean v) { payerActive = v; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String v) { legalName = v; }
    public String getNpi() { return npi; }
    public void setNpi(String v) { npi = v; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String v) { taxId = v; }
    public String getTaxonomy() { return taxonomy; }
    public void setTaxonomy(String v) { taxonomy = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getZip() { return zip; }
    public void setZip(String v) { zip = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getPackageName() { return packageName; }
    public void setPackageName(String v) { packageName = v; }
    public Integer getPackageSessions() { return packageSessions; }
    public void setPackageSessions(Integer v) { packageSessions = v; }
    public BigDecimal getPackagePrice() { return packagePrice; }
    public void setPackagePrice(BigDecimal v) { packagePrice = v; }
}
