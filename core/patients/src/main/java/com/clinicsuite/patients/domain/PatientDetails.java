package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.domain.Npi;
import com.clinicsuite.shared.error.BusinessRuleException;

import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * Everything the front desk records about a patient besides the MRN: identity, contact, emergency contact and
 * referral. Building one checks every field and names the first one that is wrong.
 *
 * @param phone          required
 * @param email          optional
 * @param emergencyPhone required when an emergency contact name is given
 * @param referrerNpi    optional; when given it must pass the NPI check digit
 */
public record PatientDetails(
        String givenName, String familyName, String preferredName, LocalDate birthDate, Sex sexAtBirth,
        String genderIdentity, String pronouns,
        PhoneNumber phone, String email, ContactMethod contactMethod,
        String addressLine1, String addressLine2, String city, String state, String zip,
        String emergencyName, String emergencyRelationship, PhoneNumber emergencyPhone,
        String referrerName, Npi referrerNpi, PhoneNumber referrerPhone) {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_AGE_YEARS = 130;
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern STATE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");

    /** What a person typed, as text, before it is checked. */
    public record Input(
            String givenName, String familyName, String preferredName, LocalDate birthDate, Sex sexAtBirth,
            String genderIdentity, String pronouns,
            String phone, String email, ContactMethod contactMethod,
            String addressLine1, String addressLine2, String city, String state, String zip,
            String emergencyName, String emergencyRelationship, String emergencyPhone,
            String referrerName, String referrerNpi, String referrerPhone) {
    }

    /**
     * Checks and normalizes the input.
     *
     * @param today the clinic's date, against which the birth date is checked
     * @throws BusinessRuleException naming the first field that is missing or malformed
     */
    public static PatientDetails of(Input in, LocalDate today) {
        String given = required(in.givenName(), "givenName", "Given name", MAX_NAME_LENGTH);
        String family = required(in.familyName(), "familyName", "Family name", MAX_NAME_LENGTH);
        checkBirthDate(in.birthDate(), today);
        if (in.sexAtBirth() == null) {
            throw new BusinessRuleException("patient.sexAtBirth.required", "sexAtBirth", "Sex assigned at birth is required.");
        }
        if (blank(in.phone())) {
            throw new BusinessRuleException("patient.phone.required", "phone", "Phone is required.");
        }
        PhoneNumber phone = PhoneNumber.parse(in.phone(), "phone", "Phone");
        String email = optional(in.email(), "email", "Email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BusinessRuleException("patient.email.invalid", "email", "Email must look like name@example.com.");
        }
        ContactMethod contact = in.contactMethod() == null ? ContactMethod.PHONE : in.contactMethod();
        if (contact == ContactMethod.EMAIL && email == null) {
            throw new BusinessRuleException("patient.contact.email", "email", "Email is required when email is the preferred contact.");
        }
        String line1 = optional(in.addressLine1(), "addressLine1", "Address", 200);
        String state = optional(in.state(), "state", "State", 2);
        if (state != null) {
            state = state.toUpperCase(java.util.Locale.ROOT);
            if (!STATE.matcher(state).matches()) {
                throw new BusinessRuleException("patient.state.invalid", "state", "State must be a 2-letter code, e.g. CA.");
            }
        }
        String zip = optional(in.zip(), "zip", "ZIP code", 10);
        if (zip != null && !ZIP.matcher(zip).matches()) {
            throw new BusinessRuleException("patient.zip.invalid", "zip", "ZIP code must be 5 digits, or 5+4 as 12345-6789.");
        }
        if (contact == ContactMethod.MAIL && (line1 == null || zip == null)) {
            throw new BusinessRuleException("patient.contact.mail", "addressLine1", "A postal address is required when post is the preferred contact.");
        }
        String emergencyName = optional(in.emergencyName(), "emergencyName", "Emergency contact", MAX_NAME_LENGTH);
        PhoneNumber emergencyPhone = null;
        if (emergencyName != null || !blank(in.emergencyPhone())) {
            if (emergencyName == null) {
                throw new BusinessRuleException("patient.emergencyName.required", "emergencyName", "Name the emergency contact.");
            }
            if (blank(in.emergencyPhone())) {
                throw new BusinessRuleException("patient.emergencyPhone.required", "emergencyPhone", "The emergency contact needs a phone number.");
            }
            emergencyPhone = PhoneNumber.parse(in.emergencyPhone(), "emergencyPhone", "Emergency contact phone");
        }
        Npi npi = null;
        if (!blank(in.referrerNpi())) {
            String digits = in.referrerNpi().strip();
            if (!Npi.isValid(digits)) {
                throw new BusinessRuleException("patient.referrerNpi.invalid", "referrerNpi",
                        "NPI must be 10 digits with a valid check digit; please check it against the referral.");
            }
            npi = new Npi(digits);
        }
        PhoneNumber referrerPhone = blank(in.referrerPhone()) ? null
                : PhoneNumber.parse(in.referrerPhone(), "referrerPhone", "Referring provider phone");
        return new PatientDetails(given, family,
                optional(in.preferredName(), "preferredName", "Preferred name", MAX_NAME_LENGTH),
                in.birthDate(), in.sexAtBirth(),
                optional(in.genderIdentity(), "genderIdentity", "Gender identity", 60),
                optional(in.pronouns(), "pronouns", "Pronouns", 40),
                phone, email, contact,
                line1, optional(in.addressLine2(), "addressLine2", "Address line 2", 200),
                optional(in.city(), "city", "City", 100), state, zip,
                emergencyName, optional(in.emergencyRelationship(), "emergencyRelationship", "Relationship", 60), emergencyPhone,
                optional(in.referrerName(), "referrerName", "Referring provider", MAX_NAME_LENGTH), npi, referrerPhone);
    }

    private static void checkBirthDate(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            throw new BusinessRuleException("patient.birthDate.required", "birthDate", "Date of birth is required.");
        }
        if (birthDate.isAfter(today)) {
            throw new BusinessRuleException("patient.birthDate.future", "birthDate", "Date of birth cannot be in the future.");
        }
        if (Period.between(birthDate, today).getYears() >= MAX_AGE_YEARS) {
            throw new BusinessRuleException("patient.birthDate.implausible", "birthDate",
                    "Date of birth is more than " + MAX_AGE_YEARS + " years ago; please check it.");
        }
    }

    private static String required(String value, String field, String label, int max) {
        String v = optional(value, field, label, max);
        if (v == null) {
            throw new BusinessRuleException("patient." + field + ".required", field, label + " is required.");
        }
        return v;
    }

    private static String optional(String value, String field, String label, int max) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.strip().replaceAll("\\s+", " ");
        if (trimmed.length() > max) {
            throw new BusinessRuleException("patient." + field + ".tooLong", field,
                    label + " may have at most " + max + " characters.");
        }
        return trimmed;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
