package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.EligibilityGate;
import com.clinicsuite.patients.domain.assessment.MorphineEquivalents;
import com.clinicsuite.patients.domain.intake.HistoryItem;
import com.clinicsuite.patients.domain.intake.Intake;
import com.clinicsuite.patients.domain.intake.PriorTreatment;
import com.clinicsuite.patients.domain.intake.Medication;
import com.clinicsuite.patients.domain.intake.Vitals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds {@link IntakeView}s inside the transaction. */
final class IntakeViews {

    private IntakeViews() {
    }

    static String decisionLabel(EligibilityGate.Decision d) {
        if (d == null) {
            return "Not decided";
        }
        return switch (d) {
            case ELIGIBLE -> "Eligible";
            case NOT_ELIGIBLE -> "Not eligible";
            case ELIGIBLE_WITH_OVERRIDE -> "Eligible with override";
        };
    }

    static String mmeFlag(BigDecimal total) {
        return switch (MorphineEquivalents.level(total)) {
            case AT_LEAST_90 -> "≥ 90 MME/day";
            case AT_LEAST_50 -> "≥ 50 MME/day";
            case BELOW_50 -> "";
        };
    }

    /** The view of a patient without an intake yet: every item unanswered. */
    static IntakeView empty(UUID patientId) {
        return of(patientId, null);
    }

    static IntakeView of(UUID patientId, Intake intake) {
        Map<Contraindication, Contraindication.Answer> screen = intake == null ? Map.of() : intake.screen();
        EligibilityGate gate = new EligibilityGate(screen);
        List<IntakeView.ScreenItem> items = Arrays.stream(Contraindication.values())
                .map(c -> new IntakeView.ScreenItem(c.name(), c.label(), c.grade() == null ? "clinic default" : c.grade(),
                        c.gate().name(), screen.get(c) == null ? null : screen.get(c).name()))
                .toList();
        List<IntakeView.MedicationRow> meds = new ArrayList<>();
        List<IntakeView.AllergyRow> allergies = new ArrayList<>();
        if (intake != null) {
            for (int i = 0; i < intake.medications().size(); i++) {
                Medication m = intake.medications().get(i);
                meds.add(new IntakeView.MedicationRow(i, m.drug(), m.opioid() == null ? null : m.opioid().label(),
                        m.strength(), m.unit(), m.route(), m.frequency(), m.unitsPerDay(), m.prescriber(),
                        m.opioidDose().map(d -> d.dailyMme().setScale(1, RoundingMode.HALF_UP)).orElse(null)));
            }
            for (int i = 0; i < intake.allergies().size(); i++) {
                allergies.add(new IntakeView.AllergyRow(i, intake.allergies().get(i).substance(), intake.allergies().get(i).reaction()));
            }
        }
        BigDecimal mme = intake == null ? BigDecimal.ZERO.setScale(1) : intake.dailyMme();
        Vitals v = intake == null ? null : intake.vitals();
        return new IntakeView(patientId, intake == null ? 0 : intake.version(), items,
                gate.blocking().stream().map(Contraindication::label).toList(),
                gate.cautions().stream().map(Contraindication::label).toList(),
                gate.unanswered().size(),
                intake == null || intake.decision() == null ? null : intake.decision().name(),
                decisionLabel(intake == null ? null : intake.decision()),
                intake == null ? null : intake.overrideReason(),
                intake == null ? null : intake.decidedBy(),
                intake == null ? null : intake.decidedAt(),
                intake == null ? List.of() : intake.diagnoses().stream().map(d -> new IntakeView.DiagnosisRow(d.code(),
                        d.description(), d.onset(), d.bodySite(), d.laterality(), d.character())).toList(),
                meds, mme, mmeFlag(mme), MorphineEquivalents.NOT_FOR_CONVERSION, allergies,
                v == null ? null : new IntakeView.VitalsRow(v.systolic(), v.diastolic(), v.heartRate(), v.spo2(),
                        v.respiratoryRate(), v.weightKg(), v.measuredOn()),
                treatments(intake),
                Arrays.stream(HistoryItem.values()).map(h -> new IntakeView.ChecklistItem(h.name(), h.label(),
                        intake != null && intake.history().contains(h))).toList());
    }

    private static List<IntakeView.TreatmentRow> treatments(Intake intake) {
        List<IntakeView.TreatmentRow> rows = new ArrayList<>();
        if (intake != null) {
            for (int i = 0; i < intake.priorTreatments().size(); i++) {
                PriorTreatment t = intake.priorTreatments().get(i);
                rows.add(new IntakeView.TreatmentRow(i, label(t.category().name()), t.description(), t.startedOn(), t.endedOn(),
                        label(t.response().name())));
            }
        }
        return rows;
    }

    /** PHYSICAL_THERAPY → "Physical therapy". */
    static String label(String code) {
        String s = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
