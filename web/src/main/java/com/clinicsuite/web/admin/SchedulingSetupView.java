package com.clinicsuite.web.admin;

import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.web.faces.Messages;
import com.clinicsuite.web.faces.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The administrator's scheduling setup: providers with weekday hours, and chairs and rooms (paged tables with a find box). */
@Named
@ViewScoped
public class SchedulingSetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SchedulingSetup setup;

    /** Typed into the "Find" box above each table; after an add, the name added, so the new row shows. */
    private String providerFilter;
    private String resourceFilter;
    private final PagedRows<SchedulingRows.ProviderRow> providers = new PagedRows<>(page -> setup.providerPage(providerFilter, page),
            SchedulingRows.ProviderRow::id);
    private final PagedRows<SchedulingRows.ResourceRow> resources = new PagedRows<>(page -> setup.resourcePage(resourceFilter, page),
            SchedulingRows.ResourceRow::id);

    private String username;
    private String displayName;
    private String discipline;
    private String npi;
    private List<String> days = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
    private String starts = "08:00";
    private String ends = "17:00";
    private String resourceName;
    private String resourceKind;
    private SchedulingRows.ProviderRow editing;
    private List<SchedulingRows.TypeRow> types;
    private SchedulingRows.TypeRow editingType;
    private String typeLabel;
    private Integer typeDuration;
    private Integer typeRecovery;

    private List<SchedulingRows.AbsenceRow> absences;
    /** A provider's id, or {@link com.clinicsuite.web.schedule.BookingPickers#WHOLE_CLINIC} for a clinic holiday. */
    private String absenceProvider = com.clinicsuite.web.schedule.BookingPickers.WHOLE_CLINIC;
    private java.time.LocalDate absenceFirst;
    private java.time.LocalDate absenceLast;
    private String absenceReason;

    public PagedRows<SchedulingRows.ProviderRow> getProviders() {
        return providers;
    }

    public PagedRows<SchedulingRows.ResourceRow> getResources() {
        return resources;
    }

    /** The find box changed: the table starts again from its first page. */
    public void find(String tableId) {
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId)
                instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void addProvider() {
        LocalTime from = LocalTime.parse(starts);
        LocalTime to = LocalTime.parse(ends);
        List<Commands.Hours> hours = days.stream().map(d -> new Commands.Hours(Integer.parseInt(d), from, to)).toList();
        SchedulingRows.ProviderRow saved = setup.addProvider(new Commands.AddProvider(username, displayName, discipline, npi, hours));
        Messages.info("Added " + saved.displayName() + ".");
        providerFilter = saved.displayName();
        find("providerForm:providerTable");
        username = null;
        displayName = null;
        npi = null;
    }

    /** Loads a provider into the form to change their name, NPI and hours. */
    public void edit(SchedulingRows.ProviderRow p) {
        editing = p;
        displayName = p.displayName();
        npi = p.npi();
        days = new ArrayList<>(p.hours().stream().map(h -> Integer.toString(h.dayOfWeek())).toList());
        p.hours().stream().findFirst().ifPresent(h -> {
            starts = h.starts().toString();
            ends = h.ends().toString();
        });
    }

    public void saveEdit() {
        LocalTime from = LocalTime.parse(starts);
        LocalTime to = LocalTime.parse(ends);
        List<Commands.Hours> hours = days.stream().map(d -> new Commands.Hours(Integer.parseInt(d), from, to)).toList();
        SchedulingRows.ProviderRow saved = setup.reviseProvider(editing.id(), editing.version(),
                new Commands.AddProvider(editing.username(), displayName, editing.discipline(), npi, hours));
        Messages.info("Saved " + saved.displayName() + ". Appointments already booked stay where they are.");
        cancelEdit();
    }

    public void cancelEdit() {
        editing = null;
        displayName = null;
        npi = null;
        days = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
    }

    public void setActive(SchedulingRows.ProviderRow p, boolean active) {
        setup.setProviderActive(p.id(), p.version(), active);
        Messages.info(p.displayName() + (active ? " takes appointments again." : " no longer takes new appointments; booked ones stay."));
    }

    public List<SchedulingRows.AbsenceRow> getAbsences() {
        if (absences == null) {
            absences = setup.absences(java.time.LocalDate.now().minusDays(7), java.time.LocalDate.now().plusYears(1));
        }
        return absences;
    }

    public void addAbsence() {
        boolean holiday = absenceProvider == null || absenceProvider.isBlank()
                || com.clinicsuite.web.schedule.BookingPickers.WHOLE_CLINIC.equals(absenceProvider);
        SchedulingRows.AbsenceRow saved = setup.addAbsence(holiday ? null : java.util.UUID.fromString(absenceProvider),
                absenceFirst, absenceLast, absenceReason);
        Messages.info("Recorded: " + saved.providerName() + ", " + saved.firstDay() + " to " + saved.lastDay()
                + ". New bookings on those days are refused; check the calendar for appointments already booked.");
        absences = null;
        absenceFirst = null;
        absenceLast = null;
        absenceReason = null;
    }

    public void removeAbsence(SchedulingRows.AbsenceRow a) {
        setup.removeAbsence(a.id());
        Messages.info("Removed " + a.reason() + ".");
        absences = null;
    }

    public List<SchedulingRows.TypeRow> getTypes() {
        if (types == null) {
            types = setup.types();
        }
        return types;
    }

    public void editType(SchedulingRows.TypeRow t) {
        editingType = t;
        typeLabel = t.label();
        typeDuration = t.durationMinutes();
        typeRecovery = t.recoveryMinutes();
    }

    public void saveType() {
        SchedulingRows.TypeRow saved = setup.reviseType(editingType.code(), editingType.version(), typeLabel,
                typeDuration == null ? 0 : typeDuration, typeRecovery == null ? 0 : typeRecovery);
        Messages.info("Saved " + saved.label() + ". Appointments already booked keep their times.");
        editingType = null;
        types = null;
    }

    public void cancelType() {
        editingType = null;
    }

    public SchedulingRows.TypeRow getEditingType() { return editingType; }
    public String getTypeLabel() { return typeLabel; }
    public void setTypeLabel(String v) { typeLabel = v; }
    public Integer getTypeDuration() { return typeDuration; }
    public void setTypeDuration(Integer v) { typeDuration = v; }
    public Integer getTypeRecovery() { return typeRecovery; }
    public void setTypeRecovery(Integer v) { typeRecovery = v; }

    public void addResource() {
        SchedulingRows.ResourceRow saved = setup.addResource(new Commands.AddResource(resourceName, resourceKind));
        Messages.info("Added " + saved.name() + ".");
        resourceFilter = saved.name();
        find("resourceForm:resourceTable");
        resourceName = null;
    }

    /** "Mon–Fri 08:00–17:00"-style summary of a provider's hours. */
    public String hours(SchedulingRows.ProviderRow p) {
        String[] names = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        return p.hours().stream().sorted(java.util.Comparator.comparingInt(SchedulingRows.HoursRow::dayOfWeek))
                .map(h -> names[h.dayOfWeek()] + " " + h.starts() + "–" + h.ends()).reduce((a, b) -> a + ", " + b).orElse("no hours");
    }

    /** Times every 30 minutes for the hours pickers. */
    public List<String> getTimes() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = LocalTime.of(6, 0); !t.isAfter(LocalTime.of(21, 0)); t = t.plusMinutes(30)) {
            times.add(t.toString());
        }
        return times;
    }

    public SchedulingRows.ProviderRow getEditing() { return editing; }
    public String getProviderFilter() { return providerFilter; }
    public void setProviderFilter(String v) { providerFilter = v; }
    public String getResourceFilter() { return resourceFilter; }
    public void setResourceFilter(String v) { resourceFilter = v; }
    public String getAbsenceProvider() { return absenceProvider; }
    public void setAbsenceProvider(String v) { absenceProvider = v; }
    public java.time.LocalDate getAbsenceFirst() { return absenceFirst; }
    public void setAbsenceFirst(java.time.LocalDate v) { absenceFirst = v; }
    public java.time.LocalDate getAbsenceLast() { return absenceLast; }
    public void setAbsenceLast(java.time.LocalDate v) { absenceLast = v; }
    public String getAbsenceReason() { return absenceReason; }
    public void setAbsenceReason(String v) { absenceReason = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String v) { discipline = v; }
    public String getNpi() { return npi; }
    public void setNpi(String v) { npi = v; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> v) { days = v; }
    public String getStarts() { return starts; }
    public void setStarts(String v) { starts = v; }
    public String getEnds() { return ends; }
    public void setEnds(String v) { ends = v; }
    public String getResourceName() { return resourceName; }
    public void setResourceName(String v) { resourceName = v; }
    public String getResourceKind() { return resourceKind; }
    public void setResourceKind(String v) { resourceKind = v; }
}
