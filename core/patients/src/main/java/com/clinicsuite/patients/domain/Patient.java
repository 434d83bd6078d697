package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.domain.Npi;
import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.domain.SearchText;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient of the clinic. Created by registration, corrected by the front desk, deactivated when the
 * patient leaves the practice, and never deleted.
 */
@Entity
@Table(name = "patient")
public class Patient extends AuditedEntity {

    @Id
    private UUID id;

    @Column(name = "mrn", nullable = false, updatable = false, length = Mrn.LENGTH)
    private String mrn;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "preferred_name")
    private String preferredName;

    /** Folded "family given" for the case- and accent-insensitive prefix search. */
    @Column(name = "search_family", nullable = false)
    private String searchFamily;

    /** Folded given name, so that a search by given name also finds the patient. */
    @Column(name = "search_given", nullable = false)
    private String searchGiven;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex_at_birth")
    private Sex sexAtBirth;

    @Column(name = "gender_identity")
    private String genderIdentity;

    @Column(name = "pronouns")
    private String pronouns;

    /** Ten digits, no punctuation: also the phone search key. */
    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method")
    private ContactMethod contactMethod;

    @Column(name = "address_line1")
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "city")
    private String city;

    @Column(name = "state")
    private String state;

    @Column(name = "zip")
    private String zip;

    @Column(name = "emergency_name")
    private String emergencyName;

    @Column(name = "emergency_relationship")
    private String emergencyRelationship;

    @Column(name = "emergency_phone")
    private String emergencyPhone;

    @Column(name = "referrer_name")
    private String referrerName;

    @Column(name = "referrer_npi")
    private String referrerNpi;

    @Column(name = "referrer_phone")
    private String referrerPhone;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivation_reason")
    private String deactivationReason;

    protected Patient() {
        // for JPA
    }

    /** Registers a new patient with checked details. */
    public static Patient register(Mrn mrn, PatientDetails details) {
        Objects.requireNonNull(mrn, "mrn");
        Patient p = new Patient();
        p.id = UUID.randomUUID();
        p.mrn = mrn.value();
        p.active = true;
        p.apply(details);
        return p;
    }

    /** Replaces the recorded details with corrected ones (the caller has checked the version). */
    public void correct(PatientDetails details) {
        if (!active) {
            throw new BusinessRuleException("patient.inactive", "This patient is inactive; reactivate the record before changing it.");
        }
        apply(details);
    }

    /** Marks the patient inactive: they no longer appear as active, and their record stays. */
    public void deactivate(String reason, Instant at) {
        if (!active) {
            throw new BusinessRuleException("patient.alreadyInactive", "This patient is already inactive.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("patient.deactivate.reason", "reason", "Give a reason for deactivating the patient.");
        }
        this.active = false;
        this.deactivatedAt = at;
        this.deactivationReason = reason.strip();
    }

    private void apply(PatientDetails d) {
        givenName = d.givenName();
        familyName = d.familyName();
        preferredName = d.preferredName();
        birthDate = d.birthDate();
        sexAtBirth = d.sexAtBirth();
        genderIdentity = d.genderIdentity();
        pronouns = d.pronouns();
        phone = d.phone() == null ? null : d.phone().digits();
        email = d.email();
        contactMethod = d.contactMethod();
        addressLine1 = d.addressLine1();
        addressLine2 = d.addressLine2();
        city = d.city();
        state = d.state();
        zip = d.zip();
        emergencyName = d.emergencyName();
        emergencyRelationship = d.emergencyRelationship();
        emergencyPhone = d.emergencyPhone() == null ? null : d.emergencyPhone().digits();
        referrerName = d.referrerName();
        referrerNpi = d.referrerNpi() == null ? null : d.referrerNpi().value();
        referrerPhone = d.referrerPhone() == null ? null : d.referrerPhone().digits();
        searchFamily = SearchText.fold(familyName + " " + givenName);
        searchGiven = SearchText.fold(givenName);
    }

    /** The recorded details (older records may lack fields that registration now requires). */
    public PatientDetails details() {
        return new PatientDetails(givenName, familyName, preferredName, birthDate, sexAtBirth, genderIdentity, pronouns,
                phone == null ? null : new PhoneNumber(phone), email, contactMethod,
                addressLine1, addressLine2, city, state, zip,
                emergencyName, emergencyRelationship, emergencyPhone == null ? null : new PhoneNumber(emergencyPhone),
                referrerName, referrerNpi == null ? null : new Npi(referrerNpi),
                referrerPhone == null ? null : new PhoneNumber(referrerPhone));
    }

    public UUID id() {
        return id;
    }

    public Mrn mrn() {
        return new Mrn(mrn);
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isActive() {
        return active;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public String deactivationReason() {
        return deactivationReason;
    }

    /** Age in whole years on {@code today}. */
    public int ageOn(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
