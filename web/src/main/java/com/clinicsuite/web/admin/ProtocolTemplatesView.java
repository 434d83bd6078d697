package com.clinicsuite.web.admin;

import com.clinicsuite.treatment.application.PlanCommands;
import com.clinicsuite.treatment.application.PlanRows;
import com.clinicsuite.treatment.application.ProtocolTemplates;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Administrators maintain the clinic's ketamine protocol templates: dose, duration, bolus, limits, induction length. */
@Named
@ViewScoped
public class ProtocolTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProtocolTemplates templates;

    private List<PlanRows.TemplateRow> rows;
    private Long editingVersion;
    private String code;
    private String name;
    private BigDecimal dose;
    private Integer minutes;
    private BigDecimal bolus;
    private BigDecimal maxRate = new BigDecimal("2");
    private BigDecimal maxBolus = new BigDecimal("0.35");
    private BigDecimal maxTotal;
    private Integer sessions = 6;
    private String source;

    public List<PlanRows.TemplateRow> getRows() {
        if (rows == null) {
            rows = templates.list();
        }
        return rows;
    }

    public void edit(PlanRows.TemplateRow t) {
        editingVersion = t.version();
        code = t.code();
        name = t.name();
        dose = t.doseMgPerKgPerHour();
        minutes = t.durationMinutes();
        bolus = t.bolusMgPerKg();
        maxRate = t.maxRateMgPerKgPerHour();
        maxBolus = t.maxBolusMgPerKg();
        maxTotal = t.maxTotalMg();
        sessions = t.inductionSessions();
        source = t.source();
    }

    public void save() {
        PlanRows.TemplateRow saved = templates.save(new PlanCommands.Template(code, name, dose, minutes, bolus, maxRate, maxBolus, maxTotal,
                sessions, source), editingVersion);
        Messages.info("Saved " + saved.name() + ". Plans already written keep the dose they were written with.");
        clear();
    }

    public void clear() {
        rows = null;
        editingVersion = null;
        code = null;
        name = null;
        dose = null;
        minutes = null;
        bolus = null;
        maxRate = new BigDecimal("2");
        maxBolus = new BigDecimal("0.35");
        maxTotal = null;
        sessions = 6;
        source = null;
    }

    public void setActive(PlanRows.TemplateRow t, boolean active) {
        templates.setActive(t.code(), active);
        Messages.info(t.name() + (active ? " is offered again." : " is retired: no longer offered for new plans."));
        rows = null;
    }

    public boolean isEditing() { return editingVersion != null; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public BigDecimal getDose() { return dose; }
    public void setDose(BigDecimal v) { dose = v; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer v) { minutes = v; }
    public BigDecimal getBolus() { return bolus; }
    public void setBolus(BigDecimal v) { bolus = v; }
    public BigDecimal getMaxRate() { return maxRate; }
    public void setMaxRate(BigDecimal v) { maxRate = v; }
    public BigDecimal getMaxBolus() { return maxBolus; }
    public void setMaxBolus(BigDecimal v) { maxBolus = v; }
    public BigDecimal getMaxTotal() { return maxTotal; }
    public void setMaxTotal(BigDecimal v) { maxTotal = v; }
    public Integer getSessions() { return sessions; }
    public void setSessions(Integer v) { sessions = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
}
