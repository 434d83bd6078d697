package com.clinicsuite.pharmacy.application;

import com.clinicsuite.pharmacy.domain.Ndc;
import com.clinicsuite.pharmacy.domain.Receipt;
import com.clinicsuite.pharmacy.domain.RegisterEntry;
import com.clinicsuite.pharmacy.domain.RegisterRepository;
import com.clinicsuite.pharmacy.domain.StockCount;
import com.clinicsuite.pharmacy.domain.Vial;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Reauthentication;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Schedule III ketamine register (DOMAIN.md §4). Nurses and physicians receive, draw and count; administrators
 * read the ledgers and reports. A draw locks the vial's row, so concurrent draws queue and the balance never goes
 * negative (the database refuses it too). Waste and counts need a second licensed user who confirms with their own
 * password. Every action is audited.
 */
@Stateless
public class KetamineRegister {

    private static final Set<String> LICENSED = Set.of(Roles.NURSE, Roles.PHYSICIAN);

    @Inject
    private RegisterRepository register;

    @Inject
    private Reauthentication reauthentication;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public RegisterRows.ReceiptRow receive(@NotNull RegisterRows.Receive c) {
        List<Vial> vials = new ArrayList<>();
        Receipt r = Receipt.receive(c.supplier(), c.invoiceNumber(), c.invoiceDate(), Ndc.parse(c.ndc()), c.product(),
                c.concentrationMgPerMl(), c.vialVolumeMl(), c.singleDose(), c.lot(), c.expiresOn(), c.vials() == null ? 0 : c.vials(),
                c.lot() == null || c.lot().isBlank() ? 0 : (int) register.countVialsInLot(c.lot()),
                LocalDate.now(clock), vials);
        register.add(r);
        for (Vial v : vials) {
            register.add(v);
            register.add(RegisterEntry.received(v, clock.instant(), me()));
        }
        register.flush();
        audit.record("register.receive", null, r.vialCount() + " vials of " + r.ndc() + " lot " + r.lot() + ", invoice " + r.invoiceNumber());
        return row(r);
    }

    /**
     * Draws from a vial for a patient. The vial row is locked first; drawn = administered + wasted; expired vials
     * are refused; waste needs a witness other than the drawer, who must be a nurse or physician and confirm with
     * their password.
     */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public RegisterRows.EntryRow draw(@NotNull RegisterRows.Draw c) {
        String me = me();
        String witness = c.witness() == null || c.witness().isBlank() ? null : c.witness().strip();
        RegisterEntry.requireDrawAddsUp(c.drawnMg(), c.administeredMg(), c.wastedMg(), me, witness);
        if (witness != null) {
            confirmLicensed(witness, c.witnessPassword());
        }
        Vial vial = register.lockVial(c.vialId()).orElseThrow(() -> new BusinessRuleException("vial.notFound", "vialId", "No such vial; reload the page."));
        vial.take(c.drawnMg(), LocalDate.now(clock), false);
        RegisterEntry e = RegisterEntry.draw(vial, c.patientId(), c.visitRef(), c.drawnMg(), c.administeredMg(), c.wastedMg(), me, witness, clock.instant());
        register.add(e);
        register.flush();
        audit.record("register.draw", c.patientId(), vial.label() + ": drawn " + c.drawnMg() + " mg, given " + c.administeredMg() + " mg, wasted "
                + c.wastedMg() + " mg" + (witness == null ? "" : ", witness " + witness));
        return row(e, vial);
    }

    /** Corrects an earlier entry by a new entry: {@code changeMg} back into the vial (positive) or out of it (negative). */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public RegisterRows.EntryRow correct(long entryId, @NotNull BigDecimal changeMg, String reason) {
        RegisterEntry wrong = register.entry(entryId).orElseThrow(() -> new BusinessRuleException("entry.notFound", "No such register entry."));
        Vial vial = register.lockVial(wrong.vialId()).orElseThrow();
        if (changeMg.signum() > 0) {
            vial.restore(changeMg);
        } else if (changeMg.signum() < 0) {
            vial.take(changeMg.negate(), LocalDate.now(clock), true);
        } else {
            throw new BusinessRuleException("correction.zero", "changeMg", "A correction changes the balance; give the mg to put back or take out.");
        }
        RegisterEntry e = RegisterEntry.correction(vial, wrong, changeMg, reason, me(), clock.instant());
        register.add(e);
        register.flush();
        audit.record("register.correct", wrong.patientId(), "entry " + entryId + " corrected by " + changeMg + " mg: " + reason);
        return row(e, vial);
    }

