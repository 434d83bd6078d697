package com.clinicsuite.web.admin;

import com.clinicsuite.patients.application.access.ChartAccess;
import com.clinicsuite.patients.application.access.EmergencyAccessRow;
import com.clinicsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The break-the-glass log: administrators review each emergency access and set how long one lasts. */
@Named
@ViewScoped
public class EmergencyAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChartAccess access;

    private int days = 30;
    private boolean unreviewedOnly;
    private List<EmergencyAccessRow> rows = List.of();
    private final Map<UUID, String> notes = new HashMap<>();
    private Integer minutes;

    @PostConstruct
    void load() {
        minutes = access.emergencyMinutes();
        search();
    }

    public void search() {
        int d = Math.max(1, Math.min(days, 3660));
        rows = access.log(Instant.now().minus(Duration.ofDays(d)), unreviewedOnly);
    }

    public void review(EmergencyAccessRow row) {
        access.review(row.id(), row.version(), notes.remove(row.id()));
        Messages.info("Emergency access by " + row.username() + " to " + row.patientName() + " marked as reviewed.");
        search();
    }

    public void saveMinutes() {
        minutes = access.reviseEmergencyMinutes(minutes == null ? -1 : minutes);
        Messages.info("Emergency access now lasts " + minutes + " minutes (for new grants; running ones keep their expiry).");
    }

    /** Clinic-local date and time, e.g. 2026-11-30 14:05. */
    public String at(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    public long getUnreviewed() {
        return rows.stream().filter(r -> r.reviewedAt() == null).count();
    }

    public List<EmergencyAccessRow> getRows() { return rows; }
    public Map<UUID, String> getNotes() { return notes; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public boolean isUnreviewedOnly() { return unreviewedOnly; }
    public void setUnreviewedOnly(boolean unreviewedOnly) { this.unreviewedOnly = unreviewedOnly; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
}
