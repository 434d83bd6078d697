package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the register. Entries are never edited or deleted (the database refuses it); a mistake is corrected by
 * a new CORRECTION entry with a reason. Amounts are in mg; the vial's balance after the entry is kept with it.
 */
@Entity
@Table(name = "register_entry")
public class RegisterEntry {

    /** What happened. */
    public enum Kind { RECEIPT, DRAW, CORRECTION, LOSS, DISPOSAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;
    @Column(name = "vial_id", nullable = false)
    private UUID vialId;
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "by_user", nullable = false)
    private String byUser;
    @Column(name = "witness")
    private String witness;
    @Column(name = "second_witness")
    private String secondWitness;
    @Column(name = "patient_id")
    private UUID patientId;
    @Column(name = "visit_ref")
    private UUID visitRef;
    @Column(name = "drawn_mg")
    private BigDecimal drawnMg;
    @Column(name = "administered_mg")
    private BigDecimal administeredMg;
    @Column(name = "wasted_mg")
    private BigDecimal wastedMg;
    @Column(name = "change_mg", nullable = false)
    private BigDecimal changeMg;
    @Column(name = "balance_after_mg", nullable = false)
    private BigDecimal balanceAfterMg;
    @Column(name = "reason")
    private String reason;
    @Column(name = "corrects")
    private Long corrects;

    protected RegisterEntry() {
        // for JPA
    }

    private static RegisterEntry of(Kind kind, Vial vial, Instant at, String by, BigDecimal change) {
        RegisterEntry e = new RegisterEntry();
        e.kind = kind;
        e.vialId = vial.id();
        e.at = at;
        e.byUser = by;
        e.changeMg = change;
        e.balanceAfterMg = vial.balanceMg();
        return e;
    }

    public static RegisterEntry received(Vial vial, Instant at, String by) {
        return of(Kind.RECEIPT, vial, at, by, vial.balanceMg());
    }

    /**
     * A draw for a patient: drawn = administered + wasted. Waste needs a witness who is not the drawer.
     * Call after {@link Vial#take}.
     */
    public static RegisterEntry draw(Vial vial, UUID patientId, UUID visitRef, BigDecimal drawn, BigDecimal administered, BigDecimal wasted,
                                     String by, String witness, Instant at) {
        requireDrawAddsUp(drawn, administered, wasted, by, witness);
        if (patientId == null) {
            throw new BusinessRuleException("draw.patient", "patientId", "Choose the patient the ketamine is for.");
        }
        RegisterEntry e = of(Kind.DRAW, vial, at, by, drawn.negate());
        e.patientId = patientId;
        e.visitRef = visitRef;
        e.drawnMg = drawn;
        e.administeredMg = administered;
        e.wastedMg = wasted;
        e.witness = witness;
        return e;
    }

    /** Checks a draw before the vial is touched: amounts add up, and waste has a witness other than the drawer. */
    public static void requireDrawAddsUp(BigDecimal drawn, BigDecimal administered, BigDecimal wasted, String by, String witness) {
        if (drawn == null || administered == null || wasted == null || drawn.signum() <= 0 || administered.signum() < 0 || wasted.signum() < 0) {
            throw new BusinessRuleException("draw.amounts", "drawnMg", "Give the mg drawn (above 0), administered and wasted (0 or more).");
        }
        if (administered.add(wasted).compareTo(drawn) != 0) {
            throw new BusinessRuleException("draw.sum", "wastedMg", "Administered (" + administered.stripTrailingZeros().toPlainString() + " mg) plus wasted ("
                    + wasted.stripTrailingZeros().toPlainString() + " mg) must equal the " + drawn.stripTrailingZeros().toPlainString() + " mg drawn.");
        }
        if (wasted.signum() > 0 && (witness == null || witness.isBlank())) {
            throw new BusinessRuleException("draw.witness", "witness", "Waste must be witnessed by a second licensed user.");
        }
        if (witness != null && witness.equalsIgnoreCase(by)) {
            throw new BusinessRuleException("draw.witness.self", "witness", "The witness must be someone other than the person who drew the dose.");
        }
    }

    /** A correction of an earlier entry: {@code changeMg} back into (positive) or out of (negative) the vial, with a reason. */
    public static RegisterEntry correction(Vial vial, RegisterEntry corrected, BigDecimal change, String reason, String by, Instant at) {
        if (reason == null || reason.strip().length() < 10) {
            throw new BusinessRuleException("correction.reason", "reason", "Explain the correction (at least 10 characters).");
        }
        RegisterEntry e = of(Kind.CORRECTION, vial, at, by, change);
        e.corrects = corrected.id;
        e.patientId = corrected.patientId;
        e.reason = reason.strip();
        return e;
    }

    /**
     * A loss or theft (witnessed by one other person) or the disposal of expired stock (witnessed by two others),
     * taken out of the vial.
     */
    public static RegisterEntry removal(Kind kind, Vial vial, BigDecimal mg, String reason, String by, String witness, String secondWitness,
                                        Instant at) {
        if (kind == Kind.DISPOSAL && (secondWitness == null || secondWitness.isBlank() || secondWitness.equalsIgnoreCase(witness)
                || secondWitness.equalsIgnoreCase(by))) {
            throw new BusinessRuleException("disposal.witnesses", "secondWitness", "Disposal needs two witnesses, both other than you and each other.");
        }
        RegisterEntry e = of(kind, vial, at, by, mg.negate());
        e.reason = reason;
        e.witness = witness;
        e.secondWitness = kind == Kind.DISPOSAL ? secondWitness : null;
        return e;
    }

    public Long id() { return id; }
    public Kind kind() { return kind; }
    public UUID vialId() { return vialId; }
    public Instant at() { return at; }
    public String byUser() { return byUser; }
    public String witness() { return witness; }
    public String secondWitness() { return secondWitness; }
    public UUID patientId() { return patientId; }
    public UUID visitRef() { return visitRef; }
    public BigDecimal drawnMg() { return drawnMg; }
    public BigDecimal administeredMg() { return administeredMg; }
    public BigDecimal wastedMg() { return wastedMg; }
    public BigDecimal changeMg() { return changeMg; }
    public BigDecimal balanceAfterMg() { return balanceAfterMg; }
    public String reason() { return reason; }
    public Long corrects() { return corrects; }
}