    /** Records a loss or theft (for DEA Form 106) or the disposal of expired stock; the witness confirms. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public RegisterRows.EntryRow remove(@NotNull UUID vialId, @NotNull String kind, @NotNull BigDecimal mg, String reason, String witness,
                                        String witnessPassword, String secondWitness, String secondPassword) {
        RegisterEntry.Kind k = RegisterEntry.Kind.valueOf(kind);
        if (k != RegisterEntry.Kind.LOSS && k != RegisterEntry.Kind.DISPOSAL) {
            throw new BusinessRuleException("removal.kind", "kind", "Choose loss/theft or disposal.");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new BusinessRuleException("removal.reason", "reason", "Describe what happened (at least 10 characters).");
        }
        if (witness == null || witness.isBlank() || witness.strip().equalsIgnoreCase(me())) {
            throw new BusinessRuleException("removal.witness", "witness", "A second licensed user must witness this.");
        }
        confirmLicensed(witness.strip(), witnessPassword);
        String second = secondWitness == null || secondWitness.isBlank() ? null : secondWitness.strip();
        if (k == RegisterEntry.Kind.DISPOSAL) {
            if (second == null || second.equalsIgnoreCase(witness.strip()) || second.equalsIgnoreCase(me())) {
                throw new BusinessRuleException("disposal.witnesses", "secondWitness", "Disposal needs two witnesses, both other than you and each other.");
            }
            confirmLicensed(second, secondPassword);
        }
        Vial vial = register.lockVial(vialId).orElseThrow(() -> new BusinessRuleException("vial.notFound", "vialId", "No such vial."));
        vial.take(mg, LocalDate.now(clock), true);
        RegisterEntry e = RegisterEntry.removal(k, vial, mg, reason.strip(), me(), witness.strip(), second, clock.instant());
        register.add(e);
        register.flush();
        audit.record("register." + k.name().toLowerCase(), null, vial.label() + " " + mg + " mg: " + reason);
        return row(e, vial);
    }

    /** Counts the register with a second person; a difference on any vial opens a discrepancy. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public RegisterRows.CountRow count(@NotNull RegisterRows.Count c) {
        String witness = c.witness() == null ? null : c.witness().strip();
        if (witness == null || witness.isEmpty() || witness.equalsIgnoreCase(me())) {
            throw new BusinessRuleException("count.witness", "witness", "A count is made by two people: the second must be someone else.");
        }
        confirmLicensed(witness, c.witnessPassword());
        StockCount.Kind kind = c.kind() == null ? StockCount.Kind.SHIFT : StockCount.Kind.valueOf(c.kind());
        List<StockCount.Line> lines = new ArrayList<>();
        for (Vial v : register.vialsInStock()) {
            BigDecimal counted = c.countedMg().get(v.id());
            if (counted == null) {
                throw new BusinessRuleException("count.missing", "counted", "Vial " + v.label() + " was not counted; count every vial in stock.");
            }
            lines.add(new StockCount.Line(v, counted));
        }
        StockCount count = StockCount.take(kind, lines, me(), witness, clock.instant());
        register.add(count);
        register.flush();
        audit.record("register.count", null, kind + (count.discrepancy() ? " with a discrepancy" : " matched") + ", witness " + witness);
        return row(count);
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public RegisterRows.CountRow resolve(@NotNull UUID countId, String reason) {
        StockCount count = register.count(countId).orElseThrow(() -> new BusinessRuleException("count.notFound", "No such count."));
        count.resolve(reason, me(), clock.instant());
        register.flush();
        audit.record("register.count.resolve", null, countId + ": " + reason);
        return row(count);
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.VialRow> stock() {
        LocalDate today = LocalDate.now(clock);
        return register.vialsInStock().stream().map(v -> row(v, today)).toList();
    }

    /** Every vial of one lot, empty ones too, by expiry then label. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.VialRow> lotVials(@NotNull String lot) {
        LocalDate today = LocalDate.now(clock);
        return register.vialsInLot(lot).stream().map(v -> row(v, today)).toList();
    }

    /** A vial's ledger, oldest first. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.EntryRow> ledger(@NotNull UUID vialId) {
        Vial vial = register.vial(vialId).orElseThrow(() -> new BusinessRuleException("vial.notFound", "No such vial."));
        audit.record("register.ledger", null, vial.label());
        return register.entriesOf(vialId).stream().map(e -> row(e, vial)).toList();
    }

    /** Every entry for the vials of one lot, vial by vial. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.EntryRow> lotLedger(@NotNull String lot) {
        audit.record("register.ledger", null, "lot " + lot);
        List<Vial> vials = register.vialsInLot(lot);
        Map<UUID, List<RegisterEntry>> byVial = register.entriesOfVials(vials.stream().map(Vial::id).toList()).stream()
                .collect(Collectors.groupingBy(RegisterEntry::vialId));
        List<RegisterRows.EntryRow> rows = new ArrayList<>();
        for (Vial v : vials) {
            byVial.getOrDefault(v.id(), List.of()).forEach(e -> rows.add(row(e, v)));
        }
        return rows;
    }

    /** The draws made for one visit (for its signature and its charges); not audited separately, the signing is. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    public List<RegisterRows.VisitDraw> drawsForVisit(@NotNull UUID visitRef) {
        List<RegisterEntry> draws = register.drawsForVisit(visitRef);
        Map<UUID, Vial> vials = vialsOf(draws);
        return draws.stream().map(e -> {
            Vial v = vials.get(e.vialId());
            return new RegisterRows.VisitDraw(v.ndc(), v.singleDose(), v.concentrationMgPerMl(), e.drawnMg(), e.administeredMg(), e.wastedMg());
        }).toList();
    }

    /** The ketamine administered to one patient. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.EntryRow> administrations(@NotNull UUID patientId) {
        audit.record("register.administrations", patientId, "ketamine administrations");
        return rows(register.entriesForPatient(patientId));
    }

    /** Losses, thefts and disposals, newest first: the data DEA Form 106 (loss or theft) and DEA-41 (destruction) ask for. */
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.EntryRow> removals() {
        audit.record("register.removals", null, "losses and disposals");
        return rows(register.removals());
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.ReceiptRow> receipts() {
        return register.receipts().stream().map(KetamineRegister::row).toList();
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public List<RegisterRows.CountRow> counts() {
        return register.counts(50).stream().map(KetamineRegister::row).toList();
    }

    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
    public RegisterRows.CountRow countById(@NotNull UUID id) {
        audit.record("register.count.open", null, id.toString());
        return register.count(id).map(KetamineRegister::row).orElseThrow(() -> new BusinessRuleException("count.notFound", "No such count."));
    }

    /** Entries as rows, with their vials read in one query rather than one per entry. */
    private List<RegisterRows.EntryRow> rows(List<RegisterEntry> entries) {
        Map<UUID, Vial> vials = vialsOf(entries);
        return entries.stream().map(e -> row(e, vials.get(e.vialId()))).toList();
    }

    private Map<UUID, Vial> vialsOf(List<RegisterEntry> entries) {
        return register.vialsById(entries.stream().map(RegisterEntry::vialId).collect(Collectors.toSet()));
    }

    private void confirmLicensed(String witness, String password) {
        Set<String> roles = reauthentication.confirm(witness, password);
        if (roles.stream().noneMatch(LICENSED::contains)) {
            throw new BusinessRuleException("witness.unlicensed", "witness", witness + " is not a nurse or physician and cannot witness.");
        }
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static RegisterRows.VialRow row(Vial v, LocalDate today) {
        return new RegisterRows.VialRow(v.id(), v.label(), v.ndc(), v.product(), v.concentrationMgPerMl(), v.volumeMl(), v.singleDose(), v.lot(),
                v.expiresOn(), v.balanceMl(), v.balanceMg(), v.expired(today), v.version());
    }

    private static RegisterRows.EntryRow row(RegisterEntry e, Vial v) {
        return new RegisterRows.EntryRow(e.id() == null ? 0 : e.id(), e.kind().name(), e.vialId(), v == null ? "" : v.label(),
                v == null ? "" : v.ndc(), v == null ? "" : v.product(), v == null ? "" : v.lot(), e.at(), e.byUser(),
                e.witness() == null ? null : e.witness() + (e.secondWitness() == null ? "" : " and " + e.secondWitness()), e.patientId(), e.visitRef(),
                e.drawnMg(), e.administeredMg(), e.wastedMg(), e.changeMg(), e.balanceAfterMg(), e.reason(), e.corrects());
    }

    private static RegisterRows.ReceiptRow row(Receipt r) {
        return new RegisterRows.ReceiptRow(r.id(), r.supplier(), r.invoiceNumber(), r.invoiceDate(), r.ndc(), r.product(), r.concentrationMgPerMl(),
                r.vialVolumeMl(), r.singleDose(), r.lot(), r.expiresOn(), r.vialCount(), r.createdBy(), r.createdAt());
    }

    private static RegisterRows.CountRow row(StockCount c) {
        return new RegisterRows.CountRow(c.id(), c.kind().name(), c.countedAt(), c.countedBy(), c.witness(), c.discrepancy(), c.open(),
                c.resolution(), c.resolvedBy(), c.lines().stream().map(l -> new RegisterRows.CountLine(l.vialId(), l.vialLabel(), l.ndc(), l.lot(),
                l.expectedMg(), l.countedMg())).toList());
    }
}
