package com.clinicsuite.billing.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A self-pay package the clinic sells, e.g. "Induction series: 6 infusions" at a package price. */
@Entity
@Table(name = "package_product")
public class PackageProduct extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "sessions", nullable = false)
    private int sessions;
    @Column(name = "price", nullable = false)
    private BigDecimal price;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "active", nullable = false)
    private boolean active;

    protected PackageProduct() {
        // for JPA
    }

    public static PackageProduct of(String name, int sessions, Money price) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("package.name", "name", "Name the package (up to 100 characters).");
        }
        if (sessions < 1 || sessions > 100) {
            throw new BusinessRuleException("package.sessions", "sessions", "A package has 1–100 sessions.");
        }
        if (price == null || !price.isPositive()) {
            throw new BusinessRuleException("package.price", "price", "Give the package price.");
        }
        PackageProduct p = new PackageProduct();
        p.id = UUID.randomUUID();
        p.name = name.strip();
        p.sessions = sessions;
        p.price = price.amount();
        p.currency = price.currency();
        p.active = true;
        return p;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public int sessions() { return sessions; }
    public Money price() { return Money.of(price, currency); }
    public boolean active() { return active; }
}
