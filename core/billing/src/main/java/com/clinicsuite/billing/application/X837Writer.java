package com.clinicsuite.billing.application;

import com.clinicsuite.billing.application.ClaimDocument.Address;
import com.clinicsuite.billing.application.ClaimDocument.Adjustment;
import com.clinicsuite.billing.application.ClaimDocument.BillingProvider;
import com.clinicsuite.billing.application.ClaimDocument.Claim;
import com.clinicsuite.billing.application.ClaimDocument.Envelope;
import com.clinicsuite.billing.application.ClaimDocument.Line;
import com.clinicsuite.billing.application.ClaimDocument.OtherPayer;
import com.clinicsuite.billing.application.ClaimDocument.Payer;
import com.clinicsuite.billing.application.ClaimDocument.Person;
import com.clinicsuite.billing.application.ClaimDocument.RenderingProvider;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link ClaimDocument} as one ASC X12 837 Professional interchange, implementation guide 005010X222A1:
 * ISA/GS/ST envelope, BHT, submitter (1000A) and receiver (1000B), one billing provider (2000A/2010AA) and, per claim,
 * a subscriber (2000B/2010BA) with the payer (2010BB), the patient (2000C/2010CA) when the patient is not the
 * subscriber, the claim (2300: CLM, REF*F8, HI), the rendering provider (2310B), for a claim to the secondary payer
 * the primary payer's adjudication (2320: SBR, CAS, AMT*D, OI; 2330A: its subscriber; 2330B: the payer and DTP*573),
 * and the service lines (2400: LX, SV1, DTP*472, and LIN/CTP for drugs billed with an NDC).
 *
 * <p>Delimiters: element {@code *}, repetition {@code ^}, component {@code :}. Every segment ends with {@code ~}
 * followed by a line feed, so the file reads one segment per line; receivers treat the line feed as a suffix of the
 * segment terminator (remove it with {@code replace("~\n", "~")} for a receiver that will not). Those four characters
 * are removed from free-text values (names, addresses, identifiers) together with control characters; accented letters
 * lose their accents, since X12 allows only a basic character set.
 *
 * <p>Amounts are written as X12 decimals without exponent and without needless trailing zeros ({@code 150},
 * {@code 150.5}). The document carries no claim filing indicator, so SBR09 is always {@code CI} (commercial insurance).
 *
 * <p>The writer checks what a receiver would reject anyway and throws {@link IllegalArgumentException} with the reason:
 * missing required values, NPIs that are not 10 digits, a tax ID that is not 9 digits, NDCs that are not 11 digits,
 * more than 12 diagnoses or 50 lines, diagnosis pointers out of range, a claim total that is not the sum of its
 * line charges, another payer on a claim that is not to the secondary payer, unknown adjustment group codes, and
 * another payer's paid amount and adjustments that do not add up to the claim total (the guide's balancing rule; the
 * writer sends no line-level adjudication, so the claim level must balance on its own).
 */
public final class X837Writer {

    private static final String VERSION = "005010X222A1";
    private static final String SEGMENT_END = "~\n";
    /** SBR09; see the class comment. */
    private static final String CLAIM_FILING_INDICATOR = "CI";
    private static final int MAX_DIAGNOSES = 12;
    private static final int MAX_POINTERS = 4;
    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_LINES = 50;
    /** Reason/amount/quantity triplets in one CAS segment, and CAS segments in loop 2320. */
    private static final int MAX_ADJUSTMENTS_PER_CAS = 6;
    private static final int MAX_CLAIM_CAS = 5;
    private static final List<String> ADJUSTMENT_GROUPS = List.of("CO", "CR", "OA", "PI", "PR");

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private X837Writer() {
    }

