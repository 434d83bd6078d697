package com.clinicsuite.patients.domain.intake;

import com.clinicsuite.patients.domain.assessment.Instrument;
import com.clinicsuite.patients.domain.assessment.QuestionnaireResult;
import com.clinicsuite.patients.domain.assessment.QuestionnaireScoring;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One completed questionnaire, scored when recorded. Append-only: never updated or deleted. */
@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponse {

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", nullable = false, updatable = false)
    private Instrument instrument;

    /** The answers in item order, comma-separated; an empty entry is an unanswered ODI section. */
    @Column(name = "answers", nullable = false, updatable = false)
    private String answers;

    @Column(name = "score", nullable = false, updatable = false)
    private BigDecimal score;

    @Column(name = "secondary_score", updatable = false)
    private BigDecimal secondaryScore;

    @Column(name = "band", updatable = false)
    private String band;

    @Column(name = "self_harm_alert", nullable = false, updatable = false)
    private boolean selfHarmAlert;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected QuestionnaireResponse() {
        // for JPA
    }

    /** Scores and records a questionnaire taken on {@code takenOn} (not in the future). */
    public static QuestionnaireResponse record(UUID patientId, Instrument instrument, List<Integer> answers,
                                               LocalDate takenOn, LocalDate today, String by, Instant at) {
        if (takenOn == null || takenOn.isAfter(today)) {
            throw new BusinessRuleException("questionnaire.date", "takenOn", "Give the date it was completed; it cannot be in the future.");
        }
        QuestionnaireResult result = QuestionnaireScoring.score(instrument, answers);
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.id = UUID.randomUUID();
        r.patientId = patientId;
        r.instrument = instrument;
        r.answers = answers.stream().map(a -> a == null ? "" : a.toString()).collect(Collectors.joining(","));
        r.score = result.score();
        r.secondaryScore = result.secondaryScore();
        r.band = result.band();
        r.selfHarmAlert = result.selfHarmAlert();
        r.takenOn = takenOn;
        r.recordedBy = by;
        r.recordedAt = at;
        return r;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public Instrument instrument() { return instrument; }
    public BigDecimal score() { return score; }
    public BigDecimal secondaryScore() { return secondaryScore; }
    public String band() { return band; }
    public boolean selfHarmAlert() { return selfHarmAlert; }
    public LocalDate takenOn() { return takenOn; }
    public String recordedBy() { return recordedBy; }
}
