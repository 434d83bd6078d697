package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.AlertRow;
import com.clinicsuite.patients.application.intake.ChartHeader;
import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.QuestionnaireRow;
import com.clinicsuite.scheduling.application.SchedulingRows.AppointmentRow;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The chart page: header, alerts, questionnaire history and the trend chart. */
@Named
@ViewScoped
public class ChartView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicalRecord record;

    @Inject
    private com.clinicsuite.patients.application.access.ChartAccess access;

    private com.clinicsuite.patients.application.access.ChartAccessStatus accessStatus;
    private String emergencyReason;

    @Inject
    private com.clinicsuite.treatment.application.TreatmentPlans treatmentPlans;

    private List<com.clinicsuite.treatment.application.PlanRows.PlanSummary> plans = List.of();

    @Inject
    private com.clinicsuite.billing.application.Accounts accounts;

    /** Active packages with sessions left: the one billing fact clinicians see. */
    private List<com.clinicsuite.billing.application.BillingRows.PackageRow> packages = List.of();

    @Inject
    private com.clinicsuite.scheduling.application.Appointments appointments;

    private List<AppointmentRow> upcoming = List.of();
    private PastAppointments past = new PastAppointments(List.of(), 0, java.time.Instant.EPOCH);

    private String id;
    private UUID patientId;
    private ChartHeader header;
    private List<AlertRow> alerts = List.of();
    private List<QuestionnaireRow> questionnaires = List.of();
    private String trendJson = "{}";
    private final Map<UUID, String> notes = new HashMap<>();
    private boolean sectionsShown;

    /** Loads the chart named by the {@code id} view parameter. */
    public void load() {
        if (header != null || id == null) {
            return;
        }
        try {
            patientId = UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            Messages.error(null, "This link does not name a patient.");
            return;
        }
        try {
            refresh();
        } catch (com.clinicsuite.shared.error.BusinessRuleException notFound) {
            Messages.error(null, notFound.getMessage());
        }
    }

    /** Break the glass: emergency access with a reason, then the chart opens. */
    public String breakTheGlass() {
        var grant = access.breakTheGlass(patientId, emergencyReason);
        Messages.flashInfo("Emergency access granted until " + at(grant.expiresAt())
                + ". It is recorded in the audit trail and an administrator will review it.");
        return "/patients/chart?faces-redirect=true&id=" + patientId;
    }

    /** The chart is closed to the caller: not on the care team and no emergency access. */
    public boolean isClosed() {
        return accessStatus != null && !accessStatus.open();
    }

    /** The chart is open to the caller only through an emergency access. */
    public boolean isEmergency() {
        return accessStatus != null && accessStatus.emergency();
    }

    public com.clinicsuite.patients.application.access.ChartAccessStatus getAccessStatus() { return accessStatus; }
    public String getEmergencyReason() { return emergencyReason; }
    public void setEmergencyReason(String emergencyReason) { this.emergencyReason = emergencyReason; }

    /**
     * Reads the chart (again, after a change): the patient record's part in one call with one audit row for the page,
     * then plans, appointments and packages, which that row covers. Nothing is read when the chart is closed.
     */
    public void refresh() {
        var chart = record.chart(patientId);
        accessStatus = chart.access();
        if (!accessStatus.open()) {
            return;
        }
        header = chart.header();
        alerts = chart.alerts();
        questionnaires = chart.questionnaires();
        trendJson = TrendChart.json(questionnaires, chart.mme());
        plans = treatmentPlans.forPatient(patientId);
        splitAppointments(appointments.forPatient(patientId));
        packages = accounts.packages(patientId).stream().filter(p -> p.remaining() > 0 && "ACTIVE".equals(p.status())).toList();
    }

    public List<com.clinicsuite.billing.application.BillingRows.PackageRow> getPackages() { return packages; }

    /** Notes and the intake form render after the page, in the request this starts (see chart.xhtml). */
    public void showSections() {
        sectionsShown = header != null;
    }

    public boolean isSectionsShown() { return sectionsShown; }

    /** Appointments from now on, soonest first. */
    public List<AppointmentRow> getUpcoming() {
        return upcoming;
    }

    /** Appointments that have started, newest first, a page at a time: the view keeps the first page, later pages are read when shown. */
    public PastAppointments getPast() {
        return past;
    }

    /** Rows of the past appointments' first page; a patient with 500 visits keeps 10 of them in the session, not 500. */
    static final int PAST_PAGE = 10;

    private void splitAppointments(List<AppointmentRow> newestFirst) {
        java.time.Instant now = java.time.Instant.now();
        upcoming = newestFirst.stream().filter(a -> a.startsAt().isAfter(now)).sorted(java.util.Comparator.comparing(AppointmentRow::startsAt)).toList();
        List<AppointmentRow> started = newestFirst.stream().filter(a -> !a.startsAt().isAfter(now)).toList();
        past = new PastAppointments(List.copyOf(started.subList(0, Math.min(PAST_PAGE, started.size()))), started.size(), now);
    }

    /** The past appointments table's model: the first page comes with the chart's one appointment read, later pages from {@code pastOf}. */
    public final class PastAppointments extends org.primefaces.model.LazyDataModel<AppointmentRow> {
        private static final long serialVersionUID = 1L;
        private final List<AppointmentRow> firstPage;
        private final java.time.Instant splitAt;
        private int total;

        PastAppointments(List<AppointmentRow> firstPage, int total, java.time.Instant splitAt) {
            this.firstPage = firstPage;
            this.total = total;
            this.splitAt = splitAt;
            setRowCount(total);
        }

        @Override
        public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
            return total;
        }

        @Override
        public List<AppointmentRow> load(int first, int pageSize, java.util.Map<String, org.primefaces.model.SortMeta> sortBy,
                                         java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
            if (first == 0 && pageSize == PAST_PAGE) {
                return firstPage;
            }
            var page = appointments.pastOf(patientId, splitAt, new com.clinicsuite.shared.application.PageRequest(Math.max(0, first),
                    Math.max(1, Math.min(pageSize, com.clinicsuite.shared.application.PageRequest.MAX_LIMIT)), null, false));
            total = (int) page.total();
            setRowCount(total);
            return page.rows();
        }

        @Override
        public String getRowKey(AppointmentRow row) {
            return row.id().toString();
        }

        /** More than one page: show the paginator. */
        public boolean isPaged() {
            return total > PAST_PAGE;
        }
    }

    /** Clinic-local date and time of an instant, e.g. 2026-11-21 09:30. */
    public String at(java.time.Instant instant) {
        return instant == null ? "" : instant.atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    /** The open plan (draft, active or on hold) for the header, or null. */
    public com.clinicsuite.treatment.application.PlanRows.PlanSummary getOpenPlan() {
        return plans.stream().filter(p -> List.of("DRAFT", "ACTIVE", "ON_HOLD").contains(p.status())).findFirst().orElse(null);
    }

    public List<com.clinicsuite.treatment.application.PlanRows.PlanSummary> getPlans() { return plans; }

    /** Starts a draft plan and opens it. */
    public String startPlan() {
        var plan = treatmentPlans.start(patientId);
        Messages.flashInfo("Draft plan started with the intake's pain diagnoses as indications. Add goals and components, then sign.");
        return "/patients/plan?faces-redirect=true&id=" + plan.id();
    }

    public void acknowledge(UUID alertId) {
        record.acknowledge(alertId, notes.get(alertId));
        notes.remove(alertId);
        Messages.info("Alert acknowledged.");
        refresh();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public UUID getPatientId() { return patientId; }
    public ChartHeader getHeader() { return header; }
    public List<AlertRow> getAlerts() { return alerts; }
    public List<QuestionnaireRow> getQuestionnaires() { return questionnaires; }

    /** Newest first, for the history table. */
    public List<QuestionnaireRow> getHistory() {
        List<QuestionnaireRow> newestFirst = new java.util.ArrayList<>(questionnaires);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
    public String getTrendJson() { return trendJson; }
    public Map<UUID, String> getNotes() { return notes; }
}