    /** The whole interchange (ISA to IEA) for {@code doc}: one functional group holding one 837 transaction set. */
    public static String write(ClaimDocument doc) {
        Objects.requireNonNull(doc, "doc");
        Envelope env = Objects.requireNonNull(doc.envelope(), "envelope");
        Objects.requireNonNull(env.createdAt(), "envelope creation time");
        if (doc.claims() == null || doc.claims().isEmpty()) {
            throw new IllegalArgumentException("a claim document needs at least one claim");
        }
        String interchangeNumber = leftPad(String.valueOf(
                controlNumber(env.interchangeControlNumber(), "interchange control number")), 9);
        String groupNumber = String.valueOf(controlNumber(env.groupControlNumber(), "group control number"));
        String sender = required(text(env.senderId(), 15), "sender ID");
        String receiver = required(text(env.receiverId(), 15), "receiver ID");

        StringBuilder out = new StringBuilder();
        out.append(isa(env, sender, receiver, interchangeNumber));
        out.append(segment("GS", "HC", sender, receiver, env.createdAt().format(CCYYMMDD), env.createdAt().format(HHMM),
                groupNumber, "X", VERSION));
        transactionSet(doc, sender, receiver).forEach(out::append);
        out.append(segment("GE", "1", groupNumber));
        out.append(segment("IEA", "1", interchangeNumber));
        return out.toString();
    }

    // ---------------------------------------------------------------- envelope and header

    /** ISA has fixed-width elements, so it is written by hand rather than through {@link #segment}. */
    private static String isa(Envelope env, String sender, String receiver, String interchangeNumber) {
        String usage = env.usage() == null ? "" : env.usage().trim().toUpperCase(Locale.ROOT);
        if (!usage.equals("T") && !usage.equals("P")) {
            throw new IllegalArgumentException("usage must be T or P, was " + env.usage());
        }
        return String.join("*", "ISA", "00", " ".repeat(10), "00", " ".repeat(10),
                "ZZ", padRight(sender, 15), "ZZ", padRight(receiver, 15),
                env.createdAt().format(YYMMDD), env.createdAt().format(HHMM),
                "^", "00501", interchangeNumber, "0", usage, ":") + SEGMENT_END;
    }

    /** ST to SE inclusive; SE01 counts exactly these segments. */
    private static List<String> transactionSet(ClaimDocument doc, String sender, String receiver) {
        Envelope env = doc.envelope();
        String stNumber = transactionSetNumber(env.transactionSetControlNumber());
        List<String> segments = new ArrayList<>();
        segments.add(segment("ST", "837", stNumber, VERSION));
        segments.add(segment("BHT", "0019", "00", String.valueOf(env.interchangeControlNumber()),
                env.createdAt().format(CCYYMMDD), env.createdAt().format(HHMM), "CH"));
        submitterAndReceiver(segments, env, sender, receiver);
        billingProvider(segments, Objects.requireNonNull(doc.billingProvider(), "billing provider"));
        int hl = 1;
        for (Claim claim : doc.claims()) {
            hl = claim(segments, Objects.requireNonNull(claim, "claim"), doc.payer(), hl);
        }
        segments.add(segment("SE", String.valueOf(segments.size() + 1), stNumber));
        return segments;
    }

    /** Loops 1000A (submitter, with its EDI contact) and 1000B (receiver). */
    private static void submitterAndReceiver(List<String> segments, Envelope env, String sender, String receiver) {
        segments.add(segment("NM1", "41", "2", required(text(env.submitterName(), 60), "submitter name"),
                "", "", "", "", "46", sender));
        segments.add(segment("PER", "IC", required(text(env.submitterContactName(), 60), "submitter contact name"),
                "TE", required(digits(env.submitterPhone()), "submitter phone")));
        segments.add(segment("NM1", "40", "2", required(text(env.receiverName(), 60), "receiver name"),
                "", "", "", "", "46", receiver));
    }

