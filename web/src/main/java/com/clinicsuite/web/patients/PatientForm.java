package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.PatientDetailsCommand;
import com.clinicsuite.patients.application.PatientRecord;

import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the registration form, shared by registering and correcting a patient. */
public class PatientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private String preferredName;
    private LocalDate birthDate;
    private String sexAtBirth;
    private String genderIdentity;
    private String pronouns;
    private String phone;
    private String email;
    private String contactMethod = "PHONE";
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String state;
    private String zip;
    private String emergencyName;
    private String emergencyRelationship;
    private String emergencyPhone;
    private String referrerName;
    private String referrerNpi;
    private String referrerPhone;

    /** A form filled with a stored record, to correct it. */
    static PatientForm of(PatientRecord r) {
        PatientForm f = new PatientForm();
        PatientDetailsCommand c = r.toCommand();
        f.givenName = c.givenName();
        f.familyName = c.familyName();
        f.preferredName = c.preferredName();
        f.birthDate = c.birthDate();
        f.sexAtBirth = c.sexAtBirth();
        f.genderIdentity = c.genderIdentity();
        f.pronouns = c.pronouns();
        f.phone = c.phone();
        f.email = c.email();
        f.contactMethod = c.contactMethod();
        f.addressLine1 = c.addressLine1();
        f.addressLine2 = c.addressLine2();
        f.city = c.city();
        f.state = c.state();
        f.zip = c.zip();
        f.emergencyName = c.emergencyName();
        f.emergencyRelationship = c.emergencyRelationship();
        f.emergencyPhone = c.emergencyPhone();
        f.referrerName = c.referrerName();
        f.referrerNpi = c.referrerNpi();
        f.referrerPhone = c.referrerPhone();
        return f;
    }

    PatientDetailsCommand toCommand() {
        return new PatientDetailsCommand(givenName, familyName, preferredName, birthDate, sexAtBirth, genderIdentity,
                pronouns, phone, email, contactMethod, addressLine1, addressLine2, city, state, zip,
                emergencyName, emergencyRelationship, emergencyPhone, referrerName, referrerNpi, referrerPhone);
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String v) { preferredName = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getSexAtBirth() { return sexAtBirth; }
    public void setSexAtBirth(String v) { sexAtBirth = v; }
    public String getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(String v) { genderIdentity = v; }
    public String getPronouns() { return pronouns; }
    public void setPronouns(String v) { pronouns = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getContactMethod() { return contactMethod; }
    public void setContactMethod(String v) { contactMethod = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getZip() { return zip; }
    public void setZip(String v) { zip = v; }
    public String getEmergencyName() { return emergencyName; }
    public void setEmergencyName(String v) { emergencyName = v; }
    public String getEmergencyRelationship() { return emergencyRelationship; }
    public void setEmergencyRelationship(String v) { emergencyRelationship = v; }
    public String getEmergencyPhone() { return emergencyPhone; }
    public void setEmergencyPhone(String v) { emergencyPhone = v; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String v) { referrerName = v; }
    public String getReferrerNpi() { return referrerNpi; }
    public void setReferrerNpi(String v) { referrerNpi = v; }
    public String getReferrerPhone() { return referrerPhone; }
    public void setReferrerPhone(String v) { referrerPhone = v; }
}
