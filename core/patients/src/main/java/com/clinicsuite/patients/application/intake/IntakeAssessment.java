package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.EligibilityGate.Decision;
import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.patients.domain.assessment.Opioid;
import com.clinicsuite.patients.domain.intake.HistoryItem;
import com.clinicsuite.patients.domain.intake.Intake;
import com.clinicsuite.patients.domain.intake.PriorTreatment;
import com.clinicsuite.patients.domain.intake.IntakeRepository;
import com.clinicsuite.patients.domain.intake.Medication;
import com.clinicsuite.patients.domain.intake.MmeSnapshot;
import com.clinicsuite.patients.domain.intake.Vitals;
import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.domain.Choice;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The physician's intake assessment. Clinicians read it; the physician records the screen, the eligibility
 * decision, diagnoses and medications; nurses may also record allergies and vitals. Every read and change
 * is audited, an override with its reason.
 */
@Stateless
public class IntakeAssessment {

    @Inject
    private IntakeRepository intakes;

    @Inject
    private PatientRepository patients;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public IntakeView view(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        audit.recordRead("intake.open", patientId, "intake assessment");
        return intakes.forPatient(patientId).map(i -> IntakeViews.of(patientId, i)).orElseGet(() -> IntakeViews.empty(patientId));
    }

    /**
     * The latest baseline vitals with the weight, as an infusion visit needs them for the dose (audited
     * {@code vitals.read}); open to the nurse or physician running the visit without the rest of the intake.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE})
    public IntakeView.VitalsRow latestVitals(@NotNull UUID patientId) {
        patients.require(patientId);
        audit.record("vitals.read", patientId, "weight for the dose");
        return intakes.forPatient(patientId).map(i -> IntakeViews.of(patientId, i).vitals()).orElse(null);
    }

    /** Diagnosis codes only, as billing needs them for claims. */
    @RolesAllowed({Roles.BILLING, Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<IntakeView.DiagnosisRow> diagnosisCodes(@NotNull UUID patientId) {
        patients.require(patientId);
        audit.record("intake.diagnosisCodes", patientId, "diagnosis codes");
        return intakes.forPatient(patientId).map(i -> i.diagnoses().stream()
                .map(d -> new IntakeView.DiagnosisRow(d.code(), d.description(), null, null, null, null)).toList())
                .orElse(List.of());
    }

    /**
     * Records the contraindication screen: item code to YES, NO or UNKNOWN. A decision made on other answers is
     * withdrawn.
     */
    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView answerScreen(@NotNull UUID patientId, long version, @NotNull Map<String, String> answers) {
        Map<Contraindication, Contraindication.Answer> parsed = new EnumMap<>(Contraindication.class);
        answers.forEach((item, answer) -> {
            if (answer != null && !answer.isBlank()) {
                parsed.put(Choice.of(Contraindication.class, item, "screen", "Contraindication item"),
                        Choice.of(Contraindication.Answer.class, answer, item, "Answer"));
            }
        });
        return change(patientId, version, "intake.screen", "contraindication screen " + parsed, i -> i.answerScreen(parsed));
    }

    /** Records the eligibility decision; an override needs a written reason and is audited with it. */
    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView decide(@NotNull UUID patientId, long version, String decision, String overrideReason) {
        Decision d = decision == null || decision.isBlank() ? null : Choice.of(Decision.class, decision, "decision", "Decision");
        String detail = "eligibility: " + d + (d == Decision.ELIGIBLE_WITH_OVERRIDE ? "; override reason: " + overrideReason : "");
        return change(patientId, version, d == Decision.ELIGIBLE_WITH_OVERRIDE ? "intake.override" : "intake.decide", detail,
                i -> i.decide(d, overrideReason, session.getCallerPrincipal().getName(), clock.instant()));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView addDiagnosis(@NotNull UUID patientId, long version, @NotNull @Valid Commands.AddDiagnosis c) {
        return change(patientId, version, "intake.diagnosis.add", c.code(), i -> i.addDiagnosis(IcdCatalog.shipped(), c.code(),
                c.onset(), c.bodySite(), c.laterality(), c.character(), LocalDate.now(clock)));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView removeDiagnosis(@NotNull UUID patientId, long version, @NotNull String code) {
        return change(patientId, version, "intake.diagnosis.remove", code, i -> i.removeDiagnosis(code));
    }

    /** Adds a medication; the daily MME after the change is kept for the trend. */
    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView addMedication(@NotNull UUID patientId, long version, @NotNull @Valid Commands.AddMedication c) {
        Opioid opioid = c.opioid() == null || c.opioid().isBlank() ? null : Choice.of(Opioid.class, c.opioid(), "opioid", "Opioid");
        Medication m = new Medication(c.drug().strip(), opioid, c.strength(), c.unit().strip(), c.route().strip(),
                c.frequency().strip(), c.unitsPerDay(), c.prescriber() == null || c.prescriber().isBlank() ? null : c.prescriber().strip());
        return changeMedications(patientId, version, "intake.medication.add", c.drug(), i -> i.addMedication(m));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView removeMedication(@NotNull UUID patientId, long version, int index) {
        return changeMedications(patientId, version, "intake.medication.remove", "#" + index, i -> i.removeMedication(index));
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE})
    public IntakeView addAllergy(@NotNull UUID patientId, long version, String substance, String reaction) {
        return change(patientId, version, "intake.allergy.add", substance, i -> i.addAllergy(substance, reaction));
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE})
    public IntakeView removeAllergy(@NotNull UUID patientId, long version, int index) {
        return change(patientId, version, "intake.allergy.remove", "#" + index, i -> i.removeAllergy(index));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView addPriorTreatment(@NotNull UUID patientId, long version, @NotNull Commands.AddPriorTreatment c) {
        PriorTreatment.Category category = Choice.of(PriorTreatment.Category.class, c.category(), "category", "Kind of treatment");
        PriorTreatment.Response response = Choice.optional(PriorTreatment.Response.class, c.response(), "response", "Response");
        return change(patientId, version, "intake.treatment.add", category + ": " + c.description(),
                i -> i.addPriorTreatment(category, c.description(), c.startedOn(), c.endedOn(), response, LocalDate.now(clock)));
    }

    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView removePriorTreatment(@NotNull UUID patientId, long version, int index) {
        return change(patientId, version, "intake.treatment.remove", "#" + index, i -> i.removePriorTreatment(index));
    }

    /** Records the medical history checklist: the codes of the items that apply. */
    @RolesAllowed(Roles.PHYSICIAN)
    public IntakeView recordHistory(@NotNull UUID patientId, long version, @NotNull List<String> items) {
        java.util.Set<HistoryItem> set = java.util.EnumSet.noneOf(HistoryItem.class);
        items.forEach(code -> set.add(Choice.of(HistoryItem.class, code, "history", "History item")));
        return change(patientId, version, "intake.history", set.toString(), i -> i.recordHistory(set));
    }

    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE})
    public IntakeView recordVitals(@NotNull UUID patientId, long version, @NotNull @Valid Commands.RecordVitals c) {
        LocalDate today = LocalDate.now(clock);
        Vitals v = new Vitals(c.systolic(), c.diastolic(), c.heartRate(), c.spo2(), c.respiratoryRate(), c.weightKg(),
                c.measuredOn(), today);
        return change(patientId, version, "intake.vitals", "vitals of " + c.measuredOn(), i -> i.recordVitals(v));
    }

    private IntakeView changeMedications(UUID patientId, long version, String action, String detail, Consumer<Intake> change) {
        IntakeView view = change(patientId, version, action, detail, change);
        intakes.add(new MmeSnapshot(patientId, view.dailyMme(), clock.instant(), session.getCallerPrincipal().getName()));
        return view;
    }

    /** Loads (or starts) the intake, checks the version, applies the change, audits it. */
    private IntakeView change(UUID patientId, long version, String action, String detail, Consumer<Intake> change) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        Intake intake = intakes.forPatient(patientId).orElse(null);
        if (intake == null) {
            intake = Intake.start(patientId);
            intakes.add(intake);
        } else if (intake.version() != version) {
            throw new BusinessRuleException("intake.stale", intake.updatedBy() + " changed this intake after you opened it. "
                    + "Nothing was overwritten: reload to see their changes, then make yours again.");
        }
        change.accept(intake);
        intakes.flush();
        audit.record(action, patientId, detail);
        return IntakeViews.of(patientId, intake);
    }



}
