package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.ConcurrentEditException;
import com.clinicsuite.patients.application.PatientOptions;
import com.clinicsuite.patients.application.PatientRecord;
import com.clinicsuite.patients.application.PatientRecords;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's registration record: shown to every role that works with patients, corrected and deactivated
 * by the front desk. A correction carries the version it started from; if someone saved in between, the
 * user sees their values next to the other user's and nothing is overwritten.
 */
@Named
@ViewScoped
public class PatientRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field that differs between the user's edit and the stored record. */
    public record Difference(String field, String yours, String theirs) implements Serializable {
    }

    @Inject
    private PatientRecords records;

    @Inject
    private com.clinicsuite.treatment.application.TherapyVisits therapyVisits;

    private java.util.List<com.clinicsuite.treatment.application.TherapyVisits.Summary> visits;

    /** The patient's visits with their codes (no note text), loaded when first shown. */
    public java.util.List<com.clinicsuite.treatment.application.TherapyVisits.Summary> getVisits() {
        if (visits == null && getRecord() != null) {
            visits = therapyVisits.summaries(getRecord().id());
        }
        return visits;
    }

    private String id;
    private PatientRecord record;
    private PatientForm form;
    private boolean editing;
    private List<Difference> conflict = List.of();
    private String deactivationReason;

    /** Loads the record named by the {@code id} view parameter. */
    public void load() {
        if (record == null && id != null) {
            try {
                record = records.open(UUID.fromString(id));
            } catch (IllegalArgumentException notAUuid) {
                Messages.error(null, "This link does not name a patient.");
            }
        }
    }

    public void edit() {
        form = PatientForm.of(record);
        conflict = List.of();
        editing = true;
    }

    public void cancel() {
        editing = false;
        conflict = List.of();
    }

    public void save() {
        try {
            record = records.correct(record.id(), record.version(), form.toCommand());
            editing = false;
            conflict = List.of();
            Messages.info("Saved the changes to " + record.displayName() + ".");
        } catch (ConcurrentEditException e) {
            conflict = differences(form, e.current());
            record = e.current();
            Messages.error(null, e.getMessage());
        }
    }

    /** Starts again from the stored values, keeping the conflict list visible for reference. */
    public void useTheirs() {
        form = PatientForm.of(record);
    }

    public void deactivate() {
        record = records.deactivate(record.id(), record.version(), deactivationReason);
        deactivationReason = null;
        Messages.info(record.displayName() + " is now inactive. The record is kept.");
    }

    static List<Difference> differences(PatientForm mine, PatientRecord theirs) {
        PatientForm stored = PatientForm.of(theirs);
        List<Difference> out = new ArrayList<>();
        compare(out, "Given name", mine.getGivenName(), stored.getGivenName());
        compare(out, "Family name", mine.getFamilyName(), stored.getFamilyName());
        compare(out, "Preferred name", mine.getPreferredName(), stored.getPreferredName());
        compare(out, "Date of birth", String.valueOf(mine.getBirthDate()), String.valueOf(stored.getBirthDate()));
        compare(out, "Sex assigned at birth", mine.getSexAtBirth(), stored.getSexAtBirth());
        compare(out, "Gender identity", mine.getGenderIdentity(), stored.getGenderIdentity());
        compare(out, "Pronouns", mine.getPronouns(), stored.getPronouns());
        compare(out, "Phone", mine.getPhone(), stored.getPhone());
        compare(out, "Email", mine.getEmail(), stored.getEmail());
        compare(out, "Preferred contact", mine.getContactMethod(), stored.getContactMethod());
        compare(out, "Address", mine.getAddressLine1(), stored.getAddressLine1());
        compare(out, "Address line 2", mine.getAddressLine2(), stored.getAddressLine2());
        compare(out, "City", mine.getCity(), stored.getCity());
        compare(out, "State", mine.getState(), stored.getState());
        compare(out, "ZIP code", mine.getZip(), stored.getZip());
        compare(out, "Emergency contact", mine.getEmergencyName(), stored.getEmergencyName());
        compare(out, "Relationship", mine.getEmergencyRelationship(), stored.getEmergencyRelationship());
        compare(out, "Emergency phone", mine.getEmergencyPhone(), stored.getEmergencyPhone());
        compare(out, "Referring provider", mine.getReferrerName(), stored.getReferrerName());
        compare(out, "Referrer NPI", mine.getReferrerNpi(), stored.getReferrerNpi());
        compare(out, "Referrer phone", mine.getReferrerPhone(), stored.getReferrerPhone());
        return out;
    }

    private static void compare(List<Difference> out, String field, String mine, String theirs) {
        String a = mine == null ? "" : mine.strip();
        String b = theirs == null ? "" : theirs.strip();
        if (!Objects.equals(a, b)) {
            out.add(new Difference(field, a, b));
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PatientRecord getRecord() { return record; }
    public PatientForm getForm() { return form; }
    public boolean isEditing() { return editing; }
    public List<Difference> getConflict() { return conflict; }
    public String getDeactivationReason() { return deactivationReason; }
    public void setDeactivationReason(String v) { deactivationReason = v; }
    public List<PatientOptions.Option> getSexes() { return PatientOptions.sexes(); }
    public List<PatientOptions.Option> getContactMethods() { return PatientOptions.contactMethods(); }
    public LocalDate getToday() { return LocalDate.now(); }
}