    /** Loops 2000A and 2010AA. */
    private static void billingProvider(List<String> segments, BillingProvider provider) {
        segments.add(segment("HL", "1", "", "20", "1"));
        String taxonomy = text(provider.taxonomy(), 50);
        if (!taxonomy.isEmpty()) {
            segments.add(segment("PRV", "BI", "PXC", taxonomy));
        }
        segments.add(segment("NM1", "85", "2", required(text(provider.legalName(), 60), "billing provider name"),
                "", "", "", "", "XX", npi(provider.npi(), "billing provider NPI")));
        address(segments, Objects.requireNonNull(provider.address(), "billing provider address"));
        segments.add(segment("REF", "EI", taxId(provider.taxId())));
    }

    // ---------------------------------------------------------------- subscriber, patient, claim

    /** Loops 2000B to 2400 for one claim; returns the last HL number used. */
    private static int claim(List<String> segments, Claim claim, Payer payer, int lastHl) {
        String relationship = claim.relationship() == null ? "SELF" : claim.relationship().trim().toUpperCase(Locale.ROOT);
        boolean patientIsSubscriber = relationship.equals("SELF");
        String responsibility = payerResponsibility(claim.priority());
        if (claim.otherPayer() != null && !responsibility.equals("S")) {
            throw new IllegalArgumentException("claim " + claim.patientControlNumber() + ": only a claim to the secondary "
                    + "payer carries another payer's adjudication, priority was " + claim.priority());
        }
        int subscriberHl = lastHl + 1;
        segments.add(segment("HL", String.valueOf(subscriberHl), "1", "22", patientIsSubscriber ? "0" : "1"));
        segments.add(segment("SBR", responsibility, patientIsSubscriber ? "18" : "",
                text(claim.groupNumber(), 50), "", "", "", "", "", CLAIM_FILING_INDICATOR));
        subscriber(segments, claim, patientIsSubscriber);
        payer(segments, Objects.requireNonNull(payer, "payer"));
        int hl = subscriberHl;
        if (!patientIsSubscriber) {
            hl = subscriberHl + 1;
            segments.add(segment("HL", String.valueOf(hl), String.valueOf(subscriberHl), "23", "0"));
            segments.add(segment("PAT", patientRelationship(relationship)));
            patient(segments, Objects.requireNonNull(claim.patient(), "patient (relationship " + relationship + ")"));
        }
        claimInformation(segments, claim);
        return hl;
    }

    /** Loop 2010BA. DMG only when the subscriber is the patient, as the guide asks. */
    private static void subscriber(List<String> segments, Claim claim, boolean patientIsSubscriber) {
        Person subscriber = Objects.requireNonNull(claim.subscriber(), "subscriber");
        segments.add(segment("NM1", "IL", "1", required(text(subscriber.lastName(), 60), "subscriber last name"),
                text(subscriber.firstName(), 35), "", "", "", "MI", required(text(claim.memberId(), 80), "member ID")));
        if (subscriber.address() != null) {
            address(segments, subscriber.address());
        } else if (patientIsSubscriber) {
            throw new IllegalArgumentException("the subscriber's address is required when the subscriber is the patient");
        }
        if (patientIsSubscriber) {
            segments.add(demographics(subscriber));
        }
    }

    /** Loop 2010BB. */
    private static void payer(List<String> segments, Payer payer) {
        segments.add(segment("NM1", "PR", "2", required(text(payer.name(), 60), "payer name"),
                "", "", "", "", "PI", required(text(payer.payerId(), 80), "payer ID")));
        if (payer.address() != null) {
            address(segments, payer.address());
        }
    }

    /** Loop 2010CA. */
    private static void patient(List<String> segments, Person patient) {
        segments.add(segment("NM1", "QC", "1", required(text(patient.lastName(), 60), "patient last name"),
                text(patient.firstName(), 35)));
        address(segments, Objects.requireNonNull(patient.address(), "patient address"));
        segments.add(demographics(patient));
    }

