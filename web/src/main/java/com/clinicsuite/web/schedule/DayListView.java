package com.clinicsuite.web.schedule;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The day list: who is coming when, with check-in and cancellation; and the booking form. */
@Named
@ViewScoped
public class DayListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a");

    /** One line of the day list. */
    public record Line(SchedulingRows.AppointmentRow appointment, String patientName, String mrn, String time)
            implements Serializable {
    }

    @Inject
    private Appointments appointments;

    @Inject
    private SchedulingSetup setup;

    @Inject
    private PatientDirectory patients;

    private LocalDate day = LocalDate.now();
    private List<Line> lines;
    private List<SchedulingRows.TypeRow> types;

    // booking form
    private String patientId;
    private PatientSummary patient;
    private String typeCode;
    private String providerId;
    private String resourceId;
    private LocalDate bookDay = LocalDate.now().plusDays(1);
    private String bookTime = "09:00";
    private UUID cancelling;
    private String cancelReason;

    @PostConstruct
    void init() {
        types = setup.types();
    }

    /** Reads the {@code patient} view parameter: the patient to book for. */
    public void loadPatient() {
        if (patientId != null && !patientId.isBlank() && patient == null) {
            try {
                patient = patients.summary(UUID.fromString(patientId));
            } catch (IllegalArgumentException notAUuid) {
                Messages.error(null, "This link does not name a patient.");
            }
        }
    }

    /** The day's appointments, a page at a time (a busy day of a large clinic has thousands). */
    public org.primefaces.model.LazyDataModel<Line> getAppointments() {
        return model;
    }

    /** The lines of the page on screen. */
    public List<Line> getLines() {
        return lines == null ? List.of() : lines;
    }

    private final org.primefaces.model.LazyDataModel<Line> model = new DayModel();

    /** Rows per page of the day list. */
    static final int PAGE = 25;

    private final class DayModel extends org.primefaces.model.LazyDataModel<Line> {

        private static final long serialVersionUID = 1L;

        /** The first page, read with the count, for the load that follows it. */
        private transient com.clinicsuite.shared.application.PageResult<SchedulingRows.AppointmentRow> prefetched;

        @Override
        public int count(Map<String, org.primefaces.model.FilterMeta> filterBy) {
            prefetched = appointments.day(day, new com.clinicsuite.shared.application.PageRequest(0, PAGE, null, true));
            return (int) prefetched.total();
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, org.primefaces.model.SortMeta> sortBy,
                               Map<String, org.primefaces.model.FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, com.clinicsuite.shared.application.PageRequest.MAX_LIMIT));
            var page = prefetched != null && first == 0 && size == PAGE ? prefetched
                    : appointments.day(day, new com.clinicsuite.shared.application.PageRequest(Math.max(0, first), size, null, true));
            prefetched = null;
            setRowCount((int) page.total());
            List<SchedulingRows.AppointmentRow> rows = page.rows();
            Map<UUID, PatientSummary> names = patients.summaries(rows.stream().map(SchedulingRows.AppointmentRow::patientId)
                    .collect(Collectors.toSet()));
            ZoneId zone = ZoneId.systemDefault();
            lines = new ArrayList<>();
            for (SchedulingRows.AppointmentRow r : rows) {
                PatientSummary p = names.get(r.patientId());
                lines.add(new Line(r, p == null ? "" : p.displayName(), p == null ? "" : p.mrn(),
                        r.startsAt().atZone(zone).toLocalTime().format(TIME) + "–" + r.endsAt().atZone(zone).toLocalTime().format(TIME)));
            }
            return lines;
        }

        @Override
        public String getRowKey(Line line) {
            return line.appointment().id().toString();
        }

        @Override
        public Line getRowData(String rowKey) {
            return getLines().stream().filter(l -> l.appointment().id().toString().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public void showDay() {
        lines = null;
    }

    public void previousDay() {
        day = day.minusDays(1);
        lines = null;
    }

    public void nextDay() {
        day = day.plusDays(1);
        lines = null;
    }

    public void book() {
        SchedulingRows.AppointmentRow saved = appointments.book(new Commands.Book(patient == null ? null : patient.id(),
                uuid(providerId), uuid(resourceId), typeCode, LocalDateTime.of(bookDay, LocalTime.parse(bookTime)), null));
        Messages.info("Booked " + saved.typeLabel() + " on " + bookDay.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " at " + bookTime + " with " + saved.providerName() + ".");
        day = bookDay;
        lines = null;
    }

    /** Checks the patient in and shows what they owe, their credit and package sessions left, so the desk can take a payment now. */
    public void checkIn(SchedulingRows.AppointmentRow a) {
        appointments.checkIn(a.id(), a.version());
        com.clinicsuite.billing.application.BillingRows.CheckInBalance b = accounts.checkIn(a.patientId());
        Messages.info("Checked in. " + (b.balance().signum() > 0 ? "Balance due: $" + b.balance() + " (use Take payment)."
                : b.balance().signum() < 0 ? "Credit on account: $" + b.balance().negate() + "." : "Nothing is owed.")
                + (b.packageSessionsLeft() > 0 ? " Package sessions left: " + b.packageSessionsLeft() + "." : ""));
        lines = null;
    }

    @jakarta.inject.Inject
    private com.clinicsuite.billing.application.Accounts accounts;

    public void checkOut(SchedulingRows.AppointmentRow a) {
        appointments.checkOut(a.id(), a.version());
        Messages.info("Checked out.");
        lines = null;
    }

    public void noShow(SchedulingRows.AppointmentRow a) {
        appointments.noShow(a.id(), a.version());
        Messages.info("Marked as no-show.");
        lines = null;
    }

    /** No-show is offered once the start time has passed. */
    public boolean started(SchedulingRows.AppointmentRow a) {
        return !a.startsAt().isAfter(java.time.Instant.now());
    }

    public void startCancel(SchedulingRows.AppointmentRow a) {
        cancelling = a.id();
        cancelReason = null;
    }

    public void cancel() {
        SchedulingRows.AppointmentRow a = appointments.get(cancelling);
        SchedulingRows.AppointmentRow done = appointments.cancel(a.id(), a.version(), cancelReason);
        Messages.info("Cancelled" + (done.lateCancel() ? " (late cancellation: less than 24 h before)." : "."));
        lines = null;
    }

    /** Start times every 15 minutes from 07:00 to 19:45. */
    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = LocalTime.of(7, 0); t.isBefore(LocalTime.of(20, 0)); t = t.plusMinutes(15)) {
            times.add(t.toString());
        }
        return times;
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public List<SchedulingRows.TypeRow> getTypes() { return types; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public PatientSummary getPatient() { return patient; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }

    /** The chosen appointment type (null until one is chosen): the pickers offer only its discipline and kind of room. */
    public SchedulingRows.TypeRow getType() {
        return types.stream().filter(t -> t.code().equals(typeCode)).findFirst().orElse(null);
    }

    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public String getResourceId() { return resourceId; }
    public void setResourceId(String resourceId) { this.resourceId = resourceId; }
    public LocalDate getBookDay() { return bookDay; }
    public void setBookDay(LocalDate bookDay) { this.bookDay = bookDay; }
    public String getBookTime() { return bookTime; }
    public void setBookTime(String bookTime) { this.bookTime = bookTime; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public LocalDate getToday() { return LocalDate.now(); }
}
