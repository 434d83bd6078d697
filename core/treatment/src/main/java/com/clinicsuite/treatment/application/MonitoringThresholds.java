package com.clinicsuite.treatment.application;

import com.clinicsuite.shared.application.AuditTrail;
import com.clinicsuite.shared.application.Roles;
import com.clinicsuite.shared.error.BusinessRuleException;
import com.clinicsuite.treatment.domain.InfusionVitals;
import com.clinicsuite.treatment.domain.MonitoringSettings;
import com.clinicsuite.treatment.domain.TreatmentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * The clinic's infusion monitoring thresholds: stop/hold alerts on the flowsheet, the limits for starting, and the
 * discharge tolerance. Administrators set them; nurses and physicians see them. Readings already taken keep the alerts
 * they raised. Changes are audited with the old and new values.
 */
@Stateless
public class MonitoringThresholds {

    /** The thresholds as the settings page and the API show them. */
    public record Row(int maxSystolic, int maxDiastolic, int maxHeartRate, int minHeartRate, int minSpo2, int minRespiratoryRate,
                      int preStartSystolic, int preStartDiastolic, int dischargeTolerancePercent, long version) implements Serializable {
    }

    @Inject
    private TreatmentRepository repository;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.NURSE, Roles.PHYSICIAN})
    public Row current() {
        return row(repository.monitoringSettings());
    }

    @RolesAllowed(Roles.ADMIN)
    public Row revise(long version, @NotNull Row c) {
        MonitoringSettings s = repository.monitoringSettings();
        if (s.version() != version) {
            throw new BusinessRuleException("thresholds.stale", "The thresholds were changed by " + s.updatedBy() + "; reload and try again.");
        }
        Row before = row(s);
        s.revise(new InfusionVitals.Thresholds(c.maxSystolic(), c.maxDiastolic(), c.maxHeartRate(), c.minHeartRate(), c.minSpo2(),
                c.minRespiratoryRate(), c.preStartSystolic(), c.preStartDiastolic(), c.dischargeTolerancePercent()));
        repository.flush();
        audit.record("settings.thresholds", null, "monitoring thresholds " + text(before) + " → " + text(row(s)));
        return row(s);
    }

    private static String text(Row r) {
        return "BP>" + r.maxSystolic() + "/" + r.maxDiastolic() + ", HR " + r.minHeartRate() + "–" + r.maxHeartRate() + ", SpO2<" + r.minSpo2()
                + ", RR<" + r.minRespiratoryRate() + ", start ≤" + r.preStartSystolic() + "/" + r.preStartDiastolic() + ", discharge ±"
                + r.dischargeTolerancePercent() + "%";
    }

    private static Row row(MonitoringSettings s) {
        InfusionVitals.Thresholds t = s.thresholds();
        return new Row(t.maxSystolic(), t.maxDiastolic(), t.maxHeartRate(), t.minHeartRate(), t.minSpo2(), t.minRespiratoryRate(), t.preStartSystolic(),
                t.preStartDiastolic(), t.dischargeTolerancePercent(), s.version());
    }
}
