import com.clinicsuite.billing.application.ClaimDocument;
import com.clinicsuite.billing.application.X837Writer;
import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Claim;
import com.clinicsuite.billing.domain.ClaimBatch;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.Payer;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Insurance claims of the billing history, as {@code Claims} makes and follows them: at each billing run one claim per
 * patient to the primary payer ({@link Claim#create}; at most 50 service lines, more are split), sent the same day in
 * one 837P batch per payer written by the suite's own {@link X837Writer}; then the payer's answers: accepted with its
 * claim number after a few days, and two to four weeks later either denied with a reason (about 1 in 12) or remitted
 * ({@link Claim#remit}: paid, contractual adjustment CO-45, the patient's deductible and 20 % coinsurance). The
 * remittance goes to the patient's account in {@link BillingHistory#remitted}.
 */
final class ClaimHistory {

    /** The clinic as billing provider (Billing setup → identity). */
    record Identity(String legalName, String npi, String taxId, String taxonomy, String address, String city, String state, String zip,
                    String phone) {
    }

    private static final int MAX_LINES = 50;
    /** Medicare Part B's yearly deductible, as the synthetic remittances apply it. */
    private static final BigDecimal DEDUCTIBLE = new BigDecimal("257.00");

    private final Connection db;
    private final ZoneId zone;
    private final Identity identity;
    private final BillingHistory billing;
    private final SplittableRandom random;
    private final Map<Payer, List<Claim>> drafts = new LinkedHashMap<>();
    private final Map<UUID, BillingHistory.Ledger> owners = new HashMap<>();
    private final Map<UUID, Instant[]> stamps = new HashMap<>();
    private final Map<UUID, Integer> versions = new HashMap<>();
    private final Map<String, Boolean> deductibleMet = new HashMap<>();
    private final List<Claim> made = new ArrayList<>();
    private final List<ClaimBatch> batches = new ArrayList<>();
    private final Map<UUID, Charge> chargeIndex = new HashMap<>();
    private final Rows claimRows = new Rows("billing.claim (id, version, patient_id, payer_ref, priority, member_id, group_number, subscriber_name,"
            + " relationship, control_number, frequency_code, payer_claim_number, status, total, paid, contractual_adjustment,"
            + " patient_responsibility, carc, denial_reason, currency, diagnoses, batch_id, submitted_on, deductible, coinsurance, copay,"
            + " created_at, created_by, updated_at, updated_by)");
    private final Rows claimLines = new Rows("billing.claim_line (claim_id, line_no, charge_id)");

    ClaimHistory(Connection db, ZoneId zone, Identity identity, BillingHistory billing) {
        this.db = db;
        this.zone = zone;
        this.identity = identity;
        this.billing = billing;
        this.random = billing.random();
    }

    /** Draft claims for a patient's approved insurance charges (50 lines at most per claim). */
    void claim(BillingHistory.Ledger l, Payer payer, List<Charge> charges, Instant at) {
        BillingHistory.Patient p = l.patient;
        charges.forEach(c -> chargeIndex.put(c.id(), c));
        for (int from = 0; from < charges.size(); from += MAX_LINES) {
            Claim c = Claim.create(p.id(), payer, "PRIMARY", p.memberId(), p.groupNumber(), p.subscriberName(), "SELF", next("claim_control_seq"),
                    charges.subList(from, Math.min(charges.size(), from + MAX_LINES)));
            drafts.computeIfAbsent(payer, k -> new ArrayList<>()).add(c);
            owners.put(c.id(), l);
            stamps.put(c.id(), new Instant[]{at, at});
            versions.put(c.id(), 0);
            made.add(c);
        }
    }

    /** Sends each payer's drafts in one 837P batch, then plans the payer's answers. */
    void submit(Instant at) {
        for (Map.Entry<Payer, List<Claim>> e : drafts.entrySet()) {
            Payer payer = e.getKey();
            List<Claim> ready = e.getValue();
            long control = next("interchange_control_seq");
            String content = X837Writer.write(document(ready, payer, control, at));
            ClaimBatch batch = new ClaimBatch(Rows.uuid(random), billing.sid(payer.id()), control, ready.size(), content, at, "billing");
            batches.add(batch);
            for (Claim c : ready) {
                c.submitted(batch.id(), at.atZone(zone).toLocalDate());
                touch(c, at);
                answer(c, payer, at);
            }
        }
        drafts.clear();
    }

    /** The payer accepts within days; later it denies or remits. */
    private void answer(Claim c, Payer payer, Instant sent) {
        Instant accepted = sent.plusSeconds(86_400L * (2 + random.nextInt(4)) + 60L * (90 + random.nextInt(480)));
        String number = "MCR" + (100_000_000L + random.nextLong(900_000_000L));
        billing.at(accepted, () -> {
            c.accepted(number);
            touch(c, accepted);
        });
        Instant answered = sent.plusSeconds(86_400L * (14 + random.nextInt(15)) + 60L * (90 + random.nextInt(480)));
        if (random.nextInt(12) == 0) {
            boolean info = random.nextBoolean();
            billing.at(answered, () -> {
                c.denied(info ? "Claim lacks information needed for adjudication: NDC units for the unclassified drug" : "Not deemed medically"
                        + " necessary for the diagnosis billed", info ? "CO-16" : "CO-50");
                touch(c, answered);
            });
            return;
        }
        int allowedPercent = 45 + random.nextInt(21);
        billing.at(answered, () -> {
            BillingHistory.Ledger l = owners.get(c.id());
            Money allowed = BillingHistory.cents(c.total().amount().multiply(BigDecimal.valueOf(allowedPercent, 2)));
            String year = c.patientId() + "/" + answered.atZone(zone).getYear();
            Money deductible = deductibleMet.getOrDefault(year, false) ? Money.zero(Money.USD) : allowed.min(Money.of(DEDUCTIBLE, Money.USD));
            deductibleMet.put(year, true);
            Money rest = allowed.minus(deductible);
            Money paid = BillingHistory.cents(rest.amount().multiply(new BigDecimal("0.80")));
            Money coinsurance = rest.minus(paid);
            c.remit(paid, c.total().minus(allowed), "CO-45", deductible.plus(coinsurance));
            c.patientShare(deductible, coinsurance, Money.zero(Money.USD));
            touch(c, answered);
            billing.remitted(l, c, payer, answered);
        });
    }

    private void touch(Claim c, Instant at) {
        stamps.get(c.id())[1] = at;
        versions.merge(c.id(), 1, Integer::sum);
    }

    /** The batch as {@code Claims.document} builds it: clinic, payer, and per claim the patient (subscriber), diagnoses and lines. */
    private ClaimDocument document(List<Claim> claims, Payer payer, long control, Instant at) {
        ClaimDocument.Envelope env = new ClaimDocument.Envelope(identity.npi(), payer.payerId(), control, control, String.format("%04d", control % 10000),
                at.atZone(zone).toLocalDateTime(), "T", identity.legalName(), "Billing office",
                identity.phone() == null ? "0000000000" : identity.phone().replaceAll("\\D", ""), payer.name());
        List<ClaimDocument.Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            BillingHistory.Patient p = owners.get(c.id()).patient;
            ClaimDocument.Person patient = new ClaimDocument.Person(p.familyName(), p.givenName(), p.birthDate(),
                    "FEMALE".equals(p.sex()) ? "F" : "MALE".equals(p.sex()) ? "M" : "U", new ClaimDocument.Address(p.address(), p.city(), p.state(), p.zip()));
            List<Charge> charges = chargesOf(c);
            List<String> dx = c.diagnoses();
            List<ClaimDocument.Line> lines = charges.stream().map(ch -> new ClaimDocument.Line(ch.code(), ch.modifiers(), ch.amount().amount(),
                    ch.units(), ch.serviceDate(), ch.diagnoses().stream().map(d -> dx.indexOf(d) + 1).filter(i -> i > 0).limit(4).toList(),
                    ch.ndc(), ch.drugQuantity(), ch.drugUnit())).toList();
            Charge first = charges.get(0);
            String[] name = personName(first.providerName());
            out.add(new ClaimDocument.Claim(c.controlNumber(), c.priority(), patient, c.memberId(), c.groupNumber(), c.relationship(), null,
                    c.total().amount(), "11", c.frequencyCode(), c.payerClaimNumber(), dx, first.providerNpi() == null ? null
                    : new ClaimDocument.RenderingProvider(name[1], name[0], first.providerNpi()), lines, null));
        }
        return new ClaimDocument(env, new ClaimDocument.BillingProvider(identity.legalName(), identity.npi(), identity.taxId(), identity.taxonomy(),
                new ClaimDocument.Address(identity.address(), identity.city(), identity.state(), identity.zip())),
                new ClaimDocument.Payer(payer.name(), payer.payerId(), payer.address() == null ? null
                        : new ClaimDocument.Address(payer.address(), payer.city(), payer.state(), payer.zip())), out);
    }

    private List<Charge> chargesOf(Claim c) {
        return c.chargeIds().stream().map(chargeIndex::get).toList();
    }

    /** "Dr. Paula Reyes" → [Paula, Reyes]. */
    private static String[] personName(String display) {
        String n = display.replaceFirst("^(Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+", "").replaceFirst(",.*$", "").strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? new String[]{"", n} : new String[]{n.substring(0, space), n.substring(space + 1)};
    }

    private long next(String sequence) {
        try (PreparedStatement s = db.prepareStatement("SELECT nextval('billing." + sequence + "')"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long claims() {
        return made.size();
    }

    long batches() {
        return batches.size();
    }

    /** Counts by status, for the summary. */
    Map<String, Integer> byStatus() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        made.forEach(c -> counts.merge(c.status().name(), 1, Integer::sum));
        return counts;
    }

    /** Writes the batches (their 837P text has line breaks, so not through COPY), the claims and their lines. */
    void flush(Connection db) throws SQLException, IOException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO billing.claim_batch (id, payer_ref, interchange_control, claims, content,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ClaimBatch b : batches) {
                s.setObject(1, b.id());
                s.setObject(2, b.payerRef());
                s.setLong(3, b.interchangeControl());
                s.setInt(4, b.claims());
                s.setString(5, b.content());
                s.setTimestamp(6, Timestamp.from(b.createdAt()));
                s.setString(7, b.createdBy());
                s.addBatch();
            }
            s.executeBatch();
        }
        for (Claim c : made) {
            UUID id = billing.sid(c.id());
            Instant[] at = stamps.get(c.id());
            Map<String, Money> share = c.patientShareByReason();
            boolean parts = c.hasShareParts();
            claimRows.add(id, versions.get(c.id()), c.patientId(), billing.sid(c.payerRef()), c.priority(), c.memberId(), c.groupNumber(),
                    c.subscriberName(), c.relationship(), c.controlNumber(), c.frequencyCode(), c.payerClaimNumber(), c.status(), c.total().amount(),
                    c.paid().amount(), c.contractualAdjustment().amount(), c.patientResponsibility().amount(), c.carc(), c.denialReason(), "USD",
                    String.join(",", c.diagnoses()), c.batchId(), c.submittedOn(), parts ? part(share, "1") : null, parts ? part(share, "2") : null,
                    parts ? part(share, "3") : null, at[0], "billing", at[1], "billing");
            List<UUID> charges = c.chargeIds();
            for (int i = 0; i < charges.size(); i++) {
                claimLines.add(id, i, billing.sid(charges.get(i)));
            }
        }
        claimRows.flush(db);
        claimLines.flush(db);
    }

    private static BigDecimal part(Map<String, Money> share, String reason) {
        return share.containsKey(reason) ? share.get(reason).amount() : BigDecimal.ZERO.setScale(2);
    }
}
