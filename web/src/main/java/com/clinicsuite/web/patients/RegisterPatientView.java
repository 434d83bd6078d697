package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.PatientRegistration;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.application.RegisterPatientCommand;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The registration form. Rule violations come back from the service and appear next to their field. */
@Named
@ViewScoped
public class RegisterPatientView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistration registration;

    private String givenName;
    private String familyName;
    private LocalDate birthDate;

    /** Registers the patient and returns to the list showing the new MRN. */
    public String register() {
        PatientSummary saved = registration.register(new RegisterPatientCommand(givenName, familyName, birthDate));
        Messages.flashInfo("Registered " + saved.displayName() + " with MRN " + saved.mrn() + ".");
        return "/patients/list?faces-redirect=true&q=" + saved.mrn();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
