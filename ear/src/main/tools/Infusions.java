import com.clinicsuite.treatment.domain.InfusionEvent;
import com.clinicsuite.treatment.domain.InfusionReading;
import com.clinicsuite.treatment.domain.InfusionVisit;
import com.clinicsuite.treatment.domain.InfusionVitals;
import com.clinicsuite.treatment.domain.ProtocolLimits;
import com.clinicsuite.treatment.domain.TreatmentPlan;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Signed, co-signed IV ketamine infusion visits with their flowsheets, as rows. Each visit goes through the domain's
 * {@link InfusionVisit} step by step, as a nurse documents it at the chair (the same steps as {@code
 * InfusionVisits.recordPast}): the checklist with consent, re-confirmed contraindications, pregnancy status, escort,
 * fasting and baseline vitals (a physician confirms a baseline above the pre-start limits); the dose from the plan's
 * protocol and the day's weight, confirmed by a second nurse; vitals, sedation and pain every 15 minutes with the
 * clinic's stop/hold alerts (an alert holds the infusion until a recheck is within limits); now and then an adverse
 * effect with its rescue medication, or an early stop with its reason; post-infusion vitals, discharge by the
 * criteria (or a physician's override), the nurse's signature and the physician's co-signature.
 */
final class Infusions {

    /** A completed infusion appointment: id, start and the nurse who ran it (the appointment's provider). */
    record Appointment(UUID id, Instant startsAt, String nurse) {
    }

    /** Who the patient is at the chair: escort from the chart's emergency contact, and whether a pregnancy test applies. */
    record Patient(UUID id, String escortName, String escortPhone, LocalDate birthDate, boolean female) {
    }

    /** What the register and billing need of a co-signed visit. */
    record Visit(UUID id, UUID patientId, UUID planId, UUID appointmentId, LocalDate day, Instant drawAt, BigDecimal totalMg,
                 BigDecimal administeredMg, int minutes, String nurse, String witness, String cosigner, Instant cosignedAt) {
    }

    /** Bag concentration after dilution (mg/mL), as the demo documents it. */
    private static final BigDecimal BAG_MG_PER_ML = BigDecimal.ONE;
    private static final InfusionVisit.AdverseEffect[] EFFECTS = {InfusionVisit.AdverseEffect.NAUSEA_VOMITING,
            InfusionVisit.AdverseEffect.DISSOCIATION, InfusionVisit.AdverseEffect.DIZZINESS, InfusionVisit.AdverseEffect.HEADACHE,
            InfusionVisit.AdverseEffect.DYSPHORIA};

    private final ZoneId zone;
    private final InfusionVitals.Thresholds thresholds;
    private final String physician;
    private final Rows visits = new Rows("treatment.infusion_visit (id, version, appointment_id, plan_id, patient_id, status, consent_on_file,"
            + " contraindications_reconfirmed, pregnancy, escort_name, escort_phone, fasting, baseline_nrs, baseline_confirmed_by,"
            + " baseline_confirmation, checklist_by, weight_kg, weighed_on, dose_mg_per_kg_h, planned_minutes, bolus_mg, rate_mg_per_h, total_mg,"
            + " concentration_mg_per_ml, pump_ml_per_h, calculated_by, dose_confirmed_by, started_at, ended_at, paused_minutes, paused_since,"
            + " administered_mg, early_stop_reason, discharged_at, discharge_override, escort_confirmed, signed_by, signed_at, cosigned_by,"
            + " cosigned_at, created_at, created_by, updated_at, updated_by)");
    private final Rows readings = new Rows("treatment.infusion_reading (visit_id, position, taken_at, systolic, diastolic, heart_rate, spo2,"
            + " respiratory_rate, sedation, pain_nrs, phase, alerts, recorded_by)");
    private final Rows events = new Rows("treatment.infusion_event (visit_id, position, at, kind, detail, recorded_by)");
    private long alerts;

    Infusions(ZoneId zone, InfusionVitals.Thresholds thresholds, String physician) {
        this.zone = zone;
        this.thresholds = thresholds;
        this.physician = physician;
    }

    /**
     * Documents one infusion of {@code plan} for appointment {@code a}: {@code nrs} is the patient's pain before it,
     * {@code usual} the intake's vitals, {@code confirmer} the second nurse (dose check and waste witness).
     */
    Visit add(SplittableRandom random, Appointment a, Patient p, UUID planId, TreatmentPlan plan, ProtocolLimits limits, CarePath.Vitals usual,
              int nrs, String confirmer) {
        String nurse = a.nurse();
        LocalDate day = a.startsAt().atZone(zone).toLocalDate();
        Instant at = a.startsAt();
        InfusionVisit v = InfusionVisit.open(a.id(), planId, p.id());
        v.useThresholds(thresholds);
        int steps = 1;

        InfusionVitals.Vitals baseline = random.nextInt(200) == 0
                ? new InfusionVitals.Vitals(thresholds.preStartSystolic() + 1 + random.nextInt(8), usual.diastolic() + random.nextInt(6),
                usual.heartRate() + random.nextInt(5), usual.spo2(), usual.respiratoryRate())
                : new InfusionVitals.Vitals(usual.systolic() - 6 + random.nextInt(13), usual.diastolic() - 4 + random.nextInt(9),
                usual.heartRate() - 5 + random.nextInt(11), Math.min(100, usual.spo2() - 1 + random.nextInt(3)), usual.respiratoryRate());
        boolean pregnancyTest = p.female() && p.birthDate().plusYears(50).isAfter(day);
        v.checklist(true, true, pregnancyTest ? InfusionVisit.Pregnancy.NEGATIVE_TEST : InfusionVisit.Pregnancy.NOT_APPLICABLE, p.escortName(),
                p.escortPhone(), true, baseline, nrs, nurse, at);
        steps++;
        if (InfusionVitals.baselineNeedsConfirmation(baseline, thresholds)) {
            v.confirmBaseline(physician, "Known hypertension, asymptomatic; repeat reading lower; safe to start with close monitoring");
            steps++;
        }
        BigDecimal weight = usual.weightKg().add(BigDecimal.valueOf(random.nextInt(21) - 10, 1));
        v.calculateDose(plan.ketamine(), limits, weight, day, day, BAG_MG_PER_ML, nurse);
        v.confirmDose(confirmer);
        steps += 2;
        Instant drawAt = at.plusSeconds(120);
        Instant started = at.plusSeconds(60L * (8 + random.nextInt(5)));
        v.start(started, nurse);
        steps++;

        int planned = v.plannedMinutes();
        int spike = random.nextInt(60) == 0 ? 1 + random.nextInt(Math.max(1, planned / 15)) : -1;
        int adverse = random.nextInt(10) == 0 ? 10 + random.nextInt(Math.max(1, planned - 15)) : -1;
        int stopAt = random.nextInt(100) == 0 ? planned / 2 + random.nextInt(Math.max(1, planned / 4)) : -1;
        int paused = 0;
        int previous = 0;
        int reading = 0;
        for (int minute : readingMinutes(planned)) {
            if (stopAt >= 0 && minute > stopAt) {
                break;
            }
            reading++;
            if (adverse > previous && adverse <= minute) {
                adverse(random, v, nurse, started.plusSeconds(60L * (adverse + paused)));
                steps += 2;
            }
            previous = minute;
            Instant when = started.plusSeconds(60L * (minute + paused));
            // ketamine raises blood pressure and heart rate a little; below the stop limits unless this is the alert episode
            InfusionVitals.Vitals during = reading == spike ? spike(random, baseline) : new InfusionVitals.Vitals(
                    Math.min(thresholds.maxSystolic() - 2, baseline.systolic() + 5 + random.nextInt(16)),
                    Math.min(thresholds.maxDiastolic() - 2, baseline.diastolic() + 3 + random.nextInt(10)),
                    Math.min(thresholds.maxHeartRate() - 2, baseline.heartRate() + 3 + random.nextInt(13)),
                    Math.min(100, Math.max(thresholds.minSpo2() + 1, baseline.spo2() - 2 + random.nextInt(3))),
                    Math.max(thresholds.minRespiratoryRate() + 1, baseline.respiratoryRate()));
            int sedation = random.nextInt(10) == 0 ? 3 : 1 + random.nextInt(2);
            List<InfusionVitals.Alert> raised = v.recordVitals(during, sedation, Math.max(0, nrs - 1 - random.nextInt(3)), nurse, when);
            steps++;
            if (!raised.isEmpty()) {
                alerts++;
            }
            if (!raised.isEmpty() && minute < planned) {
                // hold, recheck after 5 minutes, resume when the recheck is within limits
                v.pause(raised.get(0).finding() + ": infusion held per the stop/hold protocol", nurse, when.plusSeconds(60));
                v.recordVitals(baseline, sedation, null, nurse, when.plusSeconds(300));
                v.restart("Recheck within limits; physician informed; infusion resumed", nurse, when.plusSeconds(360));
                paused += 5;
                steps += 3;
            }
        }
        String early = null;
        int ran = planned;
        if (stopAt >= 0) {
            early = random.nextBoolean() ? "Patient asked to stop: dissociation felt unpleasant" : "Persistent nausea despite ondansetron";
            ran = stopAt;
        }
        Instant ended = started.plusSeconds(60L * (ran + paused));
        BigDecimal administered = early == null ? v.totalMg()
                : v.rateMgPerHour().multiply(BigDecimal.valueOf(ran)).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        v.end(administered, early, nurse, ended);
        InfusionVitals.Vitals post = new InfusionVitals.Vitals(baseline.systolic() + random.nextInt(5), baseline.diastolic() + random.nextInt(3),
                baseline.heartRate() - 2 + random.nextInt(5), baseline.spo2(), baseline.respiratoryRate());
        v.recordVitals(post, 0, Math.max(0, nrs - 2 - random.nextInt(3)), nurse, ended.plusSeconds(900));
        steps += 2;

        Instant discharged = ended.plusSeconds(60L * (20 + random.nextInt(16)));
        List<String> unmet = InfusionVitals.unmetDischargeCriteria(baseline, post, true, true, p.escortName(), thresholds);
        v.discharge(true, true, true, unmet.isEmpty() ? null : physician, unmet.isEmpty() ? null
                : "Reviewed at the chair: stable, at the patient's usual values; home with escort", nurse, discharged);
        Instant signed = discharged.plusSeconds(60L * (5 + random.nextInt(26)));
        v.sign(nurse, signed);
        Instant cosigned = signed.plusSeconds(60L * (15 + random.nextInt(106)));
        v.cosign(physician, cosigned);
        steps += 3;

        UUID id = Rows.uuid(random);
        visits.add(id, steps, v.appointmentId(), v.planId(), v.patientId(), v.status(), v.consentOnFile(), v.contraindicationsReconfirmed(),
                v.pregnancy(), v.escortName(), v.escortPhone(), v.fasting(), v.baselineNrs(), v.baselineConfirmedBy(), v.baselineConfirmation(),
                nurse, v.weightKg(), v.weighedOn(), v.doseMgPerKgPerHour(), v.plannedMinutes(), v.bolusMg(), v.rateMgPerHour(), v.totalMg(),
                v.concentrationMgPerMl(), v.pumpMlPerHour(), v.calculatedBy(), v.doseConfirmedBy(), v.startedAt(), v.endedAt(), paused, null,
                v.administeredMg(), v.earlyStopReason(), v.dischargedAt(), v.dischargeOverride(), v.escortConfirmed(), v.signedBy(), v.signedAt(),
                v.cosignedBy(), v.cosignedAt(), at, nurse, cosigned, physician);
        List<InfusionReading> flowsheet = v.readings();
        for (int i = 0; i < flowsheet.size(); i++) {
            InfusionReading r = flowsheet.get(i);
            InfusionVitals.Vitals x = r.vitals();
            readings.add(id, i, r.takenAt(), x.systolic(), x.diastolic(), x.heartRate(), x.spo2(), x.respiratoryRate(), r.sedation(), r.painNrs(),
                    r.phase(), r.alerts(), r.recordedBy());
        }
        List<InfusionEvent> happened = v.events();
        for (int i = 0; i < happened.size(); i++) {
            InfusionEvent e = happened.get(i);
            events.add(id, i, e.at(), e.kind(), e.detail(), e.recordedBy());
        }
        return new Visit(id, p.id(), planId, a.id(), day, drawAt, v.totalMg(), v.administeredMg(), v.infusionMinutes(), nurse, confirmer, physician,
                cosigned);
    }

    /** Vitals every 15 minutes during the infusion and at its end. */
    private static List<Integer> readingMinutes(int planned) {
        List<Integer> minutes = new java.util.ArrayList<>();
        for (int m = 15; m < planned; m += 15) {
            minutes.add(m);
        }
        minutes.add(planned);
        return minutes;
    }

    /** A reading past a stop/hold limit: heart rate or blood pressure just above it. */
    private InfusionVitals.Vitals spike(SplittableRandom random, InfusionVitals.Vitals b) {
        return random.nextBoolean()
                ? new InfusionVitals.Vitals(b.systolic() + 10, b.diastolic() + 6, thresholds.maxHeartRate() + 1 + random.nextInt(8), b.spo2(),
                b.respiratoryRate())
                : new InfusionVitals.Vitals(thresholds.maxSystolic() + 1 + random.nextInt(10), b.diastolic() + 12, b.heartRate() + 12, b.spo2(),
                b.respiratoryRate());
    }

    /** An adverse effect, with ondansetron for nausea and midazolam for a distressing dysphoria. */
    private void adverse(SplittableRandom random, InfusionVisit v, String nurse, Instant at) {
        InfusionVisit.AdverseEffect effect = EFFECTS[random.nextInt(EFFECTS.length)];
        v.adverseEvent(effect, random.nextInt(4) == 0 ? "MODERATE" : "MILD", nurse, at);
        if (effect == InfusionVisit.AdverseEffect.NAUSEA_VOMITING) {
            v.rescue("Ondansetron", "4 mg", "IV", nurse, at.plusSeconds(120));
        } else if (effect == InfusionVisit.AdverseEffect.DYSPHORIA) {
            v.rescue("Midazolam", "1 mg", "IV", nurse, at.plusSeconds(120));
        }
    }

    long visits() {
        return visits.count();
    }

    long readings() {
        return readings.count();
    }

    long events() {
        return events.count();
    }

    long alerts() {
        return alerts;
    }

    /** Sends the rows, parents first. */
    void flush(Connection db) throws SQLException, IOException {
        visits.flush(db);
        readings.flush(db);
        events.flush(db);
    }
}
