package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.domain.Npi;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The clinic as billing provider (loop 2010AA, CMS-1500 boxes 25 and 33): legal name, billing NPI, tax ID, taxonomy, address. */
@Entity
@Table(name = "billing_identity")
public class BillingIdentity extends AuditedEntity {

    @Id
    private Integer id;
    @Column(name = "legal_name", nullable = false)
    private String legalName;
    @Column(name = "npi", nullable = false)
    private String npi;
    @Column(name = "tax_id", nullable = false)
    private String taxId;
    @Column(name = "taxonomy", nullable = false)
    private String taxonomy;
    @Column(name = "address", nullable = false)
    private String address;
    @Column(name = "city", nullable = false)
    private String city;
    @Column(name = "state", nullable = false)
    private String state;
    @Column(name = "zip", nullable = false)
    private String zip;
    @Column(name = "phone")
    private String phone;
    @Column(name = "currency", nullable = false)
    private String currency;

    protected BillingIdentity() {
        // for JPA
    }

    public void revise(String legalName, String npi, String taxId, String taxonomy, String address, String city, String state, String zip,
                       String phone) {
        if (legalName == null || legalName.isBlank()) {
            throw new BusinessRuleException("identity.name", "legalName", "Give the clinic's legal name as the payers know it.");
        }
        if (npi == null || !Npi.isValid(npi.strip())) {
            throw new BusinessRuleException("identity.npi", "npi", "The billing NPI has 10 digits with a valid check digit.");
        }
        String ein = taxId == null ? "" : taxId.replace("-", "").strip();
        if (!ein.matches("^\\d{9}$")) {
            throw new BusinessRuleException("identity.taxId", "taxId", "The tax ID (EIN) has 9 digits, e.g. 12-3456789.");
        }
        if (taxonomy == null || !taxonomy.strip().matches("^[0-9A-Z]{9}X$")) {
            throw new BusinessRuleException("identity.taxonomy", "taxonomy", "The taxonomy code has 10 characters ending in X, e.g. 208VP0014X.");
        }
        if (address == null || address.isBlank() || city == null || city.isBlank()) {
            throw new BusinessRuleException("identity.address", "address", "Give the street address and city.");
        }
        if (state == null || !state.strip().matches("^[A-Za-z]{2}$")) {
            throw new BusinessRuleException("identity.state", "state", "Use the two-letter state code.");
        }
        if (zip == null || !zip.strip().matches("^\\d{5}(\\d{4})?$")) {
            throw new BusinessRuleException("identity.zip", "zip", "The ZIP code has 5 or 9 digits (claims want 9).");
        }
        this.legalName = legalName.strip();
        this.npi = npi.strip();
        this.taxId = ein;
        this.taxonomy = taxonomy.strip();
        this.address = address.strip();
        this.city = city.strip();
        this.state = state.strip().toUpperCase();
        this.zip = zip.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public String legalName() { return legalName; }
    public String npi() { return npi; }
    public String taxId() { return taxId; }
    public String taxonomy() { return taxonomy; }
    public String address() { return address; }
    public String city() { return city; }
    public String state() { return state; }
    public String zip() { return zip; }
    public String phone() { return phone; }
    public String currency() { return currency; }
}
