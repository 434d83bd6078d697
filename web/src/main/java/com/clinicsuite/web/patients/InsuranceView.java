package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.AddInsuranceCommand;
import com.clinicsuite.patients.application.InsurancePolicies;
import com.clinicsuite.patients.application.InsuranceRow;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The insurance card of the registration record (front desk edits, billing reads). */
@Named
@ViewScoped
public class InsuranceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InsurancePolicies policies;

    @Inject
    private PatientRecordView record;

    private List<InsuranceRow> rows;
    private String priority = "PRIMARY";
    private String payerName;
    private String payerId;
    private String memberId;
    private String groupNumber;
    private String subscriberName;
    private String relationship = "SELF";
    private LocalDate effectiveFrom = LocalDate.now();
    private LocalDate effectiveTo;
    private LocalDate endOn = LocalDate.now();

    public List<InsuranceRow> getRows() {
        if (rows == null && record.getRecord() != null) {
            rows = policies.list(record.getRecord().id());
        }
        return rows;
    }

    public void add() {
        String subscriber = (subscriberName == null || subscriberName.isBlank()) && "SELF".equals(relationship)
                ? record.getRecord().givenName() + " " + record.getRecord().familyName() : subscriberName;
        policies.add(record.getRecord().id(), new AddInsuranceCommand(priority, payerName, payerId, memberId, groupNumber,
                subscriber, relationship, effectiveFrom, effectiveTo));
        Messages.info("Policy added.");
        rows = null;
        payerName = null;
        payerId = null;
        memberId = null;
        groupNumber = null;
        subscriberName = null;
    }

    public void end(InsuranceRow row) {
        policies.end(row.id(), row.version(), endOn);
        Messages.info(row.payerName() + " coverage ends " + endOn + ".");
        rows = null;
    }

    public String getPriority() { return priority; }
    public void setPriority(String v) { priority = v; }
    public String getPayerName() { return payerName; }
    public void setPayerName(String v) { payerName = v; }
    public String getPayerId() { return payerId; }
    public void setPayerId(String v) { payerId = v; }
    public String getMemberId() { return memberId; }
    public void setMemberId(String v) { memberId = v; }
    public String getGroupNumber() { return groupNumber; }
    public void setGroupNumber(String v) { groupNumber = v; }
    public String getSubscriberName() { return subscriberName; }
    public void setSubscriberName(String v) { subscriberName = v; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String v) { relationship = v; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { effectiveFrom = v; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate v) { effectiveTo = v; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate v) { endOn = v; }
}
