package com.clinicsuite.web.schedule;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.treatment.application.PlanRows;
import com.clinicsuite.treatment.application.TreatmentPlans;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Booking a plan's series (front desk): the system proposes dates and times that respect the plan's spacing,
 * provider hours and leave, rooms and the integration rule; the front desk adjusts rows and books them all in one step.
 * Nothing clinical from the plan is shown, only what to book.
 */
@Named
@ViewScoped
public class SeriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One proposed appointment, editable before booking. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean include = true;
        private final String label;
        private final String typeCode;
        private final String typeLabel;
        private final String discipline;
        private final String resourceKind;
        private LocalDate date;
        private String time;
        private String providerId;
        private String resourceId;
        private final String problem;

        Row(SchedulingRows.ProposedRow p, SchedulingRows.TypeRow type) {
            label = p.label();
            typeCode = p.typeCode();
            typeLabel = p.typeLabel();
            discipline = type.discipline();
            resourceKind = type.resourceKind();
            date = p.startsAt() == null ? null : p.startsAt().toLocalDate();
            time = p.startsAt() == null ? null : p.startsAt().toLocalTime().toString();
            providerId = p.providerId() == null ? null : p.providerId().toString();
            resourceId = p.resourceId() == null ? null : p.resourceId().toString();
            problem = p.problem();
        }

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getLabel() { return label; }
        public String getTypeCode() { return typeCode; }
        public String getTypeLabel() { return typeLabel; }
        public String getDiscipline() { return discipline; }
        public String getResourceKind() { return resourceKind; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
        public String getProviderId() { return providerId; }
        public void setProviderId(String providerId) { this.providerId = providerId; }
        public String getResourceId() { return resourceId; }
        public void setResourceId(String resourceId) { this.resourceId = resourceId; }
        public String getProblem() { return problem; }
    }

    @Inject
    private TreatmentPlans plans;

    @Inject
    private SchedulingSetup setup;

    @Inject
    private PatientDirectory patients;

    private String patientId;
    private PatientSummary patient;
    private PlanRows.Booking booking;
    private Map<String, SchedulingRows.TypeRow> types = Map.of();
    private LocalDate fromDay = LocalDate.now().plusDays(1);
    private String fromTime = "09:00";
    private List<Row> rows = List.of();

    /** Reads the {@code patient} view parameter. */
    public void load() {
        if (patient != null || patientId == null) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(patientId);
        } catch (IllegalArgumentException notAUuid) {
            Messages.error(null, "This link does not name a patient.");
            return;
        }
        patient = patients.summary(id);
        booking = plans.bookingFor(id).orElse(null);
        types = setup.types().stream().collect(Collectors.toMap(SchedulingRows.TypeRow::code, Function.identity()));
    }

    public void propose() {
        List<SchedulingRows.ProposedRow> proposed = plans.proposeSeries(booking.planId(), LocalDateTime.of(fromDay, LocalTime.parse(fromTime)));
        rows = proposed.stream().map(p -> new Row(p, types.get(p.typeCode()))).collect(Collectors.toCollection(ArrayList::new));
        long unplaced = rows.stream().filter(r -> r.getDate() == null).count();
        Messages.info(rows.size() + " appointments proposed" + (unplaced == 0 ? "." : "; " + unplaced
                + " need a time chosen by hand (or untick them).") + " Adjust any row, then book the series.");
    }

    public String book() {
        List<Commands.Book> series = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.isInclude()) {
                continue;
            }
            if (r.getDate() == null || r.getTime() == null || r.getTime().isBlank()) {
                Messages.error(null, "\"" + r.getLabel() + "\" has no date and time; choose one or untick the row.");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            String missing = uuid(r.getProviderId()) == null ? "provider" : uuid(r.getResourceId()) == null ? "room" : null;
            if (missing != null) {
                // next to the row's empty picker, and named at the top
                String what = missing.equals("provider") ? "provider" : "chair or room";
                Messages.error("seriesForm:proposal:" + i + ":" + missing, "Choose a " + what + ".");
                Messages.error(null, "\"" + r.getLabel() + "\" has no " + what + "; choose one or untick the row.");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            series.add(new Commands.Book(patient.id(), uuid(r.getProviderId()), uuid(r.getResourceId()), r.getTypeCode(),
                    LocalDateTime.of(r.getDate(), LocalTime.parse(r.getTime())), booking.planId()));
        }
        if (series.isEmpty()) {
            Messages.error(null, "Tick at least one appointment to book.");
            return null;
        }
        List<SchedulingRows.AppointmentRow> booked = plans.bookSeries(booking.planId(), series);
        Messages.flashInfo("Booked " + booked.size() + " appointments for " + patient.displayName() + ".");
        LocalDate first = booked.stream().map(a -> a.startsAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .min(LocalDate::compareTo).orElse(LocalDate.now());
        return "/schedule/calendar?faces-redirect=true&date=" + first + "&patient=" + patient.id();
    }

    /** Every quarter hour of the day: providers' hours decide what can be booked. */
    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            times.add(LocalTime.MIDNIGHT.plusMinutes(minutes).toString());
        }
        return times;
    }

    public long getIncludedCount() {
        return rows.stream().filter(Row::isInclude).count();
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public PatientSummary getPatient() { return patient; }
    public PlanRows.Booking getBooking() { return booking; }
    public LocalDate getFromDay() { return fromDay; }
    public void setFromDay(LocalDate fromDay) { this.fromDay = fromDay; }
    public String getFromTime() { return fromTime; }
    public void setFromTime(String fromTime) { this.fromTime = fromTime; }
    public List<Row> getRows() { return rows; }
}
