package com.clinicsuite.web.admin;

import com.clinicsuite.scheduling.application.Commands;
import com.clinicsuite.scheduling.application.SchedulingRows;
import com.clinicsuite.scheduling.application.SchedulingSetup;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The administrator's scheduling setup: providers with weekday hours, and chairs and rooms. */
@Named
@ViewScoped
public class SchedulingSetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SchedulingSetup setup;

    private List<SchedulingRows.ProviderRow> providers;
    private List<SchedulingRows.ResourceRow> resources;

    private String username;
    private String displayName;
    private String discipline;
    private String npi;
    private List<String> days = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
    private String starts = "08:00";
    private String ends = "17:00";
    private String resourceName;
    private String resourceKind;

    public List<SchedulingRows.ProviderRow> getProviders() {
        if (providers == null) {
            providers = setup.providers();
        }
        return providers;
    }

    public List<SchedulingRows.ResourceRow> getResources() {
        if (resources == null) {
            resources = setup.resources();
        }
        return resources;
    }

    public void addProvider() {
        LocalTime from = LocalTime.parse(starts);
        LocalTime to = LocalTime.parse(ends);
        List<Commands.Hours> hours = days.stream().map(d -> new Commands.Hours(Integer.parseInt(d), from, to)).toList();
        SchedulingRows.ProviderRow saved = setup.addProvider(new Commands.AddProvider(username, displayName, discipline, npi, hours));
        Messages.info("Added " + saved.displayName() + ".");
        providers = null;
        username = null;
        displayName = null;
        npi = null;
    }

    public void addResource() {
        SchedulingRows.ResourceRow saved = setup.addResource(new Commands.AddResource(resourceName, resourceKind));
        Messages.info("Added " + saved.name() + ".");
        resources = null;
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
