import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.ServiceLine;
import com.clinicsuite.treatment.domain.TherapyVisit;
import com.clinicsuite.treatment.domain.TimedUnits;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Signed PT and counseling visits and the charges the suite captures from them, as rows. The visit is written and
 * signed through the domain's {@link TherapyVisit} (evaluation codes, timed units by the payer's rule, the
 * psychotherapy code from the minutes, 90785), and each billable code becomes a {@link Charge#captured} charge exactly
 * as {@code ChargeCapture} makes it: the fee in effect on the service date, the plan's diagnoses, the rendering
 * clinician, routed to insurance when the patient's primary payer is set up, else self-pay, waiting for review.
 */
final class MonthVisits {

    /** A fee row: the price of a code from one date to another (open-ended when {@code to} is null). */
    record Fee(String code, LocalDate from, LocalDate to, BigDecimal price) {
    }

    /** A completed appointment to document: who, when, with whom. */
    record Appointment(UUID id, UUID patient, boolean counseling, Instant startsAt, Instant endsAt, CarePath.Clinician clinician, String npi) {
    }

    private static final String[] PT_TIMED = {"97110", "97112", "97140", "97530", "97535"};
    private static final String[] PT_EVALUATION = {"97161", "97162", "97163"};

    private final ZoneId zone;
    private final Map<String, List<Fee>> fees;
    private final Rows visits = new Rows("treatment.therapy_visit (id, version, kind, appointment_id, plan_id, patient_id, clinician, visit_date,"
            + " nrs_before, nrs_after, subjective, objective, assessment, plan_text, goal_progress, evaluation_code, unit_rule, session_type,"
            + " started, ended, cpt, interactive_complexity, progress_note, signed_at, created_at, created_by, updated_at, updated_by)");
    private final Rows interventions = new Rows("treatment.therapy_intervention (visit_id, position, code, minutes, units)");
    private final Rows charges = new Rows("billing.charge (id, version, patient_id, visit_id, service_date, service_line, code, modifiers, units,"
            + " unit_price, amount, currency, ndc, drug_quantity, drug_unit, diagnoses, provider, provider_name, provider_npi, route, package_id,"
            + " status, review_note, created_at, created_by, updated_at, updated_by)");
    private final Map<String, Integer> chargesByRoute = new LinkedHashMap<>();

    MonthVisits(ZoneId zone, List<Fee> fees) {
        this.zone = zone;
        this.fees = new LinkedHashMap<>();
        fees.forEach(f -> this.fees.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
    }

    /**
     * Documents, signs and captures one visit. {@code first} marks the patient's first visit under the plan (the PT
     * evaluation, the counseling intake evaluation).
     */
    void add(SplittableRandom random, Appointment a, CarePath.Care care, String complexity, boolean first) {
        String by = a.clinician().username();
        LocalDate day = a.startsAt().atZone(zone).toLocalDate();
        TherapyVisit v = TherapyVisit.open(a.counseling() ? TherapyVisit.Kind.COUNSELING : TherapyVisit.Kind.PT, a.id(), care.planId(), a.patient(),
                by, day);
        int before = 3 + random.nextInt(7);
        int after = Math.max(0, before - random.nextInt(3));
        if (a.counseling()) {
            LocalTime start = a.startsAt().atZone(zone).toLocalTime();
            int minutes = first ? 45 + random.nextInt(6) : 20 + random.nextInt(31); // within the 50-minute appointment
            v.recordCounseling(first ? TherapyVisit.SessionType.INTAKE : TherapyVisit.SessionType.STANDARD, null, start, start.plusMinutes(minutes),
                    random.nextInt(10) == 0, "Engaged; practised pacing and a coping plan for pain flares; homework set.", before, after, by);
        } else {
            String evaluation = first ? PT_EVALUATION["LOW".equals(complexity) ? 0 : "MODERATE".equals(complexity) ? 1 : 2] : null;
            Map<String, Integer> timed = new LinkedHashMap<>();
            int codes = first ? random.nextInt(2) : 1 + random.nextInt(3);
            for (int i = 0; i < codes; i++) {
                timed.merge(PT_TIMED[random.nextInt(PT_TIMED.length)], 8 + random.nextInt(8), Integer::sum); // within the 45-minute appointment
            }
            TimedUnits.Rule rule = care.payer() == null ? TimedUnits.Rule.MEDICARE_8_MINUTE : TimedUnits.Rule.valueOf(
                    "CMS_8_MINUTE".equals(care.payer().unitRule()) ? "MEDICARE_8_MINUTE" : care.payer().unitRule());
            v.recordPt("Pain " + before + "/10, stiffness in the morning.", "Range of motion improving; gait steady.",
                    "Tolerated the session; progressing toward the goals.", "Continue the plan of care; home exercise programme.",
                    "Walking tolerance up by about 5 minutes.", evaluation, rule, timed, before, after, by);
        }
        Instant signedAt = a.endsAt().plusSeconds(60L * (5 + random.nextInt(120)));
        v.sign(by, signedAt);

        UUID visitId = Rows.uuid(random);
        visits.add(visitId, 3, v.kind(), a.id(), care.planId(), a.patient(), by, day, v.nrsBefore(), v.nrsAfter(), v.subjective(), v.objective(),
                v.assessment(), v.planText(), v.goalProgress(), v.evaluationCode(), a.counseling() ? null : v.unitRule(), v.sessionType(),
                v.started(), v.ended(), v.cpt(), v.interactiveComplexity(), v.progressNote(), v.signedAt(), a.startsAt(), by, signedAt, by);
        List<TherapyVisit.Intervention> done = v.interventions();
        for (int i = 0; i < done.size(); i++) {
            interventions.add(visitId, i, done.get(i).code(), done.get(i).minutes(), done.get(i).units());
        }

        ServiceLine line = a.counseling() ? ServiceLine.COUNSELING : ServiceLine.PT;
        Charge.Route route = care.payer() == null ? Charge.Route.SELF_PAY : Charge.Route.INSURANCE;
        String note = care.diagnoses().isEmpty() ? "The plan has no diagnosis; add one before claiming." : null;
        for (Map.Entry<String, Integer> code : v.unitsByCode().entrySet()) {
            Fee fee = feeOn(code.getKey(), day);
            String n = fee == null ? "No fee on file for " + code.getKey() + "; set the price or correct the charge." : note;
            Charge c = Charge.captured(a.patient(), visitId, day, line, code.getKey(), List.of(), code.getValue(),
                    fee == null ? Money.zero(Money.USD) : Money.of(fee.price(), Money.USD), null, null, care.diagnoses(), by, a.clinician().name(),
                    a.npi(), route, n);
            charges.add(Rows.uuid(random), 0, c.patientId(), c.visitId(), c.serviceDate(), c.serviceLine(), c.code(),
                    c.modifiers().isEmpty() ? null : String.join(",", c.modifiers()), c.units(), c.unitPrice().amount(), c.amount().amount(),
                    c.amount().currency(), null, null, null, String.join(",", c.diagnoses()), c.provider(), c.providerName(), c.providerNpi(),
                    c.route(), null, c.status(), c.reviewNote(), signedAt, by, signedAt, by);
            chargesByRoute.merge(c.route().name(), 1, Integer::sum);
        }
    }

    private Fee feeOn(String code, LocalDate day) {
        for (Fee f : fees.getOrDefault(code, List.of())) {
            if (!f.from().isAfter(day) && (f.to() == null || !f.to().isBefore(day))) {
                return f;
            }
        }
        return null;
    }

    long visits() {
        return visits.count();
    }

    long charges() {
        return charges.count();
    }

    Map<String, Integer> chargesByRoute() {
        return chargesByRoute;
    }

    /** Sends the rows, parents first. */
    void flush(Connection db) throws SQLException, IOException {
        visits.flush(db);
        interventions.flush(db);
        charges.flush(db);
    }
}
