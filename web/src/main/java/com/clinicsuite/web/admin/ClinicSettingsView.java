package com.clinicsuite.web.admin;

import com.clinicsuite.scheduling.application.ClinicSettings;
import com.clinicsuite.web.faces.ClinicBrand;
import com.clinicsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/** Administrators set the clinic's name, time zone and logo (the billing identity is on the same page). */
@Named
@ViewScoped
public class ClinicSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicSettings settings;

    @Inject
    private ClinicBrand brand;

    private ClinicSettings.Profile profile;
    private String name;
    private String timeZone;
    private transient UploadedFile logo;
    private List<String> zones;

    @PostConstruct
    void load() {
        show(settings.profile());
        zones = settings.timeZones();
    }

    private void show(ClinicSettings.Profile p) {
        profile = p;
        name = p.name();
        timeZone = p.timeZone();
        brand.refresh();
    }

    public void save() {
        show(settings.revise(profile.version(), name, timeZone));
        Messages.info("Clinic settings saved. Dates and times now follow " + profile.timeZone() + ".");
    }

    public void uploadLogo() {
        byte[] image = logo == null ? null : logo.getContent();
        if (image == null || image.length == 0) {
            Messages.error("logoForm:logo", "Choose a PNG or JPEG file first.");
            return;
        }
        show(settings.useLogo(profile.version(), image));
        Messages.info("Logo saved; it appears in the top bar and on printed documents.");
    }

    public void removeLogo() {
        show(settings.useLogo(profile.version(), null));
        Messages.info("Logo removed.");
    }

    /** The current time in the clinic's zone, so the administrator sees what the zone means. */
    public String getNowInZone() {
        return java.time.ZonedDateTime.now(java.time.ZoneId.of(profile.timeZone())).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    public ClinicSettings.Profile getProfile() { return profile; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public UploadedFile getLogo() { return logo; }
    public void setLogo(UploadedFile logo) { this.logo = logo; }
    public List<String> getZones() { return zones; }
}
