package com.clinicsuite.web.admin;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.shared.application.AuditLog;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The audit viewer: filters, "who viewed this record", and the hash-chain verification. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    private AuditLog log;

    @Inject
    private PatientDirectory patients;

    private String actor;
    private String mrn;
    private String action;
    private LocalDate from = LocalDate.now().minusDays(7);
    private LocalDate to = LocalDate.now();
    private int offset;
    private PatientDirectory.AuditSubject subject;
    private PageResult<AuditLog.Entry> result;
    private List<AuditLog.Viewer> viewers;
    private AuditLog.Verification verification;

    public void search() {
        offset = 0;
        run();
    }

    private boolean resolvePatient() {
        subject = null;
        if (mrn == null || mrn.isBlank()) {
            return true;
        }
        subject = patients.forAudit(mrn).orElse(null);
        if (subject == null) {
            Messages.error(null, "No patient has MRN " + mrn.strip() + ".");
            return false;
        }
        return true;
    }

    private void run() {
        if (!resolvePatient()) {
            return;
        }
        result = log.search(actor, subject == null ? null : subject.id(), action, start(), end(), offset, PAGE);
        viewers = null;
    }

    public void next() {
        offset += PAGE;
        run();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        run();
    }

    /** "Who viewed this record" for the MRN and dates given. */
    public void whoViewed() {
        if (mrn == null || mrn.isBlank()) {
            Messages.error(null, "Enter the patient's MRN to see who viewed the record.");
            return;
        }
        if (!resolvePatient()) {
            return;
        }
        viewers = log.whoViewed(subject.id(), start(), end());
        result = null;
    }

    public void verify() {
        verification = log.verify();
        if (verification.intact()) {
            Messages.info("The audit chain is intact: " + verification.sealed() + " entries verified.");
        } else {
            Messages.error(null, "The audit chain is broken in " + verification.problems().size() + " place(s); see the list below.");
        }
    }

    private Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public String at(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    public boolean isHasNext() {
        return result != null && offset + PAGE < result.total();
    }

    public int getOffset() { return offset; }
    public PatientDirectory.AuditSubject getSubject() { return subject; }
    public PageResult<AuditLog.Entry> getResult() { return result; }
    public List<AuditLog.Viewer> getViewers() { return viewers; }
    public AuditLog.Verification getVerification() { return verification; }
    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getMrn() { return mrn; }
    public void setMrn(String v) { mrn = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
