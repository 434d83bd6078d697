package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.assessment.Instrument;
import com.clinicsuite.patients.domain.consent.Consent;
import com.clinicsuite.patients.domain.consent.ConsentRepository;
import com.clinicsuite.patients.domain.consent.ConsentType;
import com.clinicsuite.patients.domain.intake.ClinicalAlert;
import com.clinicsuite.patients.domain.intake.Intake;
import com.clinicsuite.patients.domain.intake.IntakeRepository;
import com.clinicsuite.patients.domain.intake.QuestionnaireResponse;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The clinical record over time: the chart header, questionnaires with their scores and trends, MME history,
 * and alerts. A PHQ-9 with item 9 above 0 raises an alert that a clinician must acknowledge with a note.
 */
@Stateless
public class ClinicalRecord {

    @Inject
    private IntakeRepository intakes;

    @Inject
    private PatientRepository patients;

    @Inject
    private ConsentRepository consents;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    /** The chart header; opening a chart is audited. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ChartHeader header(@NotNull UUID patientId) {
        Patient p = patients.require(patientId);
        access.requireChartAccess(patientId);
        audit.record("chart.open", patientId, "chart header");
        return headerOf(p);
    }

    /**
     * The header a visit shows (name, age, allergies, open alerts, missing consents): what the clinician running a
     * booked, checked-in visit needs for safety, whether or not they are on the care team. The chart itself (notes,
     * intake, questionnaires, plans) stays behind the care-team rule. Audited as {@code visit.header}.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ChartHeader visitHeader(@NotNull UUID patientId) {
        Patient p = patients.require(patientId);
        audit.record("visit.header", patientId, "visit header");
        return headerOf(p);
    }

    private ChartHeader headerOf(Patient p) {
        UUID patientId = p.id();
        Intake intake = intakes.forPatient(patientId).orElse(null);
        IntakeView view = IntakeViews.of(patientId, intake);
        int openAlerts = (int) intakes.alerts(patientId).stream()
                .filter(a -> a.isOpen() && ClinicalAlert.SELF_HARM.equals(a.kind())).count();
        return new ChartHeader(patientId, p.mrn().value(), p.familyName() + ", " + p.givenName(), p.details().preferredName(),
                p.ageOn(LocalDate.now(clock)), p.isActive(),
                view.allergies().stream().map(a -> a.substance() + (a.reaction() == null ? "" : " (" + a.reaction() + ")")).toList(),
                view.blocking(), view.unanswered(), view.decision(), openAlerts, missingConsents(patientId));
    }

    private List<String> missingConsents(UUID patientId) {
        List<Consent> onFile = consents.forPatient(patientId);
        return java.util.Arrays.stream(ConsentType.values())
                .filter(t -> onFile.stream().noneMatch(c -> c.type() == t && c.isInForce()))
                .map(ConsentType::label).toList();
    }

    /** Scores and records a questionnaire; PHQ-9 item 9 above 0 raises an alert at once. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public QuestionnaireRow recordQuestionnaire(@NotNull UUID patientId, @NotNull @Valid Commands.RecordQuestionnaire c) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        Instrument instrument = Choice.of(Instrument.class, c.instrument(), "instrument", "Questionnaire");
        Instant now = clock.instant();
        String by = session.getCallerPrincipal().getName();
        QuestionnaireResponse r = QuestionnaireResponse.record(patientId, instrument, c.answers(), c.takenOn(),
                LocalDate.now(clock), by, now);
        intakes.add(r);
        audit.record("questionnaire.record", patientId, instrument.label() + " of " + c.takenOn() + ": " + r.score());
        if (r.selfHarmAlert()) {
            intakes.add(ClinicalAlert.raise(patientId, ClinicalAlert.SELF_HARM,
                    "PHQ-9 item 9 (thoughts of self-harm) answered " + c.answers().get(8) + " on " + c.takenOn()
                            + ", recorded by " + by + ". Assess safety today.", now));
            audit.record("alert.raise", patientId, "PHQ-9 item 9 alert");
        }
        return row(r);
    }

    /** Every questionnaire of the patient, oldest first, for the history table and the trend chart. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<QuestionnaireRow> questionnaires(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        audit.record("questionnaire.list", patientId, "questionnaire history");
        return intakes.responses(patientId).stream().map(ClinicalRecord::row).toList();
    }

    /** Daily MME over time. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<MmePoint> mmeHistory(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        audit.record("mme.list", patientId, "MME history");
        return intakes.mmeHistory(patientId).stream().map(s -> new MmePoint(s.recordedAt(), s.dailyMme())).toList();
    }

    /** The patient's alerts, newest first. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<AlertRow> alerts(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        return intakes.alerts(patientId).stream().map(ClinicalRecord::row).toList();
    }

    /** A clinician acknowledges an alert with a note of what was done. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public AlertRow acknowledge(@NotNull UUID alertId, String note) {
        ClinicalAlert alert = intakes.alert(alertId).orElseThrow(() -> new BusinessRuleException("alert.notFound",
                "No such alert; reload the chart."));
        access.requireChartAccess(alert.patientId());
        alert.acknowledge(session.getCallerPrincipal().getName(), note, clock.instant());
        intakes.flush();
        audit.record("alert.acknowledge", alert.patientId(), "note: " + note.strip());
        return row(alert);
    }

    /** One point of the MME trend. */
    public record MmePoint(Instant at, BigDecimal dailyMme) implements java.io.Serializable {
    }


    private static QuestionnaireRow row(QuestionnaireResponse r) {
        return new QuestionnaireRow(r.instrument().name(), r.instrument().label(), r.takenOn(), plain(r.score()),
                plain(r.secondaryScore()), r.band(), r.selfHarmAlert(), r.recordedBy());
    }

    /** 7.00 → 7, 44.40 → 44.4, 5.50 → 5.5: the stored scale is not the answer's precision. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static AlertRow row(ClinicalAlert a) {
        return new AlertRow(a.id(), a.kind(), a.detail(), a.raisedAt(), a.isOpen(), a.acknowledgedBy(), a.acknowledgedAt(),
                a.acknowledgementNote());
    }

}
