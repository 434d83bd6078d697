package com.clinicsuite.patients.application.intake;

import com.clinicsuite.patients.domain.Patient;
import com.clinicsuite.patients.domain.PatientRepository;
import com.clinicsuite.patients.domain.assessment.Contraindication;
import com.clinicsuite.patients.domain.assessment.EligibilityGate;
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

    /**
     * Everything the chart page shows from the patient record, in one transaction: whether the caller may open the
     * chart and, if so, header, alerts, questionnaires and MME history. The page view is audited once
     * ({@code chart.open}, naming its sections), which also covers the page's reads of the patient's plans,
     * appointments and packages in this request. A closed chart is audited as a refusal and returns no content.
     */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public ChartSnapshot chart(@NotNull UUID patientId) {
        // the patient (kept in this transaction's persistence context, where the access check finds it) and the intake
        IntakeRepository.PatientWithIntake read = intakes.patientForHeader(patientId).orElseGet(() ->
                new IntakeRepository.PatientWithIntake(patients.require(patientId), null));
        com.clinicsuite.patients.application.access.ChartAccessStatus status = access.status(patientId);
        if (!status.open()) {
            return ChartSnapshot.closed(status);
        }
        List<ClinicalAlert> alerts = intakes.alerts(patientId);
        ChartHeader header = headerOf(read.patient(), read.intake(), alerts);
        List<QuestionnaireRow> questionnaires = intakes.responses(patientId).stream().map(ClinicalRecord::row).toList();
        List<MmePoint> mme = intakes.mmeHistory(patientId).stream().map(s -> new MmePoint(s.recordedAt(), s.dailyMme())).toList();
        audit.recordChartPage(patientId, "chart page: header, alerts, questionnaires, trends, treatment plans, appointments, packages");
        return new ChartSnapshot(status, header, alerts.stream().map(ClinicalRecord::row).toList(), questionnaires, mme);
    }

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
        return headerOf(p, intakes.forHeader(p.id()).orElse(null), intakes.alerts(p.id()));
    }

    /** The header from the intake's screen and allergies (nothing else of the intake is read) and the alerts. */
    private ChartHeader headerOf(Patient p, Intake intake, List<ClinicalAlert> alerts) {
        UUID patientId = p.id();
        EligibilityGate gate = new EligibilityGate(intake == null ? java.util.Map.of() : intake.screen());
        int openAlerts = (int) alerts.stream().filter(a -> a.isOpen() && ClinicalAlert.SELF_HARM.equals(a.kind())).count();
        List<String> allergies = intake == null ? List.of() : intake.allergies().stream()
                .map(a -> a.substance() + (a.reaction() == null ? "" : " (" + a.reaction() + ")")).toList();
        return new ChartHeader(patientId, p.mrn().value(), p.familyName() + ", " + p.givenName(), p.details().preferredName(),
                p.ageOn(LocalDate.now(clock)), p.isActive(), allergies,
                gate.blocking().stream().map(Contraindication::label).toList(), gate.unanswered().size(),
                intake == null || intake.decision() == null ? null : intake.decision().name(), openAlerts, missingConsents(patientId));
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
        audit.recordRead("questionnaire.list", patientId, "questionnaire history");
        return intakes.responses(patientId).stream().map(ClinicalRecord::row).toList();
    }

    /** Daily MME over time. */
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.PHYSICAL_THERAPIST, Roles.COUNSELOR})
    public List<MmePoint> mmeHistory(@NotNull UUID patientId) {
        patients.require(patientId);
        access.requireChartAccess(patientId);
        audit.recordRead("mme.list", patientId, "MME history");
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
