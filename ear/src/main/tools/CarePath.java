import com.clinicsuite.patients.domain.InsurancePolicy;
import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.EligibilityGate;
import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.treatment.domain.CounselingComponent;
import com.clinicsuite.treatment.domain.Eligibility;
import com.clinicsuite.treatment.domain.PlanChange;
import com.clinicsuite.treatment.domain.PlanIndication;
import com.clinicsuite.treatment.domain.TherapyComponent;
import com.clinicsuite.treatment.domain.TreatmentPlan;

import java.io.IOException;
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
 * What a patient needs before a PT or counseling visit can be billed, as the suite records it: an optional primary
 * insurance policy, the physician's intake (vitals, a full contraindication screen answered "no", diagnoses from the
 * clinic's ICD-10-CM list, decision "eligible") and a signed, active treatment plan whose indications are the intake's
 * pain diagnoses. The domain's own classes check each piece ({@link InsurancePolicy#add}, {@link EligibilityGate},
 * {@link IcdCatalog#requireBillable}, {@link TreatmentPlan#activate}); this class only turns them into rows.
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

    private static final String[] PAIN = {"G89.29", "G89.4", "M79.7", "G90.511", "G90.522", "M79.2", "G62.9", "G43.709", "M54.50", "G89.21"};
    private static final String[] MOOD = {"F41.1", "F32.1", "F33.1", "F43.10"};
    private static final String[] COMPLEXITY = {"LOW", "MODERATE", "HIGH"};
    private static final String[] MODALITY = {"CBT", "ACT", "MINDFULNESS", "SUPPORTIVE"};

    private final IcdCatalog icd = IcdCatalog.shipped();
    private final ZoneId zone;
    private final Clinician physician;
    private final Rows insurance = new Rows("patients.insurance_policy (id, patient_id, version, priority, payer_name, payer_id, member_id,"
            + " group_number, subscriber_name, relationship, effective_from, effective_to, created_at, created_by, updated_at, updated_by)");
    private final Rows intakes = new Rows("patients.intake (id, patient_id, version, decision, override_reason, decided_by, decided_at, systolic,"
            + " diastolic, heart_rate, spo2, respiratory_rate, weight_kg, vitals_measured_on, created_at, created_by, updated_at, updated_by)");
    private final Rows screens = new Rows("patients.intake_contraindication (intake_id, item, answer)");
    private final Rows diagnoses = new Rows("patients.intake_diagnosis (intake_id, position, code, description, onset)");
    private final Rows plans = new Rows("treatment.treatment_plan (id, version, patient_id, status, phase, plan_version, nrs_target_percent,"
            + " baseline_nrs, signed_by, signed_at, pt_clinician_id, pt_clinician_name, pt_complexity, pt_visits_per_week, pt_weeks, pt_goals,"
            + " pt_recertify_by, pt_certifying_physician, c_clinician_id, c_clinician_name, c_intake, c_sessions, c_every_days, c_modality,"
            + " c_integration_rule, created_at, created_by, updated_at, updated_by)");
    private final Rows indications = new Rows("treatment.plan_indication (plan_id, position, code, description, evidence)");
    private final Rows changes = new Rows("treatment.plan_change (plan_id, position, plan_version, changed_at, changed_by, change)");
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
        LocalDate visitDay = firstVisit.atZone(zone).toLocalDate();
        Instant assessed = firstVisit.minusSeconds(86_400L * (5 + random.nextInt(10)));
        LocalDate assessedOn = assessed.atZone(zone).toLocalDate();
        if (payer != null) {
            LocalDate from = LocalDate.of(visitDay.getYear() - 1 - random.nextInt(3), 1, 1);
            String member = (payer.payerId().equals("06102") ? "1EG4-TE5-MK" : "W") + String.format("%08d", random.nextInt(100_000_000));
            String group = payer.payerId().equals("06102") ? null : "GRP" + (1000 + random.nextInt(9000));
            InsurancePolicy p = InsurancePolicy.add(patient, InsurancePolicy.Priority.PRIMARY, payer.name(), payer.payerId(), member, group,
                    patientName, InsurancePolicy.Relationship.SELF, from, null);
            insurance.add(Rows.uuid(random), patient, 0, p.priority(), p.payerName(), p.payerId(), p.memberId(), p.groupNumber(),
                    p.subscriberName(), p.relationship(), p.effectiveFrom(), p.effectiveTo(), assessed, "frontdesk", assessed, "frontdesk");
            policies++;
        }

        // intake: every contraindication answered "no", so the gate allows "eligible"
        Map<Contraindication, Contraindication.Answer> screen = new EnumMap<>(Contraindication.class);
        for (Contraindication c : Contraindication.values()) {
            screen.put(c, Contraindication.Answer.NO);
        }
        new EligibilityGate(screen).check(EligibilityGate.Decision.ELIGIBLE, null);
        UUID intake = Rows.uuid(random);
        intakes.add(intake, patient, 2, EligibilityGate.Decision.ELIGIBLE, null, physician.username(), assessed, 112 + random.nextInt(28),
                68 + random.nextInt(18), 58 + random.nextInt(30), 95 + random.nextInt(5), 12 + random.nextInt(7),
                String.format("%d.%d", 52 + random.nextInt(60), random.nextInt(10)), assessedOn, assessed, physician.username(), assessed,
                physician.username());
        screen.forEach((item, answer) -> screens.add(intake, item.name(), answer.name()));
        List<String> codes = new ArrayList<>();
        codes.add(PAIN[random.nextInt(PAIN.length)]);
        if (random.nextInt(3) == 0) {
            String second = PAIN[random.nextInt(PAIN.length)];
            if (!codes.contains(second)) {
                codes.add(second);
            }
        }
        if (counseling) {
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

        // the plan, built and signed by the domain's own rules
        String by = physician.username();
        TreatmentPlan plan = TreatmentPlan.draft(patient, by, assessed);
        plan.setIndications(chosen, by, assessed.plusSeconds(60));
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
        TherapyComponent pt = plan.physicalTherapy();
        CounselingComponent c = plan.counseling();
        plans.add(planId, plan.history().size() - 1, patient, plan.status(), plan.phase(), plan.planVersion(), plan.nrsTargetPercent(),
                plan.baselineNrs(), plan.signedBy(), plan.signedAt(),
                pt == null ? null : pt.clinicianId(), pt == null ? null : pt.clinicianName(), pt == null ? null : pt.evaluationComplexity(),
                pt == null ? null : pt.visitsPerWeek(), pt == null ? null : pt.weeks(), pt == null ? null : pt.goals(),
                pt == null ? null : pt.recertifyBy(), pt == null ? null : pt.certifyingPhysician(),
                c == null ? null : c.clinicianId(), c == null ? null : c.clinicianName(), c == null ? null : c.intakeEvaluation(),
                c == null ? null : c.sessions(), c == null ? null : c.everyDays(), c == null ? null : c.modality(),
                c == null ? null : c.integrationRule(), assessed, by, signed, by);
        List<PlanIndication> kept = plan.indications();
        for (int i = 0; i < kept.size(); i++) {
            indications.add(planId, i, kept.get(i).code(), kept.get(i).description(), kept.get(i).evidence());
        }
        List<PlanChange> history = plan.history();
        for (int i = 0; i < history.size(); i++) {
            PlanChange h = history.get(i);
            changes.add(planId, i, h.planVersion(), h.changedAt(), h.changedBy(), h.change());
        }
        return new Care(planId, kept.stream().map(PlanIndication::code).toList(), payer);
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
        plans.flush(db);
        indications.flush(db);
        changes.flush(db);
    }
}
