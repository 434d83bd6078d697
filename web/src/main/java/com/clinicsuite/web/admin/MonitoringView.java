package com.clinicsuite.web.admin;

import com.clinicsuite.treatment.application.MonitoringThresholds;
import com.clinicsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Administrators set the infusion monitoring thresholds (DOMAIN.md clinic defaults shipped). */
@Named
@ViewScoped
public class MonitoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringThresholds thresholds;

    private long version;
    private Integer maxSystolic;
    private Integer maxDiastolic;
    private Integer maxHeartRate;
    private Integer minHeartRate;
    private Integer minSpo2;
    private Integer minRespiratoryRate;
    private Integer preStartSystolic;
    private Integer preStartDiastolic;
    private Integer dischargeTolerancePercent;

    @PostConstruct
    void load() {
        show(thresholds.current());
    }

    private void show(MonitoringThresholds.Row r) {
        version = r.version();
        maxSystolic = r.maxSystolic();
        maxDiastolic = r.maxDiastolic();
        maxHeartRate = r.maxHeartRate();
        minHeartRate = r.minHeartRate();
        minSpo2 = r.minSpo2();
        minRespiratoryRate = r.minRespiratoryRate();
        preStartSystolic = r.preStartSystolic();
        preStartDiastolic = r.preStartDiastolic();
        dischargeTolerancePercent = r.dischargeTolerancePercent();
    }

    public void save() {
        show(thresholds.revise(version, new MonitoringThresholds.Row(n(maxSystolic), n(maxDiastolic), n(maxHeartRate), n(minHeartRate), n(minSpo2),
                n(minRespiratoryRate), n(preStartSystolic), n(preStartDiastolic), n(dischargeTolerancePercent), version)));
        Messages.info("Thresholds saved. They apply to readings from now on; readings already taken keep their alerts.");
    }

    private static int n(Integer v) {
        return v == null ? -1 : v;
    }

    public Integer getMaxSystolic() { return maxSystolic; }
    public void setMaxSystolic(Integer v) { maxSystolic = v; }
    public Integer getMaxDiastolic() { return maxDiastolic; }
    public void setMaxDiastolic(Integer v) { maxDiastolic = v; }
    public Integer getMaxHeartRate() { return maxHeartRate; }
    public void setMaxHeartRate(Integer v) { maxHeartRate = v; }
    public Integer getMinHeartRate() { return minHeartRate; }
    public void setMinHeartRate(Integer v) { minHeartRate = v; }
    public Integer getMinSpo2() { return minSpo2; }
    public void setMinSpo2(Integer v) { minSpo2 = v; }
    public Integer getMinRespiratoryRate() { return minRespiratoryRate; }
    public void setMinRespiratoryRate(Integer v) { minRespiratoryRate = v; }
    public Integer getPreStartSystolic() { return preStartSystolic; }
    public void setPreStartSystolic(Integer v) { preStartSystolic = v; }
    public Integer getPreStartDiastolic() { return preStartDiastolic; }
    public void setPreStartDiastolic(Integer v) { preStartDiastolic = v; }
    public Integer getDischargeTolerancePercent() { return dischargeTolerancePercent; }
    public void setDischargeTolerancePercent(Integer v) { dischargeTolerancePercent = v; }
}
