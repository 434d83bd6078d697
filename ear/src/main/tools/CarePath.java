import com.clinicsuite.patients.domain.InsurancePolicy;
import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.EligibilityGate;
import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.patients.domain.assessment.Instrument;
import com.clinicsuite.patients.domain.assessment.QuestionnaireResult;
import com.clinicsuite.patients.domain.assessment.QuestionnaireScoring;
import com.clinicsuite.patients.domain.consent.Consent;
import com.clinicsuite.patients.domain.consent.ConsentType;
import com.clinicsuite.patients.domain.consent.ScannedDocument;
import com.clinicsuite.treatment.domain.CounselingComponent;
import com.clinicsuite.treatment.domain.Eligibility;
import com.clinicsuite.treatment.domain.KetamineComponent;
import com.clinicsuite.treatment.domain.PlanChange;
import com.clinicsuite.treatment.domain.PlanIndication;
import com.clinicsuite.treatment.domain.ProtocolTemplate;
import com.clinicsuite.treatment.domain.ResponseReview;
import com.clinicsuite.treatment.domain.TherapyComponent;
import com.clinicsuite.treatment.domain.TreatmentPlan;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What a patient needs before a visit can be documented and billed, as the suite records it: an optional primary
 * insurance policy, the physician's intake (vitals, a full contraindication screen answered "no", diagnoses from the
 * clinic's ICD-10-CM list, decision "eligible") and a signed, active treatment plan whose indications are the intake's
 * pain diagnoses. For IV ketamine also the three consents on file (with a scan), a baseline pain NRS and a ketamine
 * component from one of the clinic's protocol templates. The domain's own classes check each piece
 * ({@link InsurancePolicy#add}, {@link EligibilityGate}, {@link IcdCatalog#requireBillable}, {@link Consent#record},
 * {@link KetamineComponent#iv}, {@link TreatmentPlan#activate}); this class only turns them into rows.
 */
final class CarePath {

    /** A payer as set up under Billing setup: the payer id on claims, its name and its PT unit rule. */
    record Payer(String payerId, String name, String unitRule) {
    }

    /** The clinician a plan names: provider id, username and display name. */
    record Clinician(UUID id, String username, String name) {
    }

    /** What a patient's visits need from the care path: the plan and its diagnoses (principal first), and the payer if insured. */
    record Care(UUID planId, List<String> diagnoses, Payer payer) {
    }

    /** The intake's vital signs (the patient's usual values) and weight in kg. */
    record Vitals(int systolic, int diastolic, int heartRate, int spo2, int respiratoryRate, BigDecimal weightKg) {
    }

    /** A signed IV ketamine plan, kept by the caller while the infusions, reviews and closing change it; written by {@link #writePlan}. */
    record Ketamine(UUID planId, TreatmentPlan plan, List<String> diagnoses, Payer payer, String memberId, String groupNumber, Vitals vitals,
                    Instant signedAt) {
    }

    private static final String[] PAIN = {"G89.29", "G89.4", "M79.7", "G90.511", "G90.522", "M79.2", "G62.9", "G43.709", "M54.50", "G89.21"};
    private static final String[] MOOD = {"F41.1", "F32.1", "F33.1", "F43.10"};
    private static final String[] COMPLEXITY = {"LOW", "MODERATE", "HIGH"};
    private static final String[] MODALITY = {"CBT", "ACT", "MINDFULNESS", "SUPPORTIVE"};
    /** A minimal PDF stands in for each scanned consent. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final IcdCatalog icd = IcdCatalog.shipped();
    private final ZoneId zone;
    private final Clinician physician;
    private final Rows insurance = new Rows("patients.insurance_policy (id, patient_id, version, priority, payer_name, payer_id, member_id,"
            + " group_number, subscriber_name, relationship, effective_from, effective_to, created_at, created_by, updated_at, updated_by)");
    private final Rows intakes = new Rows("patients.intake (id, patient_id, version, decision, override_reason, decided_by, decided_at, systolic,"
            + " diastolic, heart_rate, spo2, respiratory_rate, weight_kg, vitals_measured_on, created_at, created_by, updated_at, updated_by)");
    private final Rows screens = new Rows("patients.intake_contraindication (intake_id, item, answer)");
    private final Rows diagnoses = new Rows("patients.intake_diagnosis (intake_id, position, code, description, onset)");
    private final Rows consents = new Rows("patients.consent (id, patient_id, version, type, signed_on, signer, file_name, content_type, size_bytes,"
            + " created_at, created_by, updated_at, updated_by)");
    private final Rows scans = new Rows("patients.consent_document (consent_id, bytes)");
    private final Rows questionnaires = new Rows("patients.questionnaire_response (id, patient_id, instrument, answers, score, secondary_score, band,"
            + " self_harm_alert, taken_on, recorded_by, recorded_at)");
    private final Rows plans = new Rows("treatment.treatment_plan (id, version, patient_id, status, phase, plan_version, nrs_target_percent,"
            + " baseline_nrs, signed_by, signed_at, status_reason, review_flag, k_clinician_id, k_clinician_name, k_route, k_protocol_code,"
            + " k_protocol_name, k_dose_mg_per_kg_h, k_duration_minutes, k_bolus_mg_per_kg, k_exceeded, k_justification, k_induction_sessions,"
            + " k_min_gap_days, k_max_gap_days, k_booster_min_weeks, k_booster_max_weeks, k_max_boosters,"
            + " pt_clinician_id, pt_clinician_name, pt_complexity, pt_visits_per_week, pt_weeks, pt_goals,"
            + " pt_recertify_by, pt_certifying_physician, c_clinician_id, c_clinician_name, c_intake, c_sessions, c_every_days, c_modality,"
            + " c_integration_rule, created_at, created_by, updated_at, updated_by)");
    private final Rows indications = new Rows("treatment.plan_indication (plan_id, position, code, description, evidence)");
    private final Rows changes = new Rows("treatment.plan_change (plan_id, position, plan_version, changed_at, changed_by, change)");
    private final Rows reviews = new Rows("treatment.response_review (plan_id, position, reviewed_at, reviewed_by, baseline_nrs, current_nrs,"
            + " reduction_percent, category, responder, decision, justification)");
    private long policies;

    CarePath(ZoneId zone, Clinician physician) {
        this.zone = zone;
        this.physician = physician;
    }

    /**
     * Records the care path of a patient whose first visit with {@code clinician} is {@code firstVisit}: insured by
     * {@code payer} (or self-pay when null), assessed and planned a week before.
     */
    Care add(SplittableRandom random, UUID patient, String patientName, boolean counseling, Clinician clinician, Payer payer, Instant firstVisit) {
        Instant assessed = firstVisit.minusSeconds(86_400L * (5 + random.nextInt(10)));
        LocalDate assessedOn = assessed.atZone(zone).toLocalDate();
        insure(random, patient, patientName, payer, firstVisit, assessed);
        Intake intake = intake(random, patient, assessed, counseling);

        // the plan, built and signed by the domain's own rules
        String by = physician.username();
        TreatmentPlan plan = TreatmentPlan.draft(patient, by, assessed);
        plan.setIndications(intake.indications(), by, assessed.plusSeconds(60));
        if (counseling) {
            plan.setCounseling(new CounselingComponent(clinician.id(), clinician.name(), true, 6 + random.nextInt(7), 7,
                    MODALITY[random.nextInt(MODALITY.length)], false), by, assessed.plusSeconds(120));
        } else {
            plan.setPhysicalTherapy(new TherapyComponent(clinician.id(), clinician.name(), COMPLEXITY[random.nextInt(3)], 2 + random.nextInt(2),
                    4 + random.nextInt(5), "Walk 30 minutes without a pain flare; return to daily activities",
                    assessedOn.plusDays(90), physician.name(), assessedOn), by, assessed.plusSeconds(120));
        }
        Instant signed = assessed.plusSeconds(600);
        plan.activate(new Eligibility(List.of()), null, by, signed);
        UUID planId = Rows.uuid(random);
        writePlan(planId, plan, assessed, signed);
        return new Care(planId, plan.indications().stream().map(PlanIndication::code).toList(), payer);
    }

    /**
     * Records what an IV ketamine series needs before its first infusion on {@code firstInfusion}: insurance (or
     * none), the intake with its screen and diagnoses, the ketamine, treatment and privacy consents signed that day, a
     * baseline pain NRS, and a plan with {@code protocol} at {@code dose} mg/kg/h (the template's own when null), signed
     * by the physician. The plan is returned unwritten: its infusions, response reviews and closing change it first.
     */
    Ketamine startKetamine(SplittableRandom random, UUID patient, String patientName, Payer payer, Instant firstInfusion, ProtocolTemplate protocol,
                           BigDecimal dose, int baselineNrs) {
        Instant assessed = firstInfusion.minusSeconds(86_400L * (5 + random.nextInt(10)));
        LocalDate assessedOn = assessed.atZone(zone).toLocalDate();
        InsurancePolicy policy = insure(random, patient, patientName, payer, firstInfusion, assessed);
        Intake intake = intake(random, patient, assessed, random.nextInt(3) == 0);
        for (ConsentType type : ConsentType.values()) {
            ScannedDocument scan = ScannedDocument.of(type.name().toLowerCase().replace('_', '-') + "-consent.pdf", PDF);
            Consent c = Consent.record(patient, type, assessedOn, patientName, scan, assessedOn);
            UUID id = Rows.uuid(random);
            consents.add(id, patient, 0, c.type(), c.signedOn(), c.signer(), c.fileName(), c.contentType(), c.sizeBytes(), assessed, "frontdesk",
                    assessed, "frontdesk");
            scans.add(id, Rows.bytea(scan.bytes()));
        }
        QuestionnaireResult nrs = QuestionnaireScoring.score(Instrument.NRS, List.of(baselineNrs));
        questionnaires.add(Rows.uuid(random), patient, Instrument.NRS.name(), baselineNrs, nrs.score(), nrs.secondaryScore(), nrs.band(),
                nrs.selfHarmAlert(), assessedOn, physician.username(), assessed.plusSeconds(30));

        String by = physician.username();
        TreatmentPlan plan = TreatmentPlan.draft(patient, by, assessed);
        plan.setIndications(intake.indications(), by, assessed.plusSeconds(60));
        plan.setKetamine(KetamineComponent.iv(physician.id(), physician.name(), protocol, dose, null, null, null, protocol.inductionSessions(),
                2, 4, 4, 8, 6, intake.vitals().weightKg()), by, assessed.plusSeconds(120));
        Instant signed = assessed.plusSeconds(600);
        plan.activate(new Eligibility(List.of()), baselineNrs, by, signed);
        return new Ketamine(Rows.uuid(random), plan, plan.indications().stream().map(PlanIndication::code).toList(), payer,
                policy == null ? null : policy.memberId(), policy == null ? null : policy.groupNumber(), intake.vitals(), signed);
    }

    /** The primary policy with {@code payer}, effective from a January one to three years before the first visit; null for self-pay. */
    private InsurancePolicy insure(SplittableRandom random, UUID patient, String patientName, Payer payer, Instant firstVisit, Instant assessed) {
        if (payer == null) {
            return null;
        }
        LocalDate visitDay = firstVisit.atZone(zone).toLocalDate();
        LocalDate from = LocalDate.of(visitDay.getYear() - 1 - random.nextInt(3), 1, 1);
        String member = (payer.payerId().equals("06102") ? "1EG4-TE5-MK" : "W") + String.format("%08d", random.nextInt(100_000_000));
        String group = payer.payerId().equals("06102") ? null : "GRP" + (1000 + random.nextInt(9000));
        InsurancePolicy p = InsurancePolicy.add(patient, InsurancePolicy.Priority.PRIMARY, payer.name(), payer.payerId(), member, group,
                patientName, InsurancePolicy.Relationship.SELF, from, null);
        insurance.add(Rows.uuid(random), patient, 0, p.priority(), p.payerName(), p.payerId(), p.memberId(), p.groupNumber(),
                p.subscriberName(), p.relationship(), p.effectiveFrom(), p.effectiveTo(), assessed, "frontdesk", assessed, "frontdesk");
        policies++;
        return p;
    }

    /** The intake rows; returns the usual vitals and the plan's indications (the intake's diagnoses except mental-health codes). */
    private Intake intake(SplittableRandom random, UUID patient, Instant assessed, boolean mood) {
        LocalDate assessedOn = assessed.atZone(zone).toLocalDate();
        // every contraindication answered "no", so the gate allows "eligible"
        Map<Contraindication, Contraindication.Answer> screen = new EnumMap<>(Contraindication.class);
        for (Contraindication c : Contraindication.values()) {
            screen.put(c, Contraindication.Answer.NO);
        }
        new EligibilityGate(screen).check(EligibilityGate.Decision.ELIGIBLE, null);
        UUID intake = Rows.uuid(random);
        int systolic = 112 + random.nextInt(28);
        int diastolic = 68 + random.nextInt(18);
        int heartRate = 58 + random.nextInt(30);
        int spo2 = 95 + random.nextInt(5);
        int respiratoryRate = 12 + random.nextInt(7);
        BigDecimal weight = new BigDecimal(String.format("%d.%d", 52 + random.nextInt(60), random.nextInt(10)));
        intakes.add(intake, patient, 2, EligibilityGate.Decision.ELIGIBLE, null, physician.username(), assessed, systolic, diastolic, heartRate,
                spo2, respiratoryRate, weight, assessedOn, assessed, physician.username(), assessed, physician.username());
        screen.forEach((item, answer) -> screens.add(intake, item.name(), answer.name()));
        List<String> codes = new ArrayList<>();
        codes.add(PAIN[random.nextInt(PAIN.length)]);
        if (random.nextInt(3) == 0) {
            String second = PAIN[random.nextInt(PAIN.length)];
            if (!codes.contains(second)) {
                codes.add(second);
            }
        }
        if (mood) {
            codes.add(MOOD[random.nextInt(MOOD.length)]);
        }
        LocalDate onset = assessedOn.minusMonths(6 + random.nextInt(60));
        List<PlanIndication> chosen = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            IcdCatalog.IcdCode code = icd.requireBillable(codes.get(i));
            diagnoses.add(intake, i, code.code(), code.description(), onset);
            if (!code.code().startsWith("F")) { // the plan takes the intake's diagnoses except mental-health codes
                chosen.add(new PlanIndication(code.code(), code.description()));
            }
        }
        return new Intake(new Vitals(systolic, diastolic, heartRate, spo2, respiratoryRate, weight), chosen);
    }

    private record Intake(Vitals vitals, List<PlanIndication> indications) {
    }

    /** The plan's rows as it stands: the plan, its indications, its history and its response reviews. */
    void writePlan(UUID planId, TreatmentPlan plan, Instant createdAt, Instant updatedAt) {
        TherapyComponent pt = plan.physicalTherapy();
        CounselingComponent c = plan.counseling();
        KetamineComponent k = plan.ketamine();
        String by = physician.username();
        plans.add(planId, plan.history().size() - 1, plan.patientId(), plan.status(), plan.phase(), plan.planVersion(), plan.nrsTargetPercent(),
                plan.baselineNrs(), plan.signedBy(), plan.signedAt(), plan.statusReason(), plan.reviewFlag(),
                k == null ? null : k.clinicianId(), k == null ? null : k.clinicianName(), k == null ? null : k.route(),
                k == null ? null : k.protocolCode(), k == null ? null : k.protocolName(), k == null ? null : k.doseMgPerKgPerHour(),
                k == null ? null : k.durationMinutes(), k == null ? null : k.bolusMgPerKg(), k == null ? null : k.exceededLimits(),
                k == null ? null : k.justification(), k == null ? null : k.inductionSessions(), k == null ? null : k.minGapDays(),
                k == null ? null : k.maxGapDays(), k == null ? null : k.boosterMinWeeks(), k == null ? null : k.boosterMaxWeeks(),
                k == null ? null : k.maxBoosters(),
                pt == null ? null : pt.clinicianId(), pt == null ? null : pt.clinicianName(), pt == null ? null : pt.evaluationComplexity(),
                pt == null ? null : pt.visitsPerWeek(), pt == null ? null : pt.weeks(), pt == null ? null : pt.goals(),
                pt == null ? null : pt.recertifyBy(), pt == null ? null : pt.certifyingPhysician(),
                c == null ? null : c.clinicianId(), c == null ? null : c.clinicianName(), c == null ? null : c.intakeEvaluation(),
                c == null ? null : c.sessions(), c == null ? null : c.everyDays(), c == null ? null : c.modality(),
                c == null ? null : c.integrationRule(), createdAt, by, updatedAt, by);
        List<PlanIndication> kept = plan.indications();
        for (int i = 0; i < kept.size(); i++) {
            indications.add(planId, i, kept.get(i).code(), kept.get(i).description(), kept.get(i).evidence());
        }
        List<PlanChange> history = plan.history();
        for (int i = 0; i < history.size(); i++) {
            PlanChange h = history.get(i);
            changes.add(planId, i, h.planVersion(), h.changedAt(), h.changedBy(), h.change());
        }
        List<ResponseReview> done = plan.reviews();
        for (int i = 0; i < done.size(); i++) {
            ResponseReview r = done.get(i);
            reviews.add(planId, i, r.reviewedAt(), r.reviewedBy(), r.baselineNrs(), r.currentNrs(), r.reductionPercent(), r.category(), r.responder(),
                    r.decision(), r.justification());
        }
    }

    long policies() {
        return policies;
    }

    /** Sends the rows, parents first. */
    void flush(Connection db) throws SQLException, IOException {
        insurance.flush(db);
        intakes.flush(db);
        screens.flush(db);
        diagnoses.flush(db);
        consents.flush(db);
        scans.flush(db);
        questionnaires.flush(db);
        plans.flush(db);
        indications.flush(db);
        changes.flush(db);
        reviews.flush(db);
    }
}
