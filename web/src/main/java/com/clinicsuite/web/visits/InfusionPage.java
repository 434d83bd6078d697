package com.clinicsuite.web.visits;

import com.clinicsuite.patients.application.intake.ChartHeader;
import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.pharmacy.application.KetamineRegister;
import com.clinicsuite.pharmacy.application.RegisterRows;
import com.clinicsuite.treatment.application.InfusionVisits;
import com.clinicsuite.treatment.application.VisitView;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The infusion visit: checklist, dose and its confirmation, flowsheet with alerts, draw, end, discharge, signatures. */
@Named
@ViewScoped
public class InfusionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InfusionVisits visits;

    @Inject
    private ClinicalRecord record;

    @Inject
    private KetamineRegister register;

    private String appointment;
    private VisitView visit;
    private ChartHeader header;
    private List<RegisterRows.VialRow> vials = List.of();

    // checklist
    private boolean contraindications;
    private String pregnancy;
    private String escortName;
    private String escortPhone;
    private boolean fasting;
    private Integer systolic;
    private Integer diastolic;
    private Integer heartRate;
    private Integer spo2;
    private Integer respiratoryRate;
    private Integer painNrs;
    private String physician;
    private String physicianPassword;
    private String baselineReason;
    // dose
    private BigDecimal weightKg;
    private BigDecimal concentration = BigDecimal.ONE;
    private String confirmer;
    private String confirmerPassword;
    // flowsheet
    private Integer sedation;
    private String reason;
    private BigDecimal newRate;
    private String effect;
    private String severity;
    private String rescueDrug;
    private String rescueDose;
    private String rescueRoute = "IV";
    private String vialId;
    private BigDecimal drawnMg;
    private BigDecimal drawAdministeredMg;
    private BigDecimal wastedMg = BigDecimal.ZERO;
    private String witness;
    private String witnessPassword;
    private BigDecimal administeredMg;
    private String earlyReason;
    // discharge
    private boolean alertAndOriented;
    private boolean walksSteadily;
    private boolean escortPresent;
    private String overrideReason;
    private String amendmentReason;
    private String amendmentText;

    /** Opens the visit of the {@code appointment} view parameter. */
    public void load() {
        if (visit != null || appointment == null) {
            return;
        }
        try {
            show(visits.open(UUID.fromString(appointment)));
        } catch (IllegalArgumentException notAUuid) {
            Messages.error(null, "This link does not name an appointment.");
            return;
        }
        header = record.visitHeader(visit.patientId());
        vials = register.stock().stream().filter(v -> !v.expired()).toList();
        contraindications = visit.contraindicationsReconfirmed();
        pregnancy = visit.pregnancy();
        escortName = visit.escortName();
        escortPhone = visit.escortPhone();
        fasting = visit.fasting();
        painNrs = visit.baselineNrs();
        visit.readings().stream().filter(r -> "BASELINE".equals(r.phase())).findFirst().ifPresent(b -> {
            systolic = b.systolic();
            diastolic = b.diastolic();
            heartRate = b.heartRate();
            spo2 = b.spo2();
            respiratoryRate = b.respiratoryRate();
        });
        if (visit.concentrationMgPerMl() != null) {
            concentration = visit.concentrationMgPerMl();
        }
    }

    private void show(VisitView v) {
        visit = v;
    }

    private void act(Supplier<VisitView> action, String message) {
        show(action.get());
        Messages.info(message);
    }

    public void saveChecklist() {
        act(() -> visits.checklist(visit.id(), visit.version(), new InfusionVisits.Checklist(contraindications, pregnancy, escortName, escortPhone,
                fasting, systolic, diastolic, heartRate, spo2, respiratoryRate, painNrs)), "Checklist saved.");
        if (visit.baselineNeedsConfirmation()) {
            Messages.error(null, "The baseline is above 160/100: a physician must confirm before the infusion starts.");
        }
    }

    public void confirmBaseline() {
        try {
            act(() -> visits.confirmBaseline(visit.id(), visit.version(), physician, physicianPassword, baselineReason), "Baseline confirmed by " + physician + ".");
        } finally {
            physicianPassword = null;
        }
    }

    public void calculate() {
        act(() -> visits.calculateDose(visit.id(), visit.version(), weightKg, weightKg == null ? null : LocalDate.now(), concentration),
                "Dose calculated. A second clinician now confirms it.");
    }

    public void confirmDose() {
        try {
            act(() -> visits.confirmDose(visit.id(), visit.version(), confirmer, confirmerPassword), "Dose confirmed by " + confirmer + ".");
        } finally {
            confirmerPassword = null;
        }
    }

    public String start() {
        show(visits.start(visit.id(), visit.version()));
        return reload("Infusion started. Vitals are due every 15 minutes.");
    }

    /** After a change of phase the page shows other sections: load it afresh, keeping the message. */
    private String reload(String message) {
        Messages.flashInfo(message);
        return "/visits/infusion?faces-redirect=true&appointment=" + visit.appointmentId();
    }

    public void recordVitals() {
        show(visits.vitals(visit.id(), visit.version(), systolic, diastolic, heartRate, spo2, respiratoryRate, sedation, painNrs));
        VisitView.ReadingRow last = visit.readings().get(visit.readings().size() - 1);
        if (last.alerts() != null) {
            Messages.error(null, "ALERT: " + last.alerts());
        } else {
            Messages.info("Vitals recorded.");
        }
        sedation = null;
    }

    public String adjust(String action) {
        show(visits.adjust(visit.id(), visit.version(), action, newRate, reason));
        return reload(switch (action) {
            case "PAUSE" -> "Infusion paused.";
            case "RESTART" -> "Infusion restarted.";
            default -> "Rate changed.";
        });
    }

    public void adverse() {
        act(() -> visits.adverseEvent(visit.id(), visit.version(), effect, severity), "Adverse event recorded.");
        effect = null;
        severity = null;
    }

    public void rescue() {
        act(() -> visits.rescue(visit.id(), visit.version(), rescueDrug, rescueDose, rescueRoute), "Medication recorded.");
        rescueDrug = null;
        rescueDose = null;
    }

    public void draw() {
        try {
            act(() -> visits.draw(visit.id(), visit.version(), vialId == null || vialId.isBlank() ? null : UUID.fromString(vialId), drawnMg,
                    drawAdministeredMg, wastedMg, witness, witnessPassword), "Draw recorded in the register.");
        } finally {
            witnessPassword = null;
        }
        vials = register.stock().stream().filter(v -> !v.expired()).toList();
    }

    public String end() {
        show(visits.end(visit.id(), visit.version(), administeredMg, earlyReason));
        return reload("Infusion ended. Record the post-infusion vitals, then discharge.");
    }

    public String discharge() {
        try {
            show(visits.discharge(visit.id(), visit.version(), alertAndOriented, walksSteadily, escortPresent, physician, physicianPassword,
                    overrideReason));
        } finally {
            physicianPassword = null;
        }
        return reload("Discharged. Sign the visit.");
    }

    public String sign() {
        show(visits.sign(visit.id(), visit.version()));
        return reload("Signed. The physician co-signs.");
    }

    public String cosign() {
        show(visits.cosign(visit.id(), visit.version()));
        return reload("Co-signed. The visit is locked.");
    }

    public void amend() {
        act(() -> visits.amend(visit.id(), amendmentReason, amendmentText), "Amendment added. The signed record is unchanged; the amendment is shown with it.");
        amendmentReason = null;
        amendmentText = null;
    }

    public String getAmendmentReason() { return amendmentReason; }
    public void setAmendmentReason(String v) { amendmentReason = v; }
    public String getAmendmentText() { return amendmentText; }
    public void setAmendmentText(String v) { amendmentText = v; }

    public boolean isVitalsOverdue() {
        return visit != null && visit.nextVitalsDue() != null && Instant.now().isAfter(visit.nextVitalsDue());
    }

    public String time(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).toLocalTime().withSecond(0).withNano(0).toString();
    }

    public String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public String getAppointment() { return appointment; }
    public void setAppointment(String v) { appointment = v; }
    public VisitView getVisit() { return visit; }
    public ChartHeader getHeader() { return header; }
    public List<RegisterRows.VialRow> getVials() { return vials; }
    public boolean isContraindications() { return contraindications; }
    public void setContraindications(boolean v) { contraindications = v; }
    public String getPregnancy() { return pregnancy; }
    public void setPregnancy(String v) { pregnancy = v; }
    public String getEscortName() { return escortName; }
    public void setEscortName(String v) { escortName = v; }
    public String getEscortPhone() { return escortPhone; }
    public void setEscortPhone(String v) { escortPhone = v; }
    public boolean isFasting() { return fasting; }
    public void setFasting(boolean v) { fasting = v; }
    public Integer getSystolic() { return systolic; }
    public void setSystolic(Integer v) { systolic = v; }
    public Integer getDiastolic() { return diastolic; }
    public void setDiastolic(Integer v) { diastolic = v; }
    public Integer getHeartRate() { return heartRate; }
    public void setHeartRate(Integer v) { heartRate = v; }
    public Integer getSpo2() { return spo2; }
    public void setSpo2(Integer v) { spo2 = v; }
    public Integer getRespiratoryRate() { return respiratoryRate; }
    public void setRespiratoryRate(Integer v) { respiratoryRate = v; }
    public Integer getPainNrs() { return painNrs; }
    public void setPainNrs(Integer v) { painNrs = v; }
    public String getPhysician() { return physician; }
    public void setPhysician(String v) { physician = v; }
    public String getPhysicianPassword() { return physicianPassword; }
    public void setPhysicianPassword(String v) { physicianPassword = v; }
    public String getBaselineReason() { return baselineReason; }
    public void setBaselineReason(String v) { baselineReason = v; }
    public BigDecimal getWeightKg() { return weightKg; }
    public void setWeightKg(BigDecimal v) { weightKg = v; }
    public BigDecimal getConcentration() { return concentration; }
    public void setConcentration(BigDecimal v) { concentration = v; }
    public String getConfirmer() { return confirmer; }
    public void setConfirmer(String v) { confirmer = v; }
    public String getConfirmerPassword() { return confirmerPassword; }
    public void setConfirmerPassword(String v) { confirmerPassword = v; }
    public Integer getSedation() { return sedation; }
    public void setSedation(Integer v) { sedation = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public BigDecimal getNewRate() { return newRate; }
    public void setNewRate(BigDecimal v) { newRate = v; }
    public String getEffect() { return effect; }
    public void setEffect(String v) { effect = v; }
    public String getSeverity() { return severity; }
    public void setSeverity(String v) { severity = v; }
    public String getRescueDrug() { return rescueDrug; }
    public void setRescueDrug(String v) { rescueDrug = v; }
    public String getRescueDose() { return rescueDose; }
    public void setRescueDose(String v) { rescueDose = v; }
    public String getRescueRoute() { return rescueRoute; }
    public void setRescueRoute(String v) { rescueRoute = v; }
    public String getVialId() { return vialId; }
    public void setVialId(String v) { vialId = v; }
    public BigDecimal getDrawnMg() { return drawnMg; }
    public void setDrawnMg(BigDecimal v) { drawnMg = v; }
    public BigDecimal getDrawAdministeredMg() { return drawAdministeredMg; }
    public void setDrawAdministeredMg(BigDecimal v) { drawAdministeredMg = v; }
    public BigDecimal getWastedMg() { return wastedMg; }
    public void setWastedMg(BigDecimal v) { wastedMg = v; }
    public String getWitness() { return witness; }
    public void setWitness(String v) { witness = v; }
    public String getWitnessPassword() { return witnessPassword; }
    public void setWitnessPassword(String v) { witnessPassword = v; }
    public BigDecimal getAdministeredMg() { return administeredMg; }
    public void setAdministeredMg(BigDecimal v) { administeredMg = v; }
    public String getEarlyReason() { return earlyReason; }
    public void setEarlyReason(String v) { earlyReason = v; }
    public boolean isAlertAndOriented() { return alertAndOriented; }
    public void setAlertAndOriented(boolean v) { alertAndOriented = v; }
    public boolean isWalksSteadily() { return walksSteadily; }
    public void setWalksSteadily(boolean v) { walksSteadily = v; }
    public boolean isEscortPresent() { return escortPresent; }
    public void setEscortPresent(boolean v) { escortPresent = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
