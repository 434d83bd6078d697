import com.clinicsuite.pharmacy.domain.Ndc;
import com.clinicsuite.pharmacy.domain.Receipt;
import com.clinicsuite.pharmacy.domain.RegisterEntry;
import com.clinicsuite.pharmacy.domain.Vial;
import com.clinicsuite.treatment.application.VisitSigned;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The Schedule III register behind the documented infusions, in time order: stock received against supplier invoices
 * when the shelf runs empty ({@link Receipt#receive}, mostly 50 mg/mL multi-dose vials, now and then a lot of 10 mg/mL
 * single-dose vials), and one draw per vial used for each visit ({@link Vial#take}, {@link RegisterEntry#draw}). A
 * multi-dose vial is drawn down to exactly zero (a dose it cannot cover is drawn from it and the next vial); a
 * single-dose vial is drawn whole and its rest wasted. Drawn = administered + wasted; waste is witnessed by the
 * second nurse of the visit. Every entry keeps the vial's running balance, so each vial's ledger reads like the
 * app's. Entries are written in time order, so their ids are too.
 */
final class RegisterHistory {

    /** A product the clinic orders: supplier, NDC, label, mg/mL, mL per vial, single-dose or not, vials per order. */
    private record Product(String supplier, String invoicePrefix, String ndc, String name, BigDecimal concentration, BigDecimal volume,
                           boolean singleDose, int vials) {
    }

    private static final Product[] PRODUCTS = {
            new Product("McKesson", "MK", "00143-9508-10", "Ketamine HCl injection 50 mg/mL, 10 mL multi-dose vial", new BigDecimal("50"),
                    new BigDecimal("10"), false, 100),
            new Product("Henry Schein", "HS", "00409-2053-10", "Ketamine HCl injection 50 mg/mL, 10 mL multi-dose vial", new BigDecimal("50"),
                    new BigDecimal("10"), false, 100),
            new Product("Cardinal Health", "CH", "00409-2051-05", "Ketamine HCl injection 10 mg/mL, 10 mL single-dose vial", new BigDecimal("10"),
                    new BigDecimal("10"), true, 300)};

    /** A vial on the shelf: the domain's vial, the id its rows get, who received it and who last drew from it. */
    private static final class Shelf {
        final Vial vial;
        final UUID id;
        final UUID receiptId;
        final Instant receivedAt;
        final String receivedBy;
        Instant touchedAt;
        String touchedBy;
        int draws;

        Shelf(Vial vial, UUID id, UUID receiptId, Instant receivedAt, String receivedBy) {
            this.vial = vial;
            this.id = id;
            this.receiptId = receiptId;
            this.receivedAt = receivedAt;
            this.receivedBy = receivedBy;
            this.touchedAt = receivedAt;
            this.touchedBy = receivedBy;
        }
    }

    private final ZoneId zone;
    private final String lotTag;
    private final Rows receipts = new Rows("pharmacy.receipt (id, version, supplier, invoice_number, invoice_date, ndc, product, concentration_mg_per_ml,"
            + " vial_volume_ml, single_dose, lot, expires_on, vial_count, created_at, created_by, updated_at, updated_by)");
    private final Rows vials = new Rows("pharmacy.vial (id, version, receipt_id, label, ndc, product, concentration_mg_per_ml, volume_ml, single_dose,"
            + " lot, expires_on, balance_ml, balance_mg, created_at, created_by, updated_at, updated_by)");
    private final Rows entries = new Rows("pharmacy.register_entry (kind, vial_id, at, by_user, witness, patient_id, visit_ref, drawn_mg,"
            + " administered_mg, wasted_mg, change_mg, balance_after_mg)");
    private final List<Shelf> received = new ArrayList<>();
    private int orders;

    /** {@code lotTag} makes this run's lot numbers (and so vial labels) its own. */
    RegisterHistory(ZoneId zone, String lotTag) {
        this.zone = zone;
        this.lotTag = lotTag;
    }

    /** Draws every visit's ketamine in time order; returns each visit's draws as billing reads them. */
    Map<UUID, List<VisitSigned.Drug>> run(SplittableRandom random, List<Infusions.Visit> visits) {
        List<Infusions.Visit> byTime = new ArrayList<>(visits);
        byTime.sort(Comparator.comparing(Infusions.Visit::drawAt).thenComparing(Infusions.Visit::id));
        Map<UUID, List<VisitSigned.Drug>> drugs = new HashMap<>();
        Deque<Shelf> shelf = new ArrayDeque<>();
        Instant last = Instant.EPOCH;
        for (Infusions.Visit v : byTime) {
            LocalDate day = v.drawAt().atZone(zone).toLocalDate();
            Instant at = v.drawAt().isBefore(last) ? last : v.drawAt();
            BigDecimal need = v.totalMg();
            BigDecimal toGive = v.administeredMg();
            List<VisitSigned.Drug> mine = new ArrayList<>();
            while (need.signum() > 0) {
                if (shelf.isEmpty() || shelf.peek().vial.expired(day)) {
                    shelf.clear();
                    Instant delivered = at.minusSeconds(600);
                    Instant floor = mine.isEmpty() ? last : at;
                    receive(random, shelf, v.nurse(), delivered.isBefore(floor) ? floor : delivered, day);
                }
                Shelf s = shelf.peek();
                Vial vial = s.vial;
                BigDecimal drawn = vial.singleDose() ? vial.balanceMg() : roundedUp(need, vial).min(vial.balanceMg());
                BigDecimal covers = drawn.min(need);
                BigDecimal given = toGive.min(covers);
                BigDecimal wasted = drawn.subtract(given);
                String witness = wasted.signum() > 0 ? v.witness() : null;
                RegisterEntry.requireDrawAddsUp(drawn, given, wasted, v.nurse(), witness);
                vial.take(drawn, day, false);
                RegisterEntry e = RegisterEntry.draw(vial, v.patientId(), v.id(), drawn, given, wasted, v.nurse(), witness, at);
                entry(e, s.id);
                s.touchedAt = at;
                s.touchedBy = v.nurse();
                s.draws++;
                mine.add(new VisitSigned.Drug(vial.ndc(), vial.singleDose(), vial.concentrationMgPerMl(), given, wasted));
                need = need.subtract(covers);
                toGive = toGive.subtract(given);
                if (vial.balanceMg().signum() == 0) {
                    shelf.poll();
                }
            }
            drugs.put(v.id(), mine);
            last = at;
        }
        for (Shelf s : received) {
            Vial vial = s.vial;
            vials.add(s.id, s.draws, s.receiptId, vial.label(), vial.ndc(), vial.product(), vial.concentrationMgPerMl(), vial.volumeMl(),
                    vial.singleDose(), vial.lot(), vial.expiresOn(), vial.balanceMl(), vial.balanceMg(), s.receivedAt, s.receivedBy, s.touchedAt,
                    s.touchedBy);
        }
        return drugs;
    }

    /** An order of the next product, received {@code at} (the supplier's invoice is dated a few days before). */
    private void receive(SplittableRandom random, Deque<Shelf> shelf, String nurse, Instant at, LocalDate day) {
        orders++;
        Product p = PRODUCTS[orders % 6 == 0 ? 2 : orders % 2];
        String lot = "K" + lotTag + "N" + orders;
        List<Vial> made = new ArrayList<>();
        Receipt r = Receipt.receive(p.supplier(), p.invoicePrefix() + "-" + (40_000 + random.nextInt(60_000)), day.minusDays(2 + random.nextInt(4)),
                Ndc.parse(p.ndc()), p.name(), p.concentration(), p.volume(), p.singleDose(), lot, day.plusMonths(18), p.vials(), 0, day, made);
        UUID receiptId = Rows.uuid(random);
        receipts.add(receiptId, 0, r.supplier(), r.invoiceNumber(), r.invoiceDate(), r.ndc(), r.product(), r.concentrationMgPerMl(),
                r.vialVolumeMl(), r.singleDose(), r.lot(), r.expiresOn(), r.vialCount(), at, nurse, at, nurse);
        for (Vial v : made) {
            Shelf s = new Shelf(v, Rows.uuid(random), receiptId, at, nurse);
            received.add(s);
            shelf.add(s);
            entry(RegisterEntry.received(v, at, nurse), s.id);
        }
    }

    /** Whole 0.1 mL steps of the vial's concentration, at least {@code mg}. */
    private static BigDecimal roundedUp(BigDecimal mg, Vial vial) {
        BigDecimal step = vial.concentrationMgPerMl().divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY);
        return mg.divide(step, 0, RoundingMode.CEILING).multiply(step).setScale(2, RoundingMode.UNNECESSARY);
    }

    private void entry(RegisterEntry e, UUID vialId) {
        entries.add(e.kind(), vialId, e.at(), e.byUser(), e.witness(), e.patientId(), e.visitRef(), e.drawnMg(), e.administeredMg(), e.wastedMg(),
                e.changeMg(), e.balanceAfterMg());
    }

    long receipts() {
        return receipts.count();
    }

    long vials() {
        return vials.count();
    }

    long entries() {
        return entries.count();
    }

    /** Sends the rows, parents first (the entries in time order). */
    void flush(Connection db) throws SQLException, IOException {
        receipts.flush(db);
        vials.flush(db);
        entries.flush(db);
    }
}
