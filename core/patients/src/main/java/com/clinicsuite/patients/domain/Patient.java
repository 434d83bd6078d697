package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.domain.SearchText;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient of the clinic. The record is created by registration, may later be deactivated, and
 * is never deleted.
 */
@Entity
@Table(name = "patient")
public class Patient extends AuditedEntity {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_AGE_YEARS = 130;

    @Id
    private UUID id;

    @Column(name = "mrn", nullable = false, updatable = false, length = Mrn.LENGTH)
    private String mrn;

    @Column(name = "given_name", nullable = false, length = MAX_NAME_LENGTH)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = MAX_NAME_LENGTH)
    private String familyName;

    /** Folded "family given" for the case- and accent-insensitive prefix search. */
    @Column(name = "search_family", nullable = false, length = 2 * MAX_NAME_LENGTH + 1)
    private String searchFamily;

    /** Folded given name, so that a search by given name also finds the patient. */
    @Column(name = "search_given", nullable = false, length = MAX_NAME_LENGTH)
    private String searchGiven;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Patient() {
        // for JPA
    }

    private Patient(Mrn mrn, String givenName, String familyName, LocalDate birthDate) {
        this.id = UUID.randomUUID();
        this.mrn = mrn.value();
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.searchFamily = SearchText.fold(familyName + " " + givenName);
        this.searchGiven = SearchText.fold(givenName);
        this.active = true;
    }

    /**
     * Registers a new patient.
     *
     * @param today the clinic's current date, against which the birth date is checked
     * @throws BusinessRuleException when a name is missing or too long, or the birth date is in
     *                               the future or implausibly far in the past
     */
    public static Patient register(Mrn mrn, String givenName, String familyName, LocalDate birthDate, LocalDate today) {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(today, "today");
        String given = requireName(givenName, "givenName", "Given name");
        String family = requireName(familyName, "familyName", "Family name");
        if (birthDate == null) {
            throw new BusinessRuleException("patient.birthDate.required", "birthDate", "Date of birth is required.");
        }
        if (birthDate.isAfter(today)) {
            throw new BusinessRuleException("patient.birthDate.future", "birthDate",
                    "Date of birth cannot be in the future.");
        }
        if (Period.between(birthDate, today).getYears() >= MAX_AGE_YEARS) {
            throw new BusinessRuleException("patient.birthDate.implausible", "birthDate",
                    "Date of birth is more than " + MAX_AGE_YEARS + " years ago; please check it.");
        }
        return new Patient(mrn, given, family, birthDate);
    }

    private static String requireName(String value, String field, String label) {
        String trimmed = value == null ? "" : value.trim().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("patient." + field + ".required", field, label + " is required.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new BusinessRuleException("patient." + field + ".tooLong", field,
                    label + " may have at most " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
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

    /** Age in whole years on {@code today}. */
    public int ageOn(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
