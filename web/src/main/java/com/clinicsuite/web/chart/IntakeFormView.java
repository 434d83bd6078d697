package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.Commands;
import com.clinicsuite.patients.application.intake.DiagnosisLookup;
import com.clinicsuite.patients.application.intake.IntakeAssessment;
import com.clinicsuite.patients.application.intake.IntakeView;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The intake tab of the chart: screen and decision, diagnoses, medications with MME, allergies, vitals. */
@Named
@ViewScoped
public class IntakeFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntakeAssessment intake;

    @Inject
    private DiagnosisLookup diagnoses;

    @Inject
    private ChartView chart;

    private IntakeView view;
    private final Map<String, String> answers = new HashMap<>();
    private String decision;
    private String overrideReason;
    private final DiagnosisForm diagnosis = new DiagnosisForm();
    private final MedicationForm medication = new MedicationForm();
    private String allergySubstance;
    private String allergyReaction;
    private final VitalsForm vitals = new VitalsForm();
    private final TreatmentForm treatment = new TreatmentForm();
    private List<String> historyItems = new java.util.ArrayList<>();

    /** Reads the intake when the chart's intake section is first rendered (it loads after the page, see chart.xhtml). */
    public void load() {
        if (view == null && chart.getPatientId() != null && chart.getHeader() != null) {
            show(intake.view(chart.getPatientId()));
        }
    }

    private void show(IntakeView v) {
        view = v;
        answers.clear();
        v.screen().forEach(item -> answers.put(item.code(), item.answer()));
        decision = v.decision();
        historyItems = new java.util.ArrayList<>(v.history().stream().filter(IntakeView.ChecklistItem::checked)
                .map(IntakeView.ChecklistItem::code).toList());
    }

    private void apply(Function<Long, IntakeView> change, String message) {
        show(change.apply(view.version()));
        chart.refresh();
        Messages.info(message);
    }

    public void saveScreen() {
        apply(version -> intake.answerScreen(chart.getPatientId(), version, answers), "Contraindication screen saved.");
    }

    public void decide() {
        apply(version -> intake.decide(chart.getPatientId(), version, decision, overrideReason),
                "Eligibility recorded: " + labelOf(decision) + ".");
        overrideReason = null;
    }

    public void addDiagnosis() {
        apply(version -> intake.addDiagnosis(chart.getPatientId(), version, diagnosis.toCommand()), "Diagnosis added.");
        diagnosis.clear();
    }

    public void removeDiagnosis(String code) {
        apply(version -> intake.removeDiagnosis(chart.getPatientId(), version, code), "Diagnosis " + code + " removed.");
    }

    public void addMedication() {
        apply(version -> intake.addMedication(chart.getPatientId(), version, medication.toCommand()), "Medication added.");
        medication.clear();
    }

    public void removeMedication(int index) {
        apply(version -> intake.removeMedication(chart.getPatientId(), version, index), "Medication removed.");
    }

    public void addAllergy() {
        apply(version -> intake.addAllergy(chart.getPatientId(), version, allergySubstance, allergyReaction), "Allergy added.");
        allergySubstance = null;
        allergyReaction = null;
    }

    public void removeAllergy(int index) {
        apply(version -> intake.removeAllergy(chart.getPatientId(), version, index), "Allergy removed.");
    }

    public void addTreatment() {
        apply(version -> intake.addPriorTreatment(chart.getPatientId(), version, treatment.toCommand()), "Treatment added.");
        treatment.clear();
    }

    public void removeTreatment(int index) {
        apply(version -> intake.removePriorTreatment(chart.getPatientId(), version, index), "Treatment removed.");
    }

    public void saveHistory() {
        apply(version -> intake.recordHistory(chart.getPatientId(), version, historyItems), "Medical history saved.");
    }

    public void recordVitals() {
        apply(version -> intake.recordVitals(chart.getPatientId(), version, vitals.toCommand()), "Vitals recorded.");
    }

    private static String labelOf(String decision) {
        return switch (decision == null ? "" : decision) {
            case "ELIGIBLE" -> "eligible";
            case "NOT_ELIGIBLE" -> "not eligible";
            case "ELIGIBLE_WITH_OVERRIDE" -> "eligible with override";
            default -> "none";
        };
    }

    public List<DiagnosisLookup.IcdOption> getIcdOptions() {
        return diagnoses.search("");
    }

    public IntakeView getView() {
        load();
        return view;
    }
    public Map<String, String> getAnswers() { return answers; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public DiagnosisForm getDiagnosis() { return diagnosis; }
    public MedicationForm getMedication() { return medication; }
    public String getAllergySubstance() { return allergySubstance; }
    public void setAllergySubstance(String v) { allergySubstance = v; }
    public String getAllergyReaction() { return allergyReaction; }
    public void setAllergyReaction(String v) { allergyReaction = v; }
    public VitalsForm getVitals() { return vitals; }
    public TreatmentForm getTreatment() { return treatment; }
    public List<String> getHistoryItems() { return historyItems; }
    public void setHistoryItems(List<String> v) { historyItems = v; }
    public LocalDate getToday() { return LocalDate.now(); }

    /** The add-diagnosis form. */
    public static class DiagnosisForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private LocalDate onset;
        private String bodySite;
        private String laterality;
        private String character;

        Commands.AddDiagnosis toCommand() {
            return new Commands.AddDiagnosis(code, onset, bodySite, laterality, character);
        }

        void clear() {
            code = null;
            onset = null;
            bodySite = null;
            laterality = null;
            character = null;
        }

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public LocalDate getOnset() { return onset; }
        public void setOnset(LocalDate v) { onset = v; }
        public String getBodySite() { return bodySite; }
        public void setBodySite(String v) { bodySite = v; }
        public String getLaterality() { return laterality; }
        public void setLaterality(String v) { laterality = v; }
        public String getCharacter() { return character; }
        public void setCharacter(String v) { character = v; }
    }

    /** The add-medication form. */
    public static class MedicationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String drug;
        private String opioid;
        private BigDecimal strength;
        private String unit = "mg";
        private String route = "oral";
        private String frequency;
        private BigDecimal unitsPerDay;
        private String prescriber;

        Commands.AddMedication toCommand() {
            return new Commands.AddMedication(drug, opioid, strength, unit, route, frequency, unitsPerDay, prescriber);
        }

        void clear() {
            drug = null;
            opioid = null;
            strength = null;
            unit = "mg";
            route = "oral";
            frequency = null;
            unitsPerDay = null;
            prescriber = null;
        }

        public String getDrug() { return drug; }
        public void setDrug(String v) { drug = v; }
        public String getOpioid() { return opioid; }
        public void setOpioid(String v) { opioid = v; }
        public BigDecimal getStrength() { return strength; }
        public void setStrength(BigDecimal v) { strength = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getRoute() { return route; }
        public void setRoute(String v) { route = v; }
        public String getFrequency() { return frequency; }
        public void setFrequency(String v) { frequency = v; }
        public BigDecimal getUnitsPerDay() { return unitsPerDay; }
        public void setUnitsPerDay(BigDecimal v) { unitsPerDay = v; }
        public String getPrescriber() { return prescriber; }
        public void setPrescriber(String v) { prescriber = v; }
    }

    /** The treatment-tried form. */
    public static class TreatmentForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category;
        private String description;
        private LocalDate startedOn;
        private LocalDate endedOn;
        private String response;

        Commands.AddPriorTreatment toCommand() {
            return new Commands.AddPriorTreatment(category, description, startedOn, endedOn, response);
        }

        void clear() {
            category = null;
            description = null;
            startedOn = null;
            endedOn = null;
            response = null;
        }

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public LocalDate getStartedOn() { return startedOn; }
        public void setStartedOn(LocalDate v) { startedOn = v; }
        public LocalDate getEndedOn() { return endedOn; }
        public void setEndedOn(LocalDate v) { endedOn = v; }
        public String getResponse() { return response; }
        public void setResponse(String v) { response = v; }
    }

    /** The vitals form. */
    public static class VitalsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer systolic;
        private Integer diastolic;
        private Integer heartRate;
        private Integer spo2;
        private Integer respiratoryRate;
        private BigDecimal weightKg;
        private LocalDate measuredOn = LocalDate.now();

        Commands.RecordVitals toCommand() {
            return new Commands.RecordVitals(systolic, diastolic, heartRate, spo2, respiratoryRate, weightKg, measuredOn);
        }

        public Integer getSystolic() { return systolic; }
        public void setSystolic(Integer v) { systolic = v; }
        public Integer getDiastolic() { return diastolic; }
        public void setDiastolic(Integer v) { diastolic = v; }
        public Integer getHeartRate() { return heartRate; }
        public void setHeartRate(Integer v) { heartRate = v; }
        public Integer getSpo2() { return spo2; }
        public void setSpo2(Integer v) { spo2 = v; }
        public Integer getRespiratoryRate() { return respiratoryRate; }
        public void setRespiratoryRate(Integer v) { respiratoryRate = v; }
        public BigDecimal getWeightKg() { return weightKg; }
        public void setWeightKg(BigDecimal v) { weightKg = v; }
        public LocalDate getMeasuredOn() { return measuredOn; }
        public void setMeasuredOn(LocalDate v) { measuredOn = v; }
    }
}
