package com.clinicsuite.web.schedule;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.scheduling.application.Appointments;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The calendar: day, week or month, for everyone or one provider or one chair or room, coloured by discipline.
 * Events are loaded lazily for the visible range only.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Appointments appointments;

    @Inject
    private SchedulingSetup setup;

    @Inject
    private PatientDirectory patients;

    private SchedulingRows.Choices choices;
    private Map<String, String> disciplineByType;
    private String providerId;
    private String resourceId;
    private ScheduleModel model;
    private LocalDate initialDate = LocalDate.now();
    private String highlightPatient;
    private final Map<String, SchedulingRows.AppointmentRow> shown = new java.util.HashMap<>();
    private final Map<String, String> patientNames = new java.util.HashMap<>();

    @Inject
    private com.clinicsuite.web.security.CurrentUser user;

    // the appointment being moved, and where to
    private SchedulingRows.AppointmentRow moving;
    private LocalDate moveDay;
    private String moveTime;

    @PostConstruct
    void init() {
        choices = setup.choices();
        disciplineByType = setup.types().stream().collect(Collectors.toMap(SchedulingRows.TypeRow::code, SchedulingRows.TypeRow::discipline));
        model = new Model();
    }

    /** Loads the appointments of the visible range. */
    private final class Model extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            List<SchedulingRows.AppointmentRow> rows = appointments.between(start.toLocalDate(), end.toLocalDate(), uuid(providerId), uuid(resourceId));
            Map<UUID, PatientSummary> names = patients.summaries(rows.stream().map(SchedulingRows.AppointmentRow::patientId).collect(Collectors.toSet()));
            ZoneId zone = ZoneId.systemDefault();
            for (SchedulingRows.AppointmentRow a : rows) {
                if ("CANCELLED".equals(a.status())) {
                    continue;
                }
                PatientSummary p = names.get(a.patientId());
                shown.put(a.id().toString(), a);
                patientNames.put(a.id().toString(), p == null ? "" : p.displayName());
                boolean movable = "BOOKED".equals(a.status()) && user.isFrontDesk();
                addEvent(DefaultScheduleEvent.builder()
                        .id(a.id().toString())
                        .title((p == null ? "" : p.displayName()) + " · " + a.typeLabel() + " · " + a.providerName() + " · " + a.resourceName())
                        .startDate(LocalDateTime.ofInstant(a.startsAt(), zone))
                        .endDate(LocalDateTime.ofInstant(a.endsAt(), zone))
                        .styleClass("disc-" + disciplineByType.getOrDefault(a.typeCode(), "OTHER").toLowerCase(Locale.ROOT)
                                + " status-" + a.status().toLowerCase(Locale.ROOT)
                                + (a.patientId().toString().equals(highlightPatient) ? " highlight" : ""))
                        .editable(movable)
                        .resizable(false)
                        .build());
            }
        }
    }

    /** Reads the {@code date} view parameter (yyyy-mm-dd): the calendar opens on that week. */
    public void setDate(String date) {
        try {
            initialDate = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            initialDate = LocalDate.now();
        }
    }

    public String getDate() {
        return initialDate.toString();
    }

    /** An appointment was dragged: ask before moving it. */
    public void onMove(org.primefaces.event.schedule.ScheduleEntryMoveEvent event) {
        SchedulingRows.AppointmentRow a = shown.get(event.getScheduleEvent().getId());
        if (a == null) {
            return;
        }
        LocalDateTime to = LocalDateTime.ofInstant(a.startsAt(), ZoneId.systemDefault()).plus(event.getDeltaAsDuration());
        startMove(a, to);
    }

    /** An appointment was clicked: offer to move it to a typed date and time. */
    public void onSelect(org.primefaces.event.SelectEvent<org.primefaces.model.ScheduleEvent<?>> event) {
        SchedulingRows.AppointmentRow a = shown.get(event.getObject().getId());
        if (a != null && "BOOKED".equals(a.status()) && user.isFrontDesk()) {
            startMove(a, LocalDateTime.ofInstant(a.startsAt(), ZoneId.systemDefault()));
        }
    }

    private void startMove(SchedulingRows.AppointmentRow a, LocalDateTime to) {
        moving = a;
        moveDay = to.toLocalDate();
        moveTime = to.toLocalTime().toString();
        org.primefaces.PrimeFaces.current().ajax().update("moveForm");
        org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').show()");
    }

    /** Confirms the move; the database refuses a clash ("slot just taken"), shown in the dialog. */
    public void confirmMove() {
        LocalDateTime to = LocalDateTime.of(moveDay, java.time.LocalTime.parse(moveTime));
        appointments.reschedule(moving.id(), moving.version(), to, null, null);
        com.clinicsuite.web.faces.Messages.info("Moved " + getMovingName() + " to " + to.toLocalDate() + " " + to.toLocalTime() + ".");
        moving = null;
        model = new Model();
    }

    /** Leaves the appointment where it was (the calendar redraws it there). */
    public void cancelMove() {
        moving = null;
        model = new Model();
    }

    public SchedulingRows.AppointmentRow getMoving() { return moving; }
    public String getMovingName() { return moving == null ? "" : patientNames.getOrDefault(moving.id().toString(), "") + " · " + moving.typeLabel(); }
    public String getMovingFrom() { return moving == null ? "" : LocalDateTime.ofInstant(moving.startsAt(), ZoneId.systemDefault()).toString().replace('T', ' '); }
    public LocalDate getMoveDay() { return moveDay; }
    public void setMoveDay(LocalDate moveDay) { this.moveDay = moveDay; }
    public String getMoveTime() { return moveTime; }
    public void setMoveTime(String moveTime) { this.moveTime = moveTime; }
    public LocalDate getInitialDate() { return initialDate; }

    /** The calendar's first hour: 07:00, or earlier when a provider (now or formerly) starts earlier. */
    public String getMinTime() {
        java.time.LocalTime opens = choices.opens();
        return String.format("%02d:00:00", opens == null ? 7 : Math.min(7, opens.getHour()));
    }

    /** The calendar's last hour: 20:00, or later (up to midnight) when a provider works later, so no appointment falls outside it. */
    public String getMaxTime() {
        java.time.LocalTime closes = choices.closes();
        int hour = closes == null ? 20 : closes.getHour() + (closes.getMinute() > 0 || closes.getSecond() > 0 ? 1 : 0);
        return String.format("%02d:00:00", Math.max(20, hour));
    }
    public String getHighlightPatient() { return highlightPatient; }
    public void setHighlightPatient(String highlightPatient) { this.highlightPatient = highlightPatient; }

    public List<String> getTimes() {
        List<String> times = new java.util.ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            times.add(java.time.LocalTime.MIDNIGHT.plusMinutes(minutes).toString());
        }
        return times;
    }

    /** Applies a changed filter. */
    public void filter() {
        model = new Model();
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public ScheduleModel getModel() { return model; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public String getResourceId() { return resourceId; }
    public void setResourceId(String resourceId) { this.resourceId = resourceId; }
}
