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

    private List<SchedulingRows.ProviderRow> providers;
    private List<SchedulingRows.ResourceRow> resources;
    private Map<String, String> disciplineByType;
    private String providerId;
    private String resourceId;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        providers = setup.providers();
        resources = setup.resources();
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
                addEvent(DefaultScheduleEvent.builder()
                        .id(a.id().toString())
                        .title((p == null ? "" : p.displayName()) + " · " + a.typeLabel() + " · " + a.providerName() + " · " + a.resourceName())
                        .startDate(LocalDateTime.ofInstant(a.startsAt(), zone))
                        .endDate(LocalDateTime.ofInstant(a.endsAt(), zone))
                        .styleClass("disc-" + disciplineByType.getOrDefault(a.typeCode(), "OTHER").toLowerCase(Locale.ROOT)
                                + " status-" + a.status().toLowerCase(Locale.ROOT))
                        .editable(false)
                        .build());
            }
        }
    }

    /** Applies a changed filter. */
    public void filter() {
        model = new Model();
    }

    private static UUID uuid(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    public ScheduleModel getModel() { return model; }
    public List<SchedulingRows.ProviderRow> getProviders() { return providers; }
    public List<SchedulingRows.ResourceRow> getResources() { return resources; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public String getResourceId() { return resourceId; }
    public void setResourceId(String resourceId) { this.resourceId = resourceId; }
}
