package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.Contraindication.Answer;
import com.clinicsuite.patients.domain.assessment.EligibilityGate;
import com.clinicsuite.patients.domain.assessment.EligibilityGate.Decision;
import com.clinicsuite.patients.domain.assessment.IcdCatalog;
import com.clinicsuite.patients.domain.assessment.MorphineEquivalents;
import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A patient's intake assessment by a physician. Its eligibility decision passes the contraindication gate:
 * a blocking item answered yes or unknown prevents "eligible" unless the physician overrides with a reason.
 * Changing the screen after a decision withdraws the decision, so it is always made on the current answers.
 */
@Entity
@Table(name = "intake")
public class Intake extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false, unique = true)
    private UUID patientId;

    @ElementCollection
    @CollectionTable(name = "intake_contraindication", joinColumns = @JoinColumn(name = "intake_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "item")
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private Map<Contraindication, Answer> screen = new EnumMap<>(Contraindication.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "intake_diagnosis", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "position")
    private List<Diagnosis> diagnoses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_medication", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "position")
    private List<Medication> medications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_allergy", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "position")
    private List<Allergy> allergies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_prior_treatment", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "position")
    private List<PriorTreatment> priorTreatments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_history", joinColumns = @JoinColumn(name = "intake_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false)
    private Set<HistoryItem> history = EnumSet.noneOf(HistoryItem.class);

    @Embedded
    private Vitals vitals;

    protected Intake() {
        // for JPA
    }

    public static Intake start(UUID patientId) {
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.patientId = Objects.requireNonNull(patientId, "patientId");
        return intake;
    }

    /** Records the screen's answers; a decision made on other answers is withdrawn. */
    public void answerScreen(Map<Contraindication, Answer> answers) {
        Map<Contraindication, Answer> next = new EnumMap<>(Contraindication.class);
        answers.forEach((item, answer) -> {
            if (answer != null) {
                next.put(item, answer);
            }
        });
        if (decision != null && !next.equals(screen)) {
            withdrawDecision();
        }
        screen.clear();
        screen.putAll(next);
    }

    /**
     * Records the physician's eligibility decision.
     *
     * @throws BusinessRuleException when the gate does not allow it, saying why
     */
    public void decide(Decision newDecision, String reason, String physician, Instant at) {
        gate().check(newDecision, reason);
        decision = newDecision;
        overrideReason = newDecision == Decision.ELIGIBLE_WITH_OVERRIDE ? reason.strip() : null;
        decidedBy = physician;
        decidedAt = at;
    }

    private void withdrawDecision() {
        decision = null;
        overrideReason = null;
        decidedBy = null;
        decidedAt = null;
    }

    public EligibilityGate gate() {
        return new EligibilityGate(screen);
    }

    /** Adds a diagnosis; only billable codes from the clinic's list, each once. */
    public void addDiagnosis(IcdCatalog catalog, String code, LocalDate onset, String bodySite, String laterality,
                             String character, LocalDate today) {
        IcdCatalog.IcdCode icd = catalog.requireBillable(code);
        if (diagnoses.stream().anyMatch(d -> d.code().equals(icd.code()))) {
            throw new BusinessRuleException("intake.diagnosis.duplicate", "code", icd.code() + " is already on the intake.");
        }
        if (onset != null && onset.isAfter(today)) {
            throw new BusinessRuleException("intake.diagnosis.onset", "onset", "Onset cannot be in the future.");
        }
        diagnoses.add(new Diagnosis(icd.code(), icd.description(), onset, blankToNull(bodySite), blankToNull(laterality),
                blankToNull(character)));
    }

    public void removeDiagnosis(String code) {
        if (!diagnoses.removeIf(d -> d.code().equals(code))) {
            throw new BusinessRuleException("intake.diagnosis.missing", code + " is not on the intake.");
        }
    }

    public void addMedication(Medication medication) {
        medications.add(Objects.requireNonNull(medication));
    }

    public void removeMedication(int index) {
        if (index < 0 || index >= medications.size()) {
            throw new BusinessRuleException("intake.medication.missing", "That medication is no longer on the list; reload the page.");
        }
        medications.remove(index);
    }

    public void addAllergy(String substance, String reaction) {
        if (substance == null || substance.isBlank()) {
            throw new BusinessRuleException("intake.allergy.substance", "substance", "Name the substance.");
        }
        allergies.add(new Allergy(substance.strip(), blankToNull(reaction)));
    }

    public void removeAllergy(int index) {
        if (index < 0 || index >= allergies.size()) {
            throw new BusinessRuleException("intake.allergy.missing", "That allergy is no longer on the list; reload the page.");
        }
        allergies.remove(index);
    }

    /** Adds a treatment already tried; its dates must be in order and not in the future. */
    public void addPriorTreatment(PriorTreatment.Category category, String description, LocalDate startedOn, LocalDate endedOn,
                                  PriorTreatment.Response response, LocalDate today) {
        if (category == null) {
            throw new BusinessRuleException("intake.treatment.category", "category", "Choose the kind of treatment.");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessRuleException("intake.treatment.description", "description", "Say what was tried.");
        }
        if (description.strip().length() > 200) {
            throw new BusinessRuleException("intake.treatment.description.tooLong", "description", "At most 200 characters.");
        }
        if (startedOn != null && startedOn.isAfter(today) || endedOn != null && endedOn.isAfter(today)) {
            throw new BusinessRuleException("intake.treatment.future", "startedOn", "Treatment dates cannot be in the future.");
        }
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            throw new BusinessRuleException("intake.treatment.order", "endedOn", "The end date is before the start date.");
        }
        priorTreatments.add(new PriorTreatment(category, description.strip(), startedOn, endedOn,
                response == null ? PriorTreatment.Response.UNKNOWN : response));
    }

    public void removePriorTreatment(int index) {
        if (index < 0 || index >= priorTreatments.size()) {
            throw new BusinessRuleException("intake.treatment.missing", "That treatment is no longer on the list; reload the page.");
        }
        priorTreatments.remove(index);
    }

    /** Replaces the medical history checklist. */
    public void recordHistory(Set<HistoryItem> items) {
        history.clear();
        history.addAll(items);
    }

    public void recordVitals(Vitals measured) {
        this.vitals = Objects.requireNonNull(measured);
    }

    /** Today's total daily MME of the current opioids. */
    public BigDecimal dailyMme() {
        return MorphineEquivalents.dailyTotal(medications.stream().flatMap(m -> m.opioidDose().stream()).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Map<Contraindication, Answer> screen() { return Collections.unmodifiableMap(screen); }
    public Decision decision() { return decision; }
    public String overrideReason() { return overrideReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public List<Diagnosis> diagnoses() { return Collections.unmodifiableList(diagnoses); }
    public List<Medication> medications() { return Collections.unmodifiableList(medications); }
    public List<Allergy> allergies() { return Collections.unmodifiableList(allergies); }
    public Vitals vitals() { return vitals; }
    public List<PriorTreatment> priorTreatments() { return Collections.unmodifiableList(priorTreatments); }
    public Set<HistoryItem> history() { return Collections.unmodifiableSet(history); }
}
