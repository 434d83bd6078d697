package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * An insurance payer and its claim rules: which PT unit rule it follows (Medicare's 8-minute total-time method or
 * the AMA rule of eights) and whether it wants JW/JZ on single-dose drugs. Policies find it by payer ID.
 */
@Entity
@Table(name = "payer")
public class Payer extends AuditedEntity {

    public enum UnitRule { CMS_8_MINUTE, AMA_RULE_OF_EIGHTS }

    @Id
    private UUID id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "payer_id", nullable = false)
    private String payerId;
    @Column(name = "address")
    private String address;
    @Column(name = "city")
    private String city;
    @Column(name = "state")
    private String state;
    @Column(name = "zip")
    private String zip;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rule", nullable = false)
    private UnitRule unitRule;
    @Column(name = "requires_jw_jz", nullable = false)
    private boolean requiresJwJz;
    @Column(name = "covers_ketamine", nullable = false)
    private boolean coversKetamine;
    @Column(name = "active", nullable = false)
    private boolean active;

    protected Payer() {
        // for JPA
    }

    public static Payer of(String name, String payerId, String address, String city, String state, String zip, UnitRule rule, boolean jwJz) {
        Payer p = new Payer();
        p.id = UUID.randomUUID();
        p.active = true;
        p.revise(name, payerId, address, city, state, zip, rule, jwJz);
        return p;
    }

    public void revise(String name, String payerId, String address, String city, String state, String zip, UnitRule rule, boolean jwJz) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("payer.name", "name", "Give the payer's name (up to 100 characters).");
        }
        if (payerId == null || !payerId.strip().matches("^[A-Za-z0-9]{2,30}$")) {
            throw new BusinessRuleException("payer.id", "payerId", "The payer ID is the clearinghouse's 2–30 letters or digits, e.g. 60054.");
        }
        if (state != null && !state.isBlank() && !state.strip().matches("^[A-Za-z]{2}$")) {
            throw new BusinessRuleException("payer.state", "state", "Use the two-letter state code.");
        }
        if (zip != null && !zip.isBlank() && !zip.strip().matches("^\\d{5}(\\d{4})?$")) {
            throw new BusinessRuleException("payer.zip", "zip", "The ZIP code has 5 or 9 digits.");
        }
        if (rule == null) {
            throw new BusinessRuleException("payer.rule", "unitRule", "Choose the payer's unit rule for timed therapy codes.");
        }
        this.name = name.strip();
        this.payerId = payerId.strip().toUpperCase();
        this.address = blankToNull(address);
        this.city = blankToNull(city);
        this.state = state == null || state.isBlank() ? null : state.strip().toUpperCase();
        this.zip = blankToNull(zip);
        this.unitRule = rule;
        this.requiresJwJz = jwJz;
    }

    /** Whether ketamine infusions for this payer's members are claimed (most pay them out of pocket: off-label). */
    public void setCoversKetamine(boolean covers) {
        this.coversKetamine = covers;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String payerId() { return payerId; }
    public String address() { return address; }
    public String city() { return city; }
    public String state() { return state; }
    public String zip() { return zip; }
    public UnitRule unitRule() { return unitRule; }
    public boolean requiresJwJz() { return requiresJwJz; }
    public boolean coversKetamine() { return coversKetamine; }
    public boolean active() { return active; }
}
