package com.clinicsuite.web.admin;

import com.clinicsuite.shared.application.SchemaVersion;
import com.clinicsuite.shared.application.SystemStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The administrator's view of the running system: database version and applied migrations. */
@Named
@ViewScoped
public class SystemStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SystemStatus status;

    private String databaseVersion;
    private List<SchemaVersion> migrations;

    @PostConstruct
    void load() {
        databaseVersion = status.databaseVersion();
        migrations = status.migrations();
    }

    public String getDatabaseVersion() {
        return databaseVersion;
    }

    public List<SchemaVersion> getMigrations() {
        return migrations;
    }
}
