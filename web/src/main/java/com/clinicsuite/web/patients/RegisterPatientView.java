package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.PatientOptions;
import com.clinicsuite.patients.application.PatientRegistration;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.application.PossibleDuplicatesException;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The registration form. Rule violations come back from the service and appear next to their field; possible
 * duplicates come back as a list the user reviews before confirming.
 */
@Named
@ViewScoped
public class RegisterPatientView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistration registration;

    private final PatientForm form = new PatientForm();
    private List<PatientSummary> duplicates = List.of();

    /** Registers the patient, or shows the possible duplicates and waits for confirmation. */
    public String register() {
        return save(false);
    }

    /** The user has reviewed the matches: this is a different person. */
    public String registerAnyway() {
        return save(true);
    }

    private String save(boolean duplicateConfirmed) {
        try {
            PatientSummary saved = registration.register(form.toCommand(), duplicateConfirmed);
            Messages.flashInfo("Registered " + saved.displayName() + " with MRN " + saved.mrn() + ".");
            return "/patients/record?faces-redirect=true&id=" + saved.id();
        } catch (PossibleDuplicatesException e) {
            duplicates = e.matches();
            PrimeFaces.current().ajax().update("duplicatesDialog");
            PrimeFaces.current().executeScript("PF('duplicates').show()");
            return null;
        }
    }

    public PatientForm getForm() {
        return form;
    }

    public List<PatientSummary> getDuplicates() {
        return duplicates;
    }

    public List<PatientOptions.Option> getSexes() {
        return PatientOptions.sexes();
    }

    public List<PatientOptions.Option> getContactMethods() {
        return PatientOptions.contactMethods();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