    /** Loops 2300 (CLM, REF*F8, HI), 2310B, 2320/2330 and 2400. */
    private static void claimInformation(List<String> segments, Claim claim) {
        List<Line> lines = claim.lines();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a claim needs 1 to " + MAX_LINES + " service lines");
        }
        checkTotal(claim);
        String frequency = claim.frequencyCode() == null || claim.frequencyCode().isBlank() ? "1" : text(claim.frequencyCode(), 1);
        segments.add(segment("CLM", required(text(claim.patientControlNumber(), 38), "patient control number"),
                amount(claim.totalCharge()), "", "",
                composite(required(text(digits(claim.placeOfService()), 2), "place of service"), "B", frequency),
                "Y", "A", "Y", "Y"));
        if (frequency.equals("7") || frequency.equals("8")) {
            segments.add(segment("REF", "F8",
                    required(text(claim.originalPayerClaimNumber(), 50), "original payer claim number (frequency " + frequency + ")")));
        }
        int diagnosisCount = diagnoses(segments, claim.diagnoses());
        renderingProvider(segments, claim.renderingProvider());
        otherPayer(segments, claim);
        for (int i = 0; i < lines.size(); i++) {
            serviceLine(segments, i + 1, Objects.requireNonNull(lines.get(i), "line"), diagnosisCount);
        }
    }

    /** HI: the first code is the principal diagnosis (ABK), the rest are other diagnoses (ABF). */
    private static int diagnoses(List<String> segments, List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_DIAGNOSES) {
            throw new IllegalArgumentException("a claim needs 1 to " + MAX_DIAGNOSES + " diagnoses");
        }
        String[] elements = new String[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            String code = required(text(codes.get(i), 30).replace(".", "").replace(" ", ""), "diagnosis code")
                    .toUpperCase(Locale.ROOT);
            elements[i] = composite(i == 0 ? "ABK" : "ABF", code);
        }
        segments.add(segment("HI", elements));
        return codes.size();
    }

    /** Loop 2310B, when the claim names a rendering provider. */
    private static void renderingProvider(List<String> segments, RenderingProvider rendering) {
        if (rendering == null) {
            return;
        }
        segments.add(segment("NM1", "82", "1", required(text(rendering.lastName(), 60), "rendering provider last name"),
                text(rendering.firstName(), 35), "", "", "", "XX", npi(rendering.npi(), "rendering provider NPI")));
    }

    /**
     * Loops 2320 (the other payer's policy and its claim-level adjudication), 2330A (that policy's subscriber) and 2330B
     * (the other payer), when the claim has another payer. The other payer is the primary: this claim is to the secondary.
     */
    private static void otherPayer(List<String> segments, Claim claim) {
        OtherPayer other = claim.otherPayer();
        if (other == null) {
            return;
        }
        List<Adjustment> adjustments = other.adjustments() == null ? List.of() : other.adjustments();
        checkBalance(claim, other, adjustments);
        segments.add(segment("SBR", "P", individualRelationship(other.relationship()), "", "", "", "", "", "",
                CLAIM_FILING_INDICATOR));
        adjustments(segments, adjustments);
        if (other.paidAmount() != null) {
            segments.add(segment("AMT", "D", amount(other.paidAmount())));
        }
        segments.add(segment("OI", "", "", "Y", "", "", "Y"));
        Person subscriber = Objects.requireNonNull(other.subscriber(), "other payer's subscriber");
        segments.add(segment("NM1", "IL", "1",
                required(text(subscriber.lastName(), 60), "other payer's subscriber last name"),
                text(subscriber.firstName(), 35), "", "", "", "MI",
                required(text(other.memberId(), 80), "other payer's member ID")));
        segments.add(segment("NM1", "PR", "2", required(text(other.payerName(), 60), "other payer name"),
                "", "", "", "", "PI", required(text(other.payerId(), 80), "other payer ID")));
        if (other.adjudicatedOn() != null) {
            segments.add(segment("DTP", "573", "D8", other.adjudicatedOn().format(CCYYMMDD)));
        }
    }

    /** Claim-level CAS: one segment per group code (another when a group has more than six reasons). */
    private static void adjustments(List<String> segments, List<Adjustment> adjustments) {
        Map<String, List<String>> triplets = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            Objects.requireNonNull(adjustment, "adjustment");
            String group = text(adjustment.group(), 2).toUpperCase(Locale.ROOT);
            if (!ADJUSTMENT_GROUPS.contains(group)) {
                throw new IllegalArgumentException("adjustment group must be one of " + ADJUSTMENT_GROUPS + ", was "
                        + adjustment.group());
            }
            String reason = required(text(adjustment.reason(), 5).replace(" ", "").toUpperCase(Locale.ROOT),
                    "adjustment reason code");
            List<String> elements = triplets.computeIfAbsent(group, g -> new ArrayList<>());
            elements.add(reason);
            elements.add(signedAmount(Objects.requireNonNull(adjustment.amount(), "adjustment amount")));
            elements.add("");
        }
        List<String> cas = new ArrayList<>();
        triplets.forEach((group, elements) -> {
            for (int from = 0; from < elements.size(); from += 3 * MAX_ADJUSTMENTS_PER_CAS) {
                List<String> chunk = new ArrayList<>();
                chunk.add(group);
                chunk.addAll(elements.subList(from, Math.min(elements.size(), from + 3 * MAX_ADJUSTMENTS_PER_CAS)));
                cas.add(segment("CAS", chunk.toArray(String[]::new)));
            }
        });
        if (cas.size() > MAX_CLAIM_CAS) {
            throw new IllegalArgumentException("at most " + MAX_CLAIM_CAS + " claim-level CAS segments, the adjustments need "
                    + cas.size());
        }
        segments.addAll(cas);
    }

    /** The other payer's paid amount plus its adjustments is the claim total; adjustments need a paid amount. */
    private static void checkBalance(Claim claim, OtherPayer other, List<Adjustment> adjustments) {
        if (other.paidAmount() == null) {
            if (!adjustments.isEmpty()) {
                throw new IllegalArgumentException("claim " + claim.patientControlNumber()
                        + ": the other payer's adjustments need its paid amount");
            }
            return;
        }
        BigDecimal adjusted = adjustments.stream()
                .map(adjustment -> Objects.requireNonNull(Objects.requireNonNull(adjustment, "adjustment").amount(),
                        "adjustment amount"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal accounted = other.paidAmount().add(adjusted);
        if (accounted.compareTo(claim.totalCharge()) != 0) {
            throw new IllegalArgumentException("claim " + claim.patientControlNumber() + ": the other payer's paid amount "
                    + other.paidAmount().toPlainString() + " and adjustments " + adjusted.toPlainString()
                    + " do not add up to the total " + claim.totalCharge().toPlainString());
        }
    }

    /** Loop 2400 and, for a drug with an NDC, loop 2410. */
    private static void serviceLine(List<String> segments, int number, Line line, int diagnosisCount) {
        segments.add(segment("LX", String.valueOf(number)));
        if (line.units() <= 0) {
            throw new IllegalArgumentException("line " + number + ": units must be positive");
        }
        segments.add(segment("SV1", procedure(line, number), amount(line.charge()), "UN", String.valueOf(line.units()),
                "", "", pointers(line.diagnosisPointers(), diagnosisCount, number)));
        LocalDate date = Objects.requireNonNull(line.serviceDate(), "line " + number + " service date");
        segments.add(segment("DTP", "472", "D8", date.format(CCYYMMDD)));
        if (line.ndc() != null && !line.ndc().isBlank()) {
            segments.add(segment("LIN", "", "N4", ndc(line.ndc())));
            String unit = required(text(line.drugUnit(), 2).toUpperCase(Locale.ROOT), "line " + number + " drug unit");
            segments.add(segment("CTP", "", "", "", quantity(line.drugQuantity(), number), unit));
        }
    }

    /** SV101: HC:code:modifier1…modifier4. */
    private static String procedure(Line line, int number) {
        List<String> parts = new ArrayList<>();
        parts.add("HC");
        parts.add(required(text(line.code(), 48).toUpperCase(Locale.ROOT), "line " + number + " procedure code"));
        List<String> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
        if (modifiers.size() > MAX_MODIFIERS) {
            throw new IllegalArgumentException("line " + number + ": at most " + MAX_MODIFIERS + " modifiers");
        }
        for (String modifier : modifiers) {
            parts.add(required(text(modifier, 2).toUpperCase(Locale.ROOT), "line " + number + " modifier"));
        }
        return composite(parts.toArray(String[]::new));
    }

    /** SV107: 1 to 4 one-based pointers into the claim's diagnoses, colon separated. */
    private static String pointers(List<Integer> pointers, int diagnosisCount, int number) {
        if (pointers == null || pointers.isEmpty() || pointers.size() > MAX_POINTERS) {
            throw new IllegalArgumentException("line " + number + ": 1 to " + MAX_POINTERS + " diagnosis pointers");
        }
        String[] parts = new String[pointers.size()];
        for (int i = 0; i < parts.length; i++) {
            Integer pointer = pointers.get(i);
            if (pointer == null || pointer < 1 || pointer > diagnosisCount) {
                throw new IllegalArgumentException("line " + number + ": diagnosis pointer " + pointer
                        + " is not between 1 and " + diagnosisCount);
            }
            parts[i] = pointer.toString();
        }
        return composite(parts);
    }

    private static void checkTotal(Claim claim) {
        BigDecimal total = Objects.requireNonNull(claim.totalCharge(), "total charge");
        BigDecimal sum = claim.lines().stream()
                .map(line -> Objects.requireNonNull(line.charge(), "line charge"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(sum) != 0) {
            throw new IllegalArgumentException("claim " + claim.patientControlNumber() + ": total " + total.toPlainString()
                    + " is not the sum of its line charges " + sum.toPlainString());
        }
    }

    // ---------------------------------------------------------------- shared segments

    private static void address(List<String> segments, Address address) {
        segments.add(segment("N3", required(text(address.line1(), 55), "address line")));
        segments.add(segment("N4", required(text(address.city(), 30), "city"),
                required(text(address.state(), 2).toUpperCase(Locale.ROOT), "state"),
                required(digits(address.zip()), "ZIP code")));
    }

    private static String demographics(Person person) {
        LocalDate birthDate = Objects.requireNonNull(person.birthDate(), "birth date of " + person.lastName());
        return segment("DMG", "D8", birthDate.format(CCYYMMDD), sex(person.sex()));
    }

    // ---------------------------------------------------------------- code lists

    private static String payerResponsibility(String priority) {
        String value = priority == null ? "PRIMARY" : priority.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "PRIMARY", "P" -> "P";
            case "SECONDARY", "S" -> "S";
            case "TERTIARY", "T" -> "T";
            default -> throw new IllegalArgumentException("unknown claim priority " + priority);
        };
    }

    /** PAT01: the patient's relationship to the subscriber. */
    private static String patientRelationship(String relationship) {
        return switch (relationship) {
            case "SPOUSE" -> "01";
            case "CHILD" -> "19";
            case "OTHER" -> "G8";
            default -> throw new IllegalArgumentException("unknown relationship " + relationship);
        };
    }

    /** SBR02 of loop 2320: the patient's relationship to the other policy's subscriber, as a name or as the code. */
    private static String individualRelationship(String relationship) {
        String value = relationship == null ? "SELF" : relationship.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "SELF", "18" -> "18";
            case "01", "19", "G8" -> value;
            default -> patientRelationship(value);
        };
    }

    private static String sex(String sex) {
        String value = sex == null ? "" : sex.trim().toUpperCase(Locale.ROOT);
        return value.equals("M") || value.equals("F") ? value : "U";
    }

    // ---------------------------------------------------------------- values

    /** One segment: trailing empty elements are dropped, as X12 requires. */
    private static String segment(String id, String... elements) {
        return id + joinTrimmed('*', elements) + SEGMENT_END;
    }

    /** A composite element: trailing empty components are dropped. */
    private static String composite(String... components) {
        String joined = joinTrimmed(':', components);
        return joined.isEmpty() ? "" : joined.substring(1);
    }

    /** Each value preceded by {@code separator}, without the empty values at the end. */
    private static String joinTrimmed(char separator, String... values) {
        int last = values.length - 1;
        while (last >= 0 && (values[last] == null || values[last].isEmpty())) {
            last--;
        }
        StringBuilder out = new StringBuilder();
        for (String value : Arrays.asList(values).subList(0, last + 1)) {
            out.append(separator).append(value == null ? "" : value);
        }
        return out.toString();
    }

    /**
     * Free text made safe for X12: accents removed, delimiters ({@code * ~ : ^}) and anything outside printable ASCII
     * replaced by a space, runs of spaces collapsed, trimmed and cut to {@code max} characters.
     */
    private static String text(String value, int max) {
        if (value == null) {
            return "";
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String clean = plain.replaceAll("[^\\x20-\\x7E]|[*~:^]", " ").replaceAll(" {2,}", " ").trim();
        return clean.length() <= max ? clean : clean.substring(0, max).trim();
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }

    private static String required(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    private static String npi(String value, String what) {
        String npi = digits(value);
        if (npi.length() != 10) {
            throw new IllegalArgumentException(what + " must be 10 digits, was " + value);
        }
        return npi;
    }

    private static String taxId(String value) {
        String ein = digits(value);
        if (ein.length() != 9) {
            throw new IllegalArgumentException("billing provider tax ID must be 9 digits, was " + value);
        }
        return ein;
    }

    /** The 11-digit NDC (5-4-2). A hyphenated 10-digit form (4-4-2, 5-3-2 or 5-4-1) is padded with a leading zero. */
    private static String ndc(String value) {
        String[] parts = value.trim().split("-");
        String ndc = parts.length == 3
                ? leftPad(digits(parts[0]), 5) + leftPad(digits(parts[1]), 4) + leftPad(digits(parts[2]), 2)
                : digits(value);
        if (ndc.length() != 11) {
            throw new IllegalArgumentException("NDC must have 11 digits (5-4-2), was " + value);
        }
        return ndc;
    }

    /** Money: at most two decimals. */
    private static String amount(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must be non-negative with at most 2 decimals, was " + value.toPlainString());
        }
        return decimal(value);
    }

    /** CAS amounts: at most two decimals, negative for an adjustment that reverses an earlier one. */
    private static String signedAmount(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must have at most 2 decimals, was " + value.toPlainString());
        }
        return decimal(value);
    }

    /** CTP04: a positive drug quantity. */
    private static String quantity(BigDecimal value, int number) {
        Objects.requireNonNull(value, "line " + number + " drug quantity");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("line " + number + ": drug quantity must be positive, was " + value.toPlainString());
        }
        return decimal(value);
    }

    /** X12 decimal: plain notation, no needless trailing zeros ({@code 150}, {@code 150.5}, {@code 0.25}). */
    private static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** ISA13 and GS06 have at most nine digits. */
    private static long controlNumber(long value, String what) {
        if (value < 1 || value > 999_999_999L) {
            throw new IllegalArgumentException(what + " must be between 1 and 999999999, was " + value);
        }
        return value;
    }

    /** ST02/SE02: 4 to 9 characters; short numbers are zero-padded to 4. */
    private static String transactionSetNumber(String value) {
        String number = text(value, 10).replace(" ", "");
        if (number.isEmpty()) {
            number = "1";
        }
        if (number.length() > 9) {
            throw new IllegalArgumentException("transaction set control number must be at most 9 characters, was " + value);
        }
        return leftPad(number, 4);
    }

    private static String leftPad(String value, int width) {
        return "0".repeat(Math.max(0, width - value.length())) + value;
    }

    private static String padRight(String value, int width) {
        return value + " ".repeat(width - value.length());
    }
}
