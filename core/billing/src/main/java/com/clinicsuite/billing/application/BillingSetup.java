package com.clinicsuite.billing.application;

import com.clinicsuite.billing.domain.BillingIdentity;
import com.clinicsuite.billing.domain.BillingRepository;
import com.clinicsuite.billing.domain.Fee;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.PackageProduct;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.ServiceLine;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fee schedules with history, payers and their claim rules, the clinic's billing identity, and the packages on sale. */
@Stateless
public class BillingSetup {

    @Inject
    private BillingRepository billing;

    @Inject
    private AuditTrail audit;

    @Inject
    private com.clinicsuite.patients.application.InsurancePolicies insurance;

    /**
     * The unit rule for timed PT codes that the patient's primary payer on {@code day} uses, as the PT visit names it
     * ({@code MEDICARE_8_MINUTE} or {@code AMA_RULE_OF_EIGHTS}) with the payer's name; empty for self-pay or a payer
     * not set up. The PT visit pre-selects it.
     */
    @RolesAllowed({Roles.PHYSICAL_THERAPIST, Roles.BILLING})
    public java.util.Optional<java.util.Map.Entry<String, String>> unitRuleFor(@NotNull UUID patientId, @NotNull LocalDate day) {
        return insurance.inEffect(patientId, "PRIMARY", day).map(com.clinicsuite.patients.application.InsuranceRow::payerId)
                .flatMap(id -> id == null ? java.util.Optional.empty() : billing.payerByPayerId(id))
                .filter(com.clinicsuite.billing.domain.Payer::active)
                .map(p -> java.util.Map.entry(p.unitRule() == com.clinicsuite.billing.domain.Payer.UnitRule.AMA_RULE_OF_EIGHTS
                        ? "AMA_RULE_OF_EIGHTS" : "MEDICARE_8_MINUTE", p.name()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING, Roles.FRONT_DESK})
    public List<BillingRows.FeeRow> fees() {
        return billing.currentFees().stream().map(BillingSetup::row).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public List<BillingRows.FeeRow> feeHistory(@NotNull String code) {
        return billing.feeHistory(code.strip().toUpperCase()).stream().map(BillingSetup::row).toList();
    }

    /**
     * Sets a price from a date. The current price of the code ends the day before; a new code starts its history.
     * Charges already captured keep the price they were made with.
     */
    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public BillingRows.FeeRow setFee(String code, String label, String serviceLine, BigDecimal price, LocalDate from) {
        Fee next = Fee.of(code, label, serviceLine == null || serviceLine.isBlank() ? ServiceLine.OTHER
                : Choice.of(ServiceLine.class, serviceLine, "serviceLine", "Service line"), price == null ? null : Money.of(price, Money.USD), from);
        billing.currentFee(next.code()).ifPresent(current -> current.supersededBy(next));
        billing.flush();
        billing.add(next);
        billing.flush();
        audit.record("billing.fee.set", null, next.code() + " " + next.price() + " from " + from);
        return row(next);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public List<BillingRows.PayerRow> payers() {
        return billing.payers().stream().map(BillingSetup::row).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public BillingRows.PayerRow savePayer(UUID id, long version, @NotNull BillingRows.PayerRow c) {
        Payer.UnitRule rule = c.unitRule() == null || c.unitRule().isBlank() ? null : Choice.of(Payer.UnitRule.class, c.unitRule(), "unitRule", "Unit rule");
        billing.payers().stream().filter(p -> c.payerId() != null && p.payerId().equalsIgnoreCase(c.payerId().strip()) && !p.id().equals(id))
                .findFirst().ifPresent(p -> {
                    throw new BusinessRuleException("payer.duplicate", "payerId", "Payer ID " + p.payerId() + " is already " + p.name() + ".");
                });
        Payer p;
        if (id == null) {
            p = Payer.of(c.name(), c.payerId(), c.address(), c.city(), c.state(), c.zip(), rule, c.requiresJwJz());
            p.setCoversKetamine(c.coversKetamine());
            billing.add(p);
        } else {
            p = billing.payer(id).orElseThrow(() -> new BusinessRuleException("payer.notFound", "No such payer; reload the page."));
            if (p.version() != version) {
                throw new BusinessRuleException("payer.stale", p.name() + " was changed by " + p.updatedBy() + "; reload and try again.");
            }
            p.revise(c.name(), c.payerId(), c.address(), c.city(), c.state(), c.zip(), rule, c.requiresJwJz());
            p.setCoversKetamine(c.coversKetamine());
            p.setActive(c.active());
        }
        billing.flush();
        audit.record("billing.payer.save", null, p.name() + " (" + p.payerId() + "), " + p.unitRule() + (p.requiresJwJz() ? ", JW/JZ" : ""));
        return row(p);
    }

    /** The clinic's billing identity; the front desk prints it on statements and superbills. */
    @RolesAllowed({Roles.ADMIN, Roles.BILLING, Roles.FRONT_DESK})
    public BillingRows.IdentityRow identity() {
        return row(billing.identity());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public BillingRows.IdentityRow saveIdentity(long version, @NotNull BillingRows.IdentityRow c) {
        BillingIdentity i = billing.identity();
        if (i.version() != version) {
            throw new BusinessRuleException("identity.stale", "The billing identity was changed by " + i.updatedBy() + "; reload and try again.");
        }
        i.revise(c.legalName(), c.npi(), c.taxId(), c.taxonomy(), c.address(), c.city(), c.state(), c.zip(), c.phone());
        billing.flush();
        audit.record("billing.identity.save", null, i.legalName() + ", NPI " + i.npi());
        return row(i);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING, Roles.FRONT_DESK})
    public List<BillingRows.PackageProductRow> packageProducts() {
        return billing.packageProducts().stream().map(BillingSetup::row).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public BillingRows.PackageProductRow addPackageProduct(String name, int sessions, BigDecimal price) {
        if (billing.packageProducts().stream().anyMatch(p -> name != null && p.name().equalsIgnoreCase(name.strip()))) {
            throw new BusinessRuleException("package.duplicate", "name", "A package with this name exists already.");
        }
        PackageProduct p = PackageProduct.of(name, sessions, price == null ? null : Money.of(price, Money.USD));
        billing.add(p);
        billing.flush();
        audit.record("billing.package.add", null, p.name() + ": " + p.sessions() + " sessions for " + p.price());
        return row(p);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BILLING})
    public BillingRows.PackageProductRow setPackageActive(@NotNull UUID id, boolean active) {
        PackageProduct p = billing.packageProduct(id).orElseThrow(() -> new BusinessRuleException("package.notFound", "No such package."));
        p.setActive(active);
        audit.record("billing.package." + (active ? "activate" : "retire"), null, p.name());
        return row(p);
    }

    static BillingRows.FeeRow row(Fee f) {
        return new BillingRows.FeeRow(f.id(), f.code(), f.label(), f.serviceLine().name(), f.price().amount(), f.effectiveFrom(), f.effectiveTo());
    }

    static BillingRows.PayerRow row(Payer p) {
        return new BillingRows.PayerRow(p.id(), p.name(), p.payerId(), p.address(), p.city(), p.state(), p.zip(), p.unitRule().name(),
                p.requiresJwJz(), p.coversKetamine(), p.active(), p.version());
    }

    static BillingRows.IdentityRow row(BillingIdentity i) {
        return new BillingRows.IdentityRow(i.legalName(), i.npi(), i.taxId(), i.taxonomy(), i.address(), i.city(), i.state(), i.zip(), i.phone(),
                i.version());
    }

    static BillingRows.PackageProductRow row(PackageProduct p) {
        return new BillingRows.PackageProductRow(p.id(), p.name(), p.sessions(), p.price().amount(),
                p.price().amount().divide(BigDecimal.valueOf(p.sessions()), 2, java.math.RoundingMode.DOWN), p.active());
    }
}
