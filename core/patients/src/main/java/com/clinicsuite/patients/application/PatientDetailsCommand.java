package com.clinicsuite.patients.application;

import com.clinicsuite.patients.domain.ContactMethod;
import com.clinicsuite.patients.domain.PatientDetails;
import com.clinicsuite.patients.domain.Sex;
import com.clinicsuite.shared.domain.Choice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the front desk enters to register a patient or correct their details. Bean Validation reports every
 * missing or malformed field at once; the domain then checks the rules that need more than a pattern
 * (phone numbering plan, NPI check digit, plausible birth date).
 *
 * @param sexAtBirth    FEMALE, MALE or UNKNOWN
 * @param contactMethod PHONE, TEXT, EMAIL or MAIL; blank means PHONE
 */
public record PatientDetailsCommand(
        @NotBlank(message = "Given name is required.") @Size(max = 100, message = "Given name may have at most 100 characters.")
        String givenName,
        @NotBlank(message = "Family name is required.") @Size(max = 100, message = "Family name may have at most 100 characters.")
        String familyName,
        @Size(max = 100, message = "Preferred name may have at most 100 characters.")
        String preferredName,
        @NotNull(message = "Date of birth is required.") @PastOrPresent(message = "Date of birth cannot be in the future.")
        LocalDate birthDate,
        @NotBlank(message = "Sex assigned at birth is required.")
        String sexAtBirth,
        @Size(max = 60, message = "Gender identity may have at most 60 characters.")
        String genderIdentity,
        @Size(max = 40, message = "Pronouns may have at most 40 characters.")
        String pronouns,
        @NotBlank(message = "Phone is required.") @Size(max = 30, message = "Phone is too long.")
        String phone,
        @Size(max = 254, message = "Email may have at most 254 characters.")
        @Pattern(regexp = "^$|^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$",
                message = "Email must look like name@example.com.")
        String email,
        String contactMethod,
        @Size(max = 200, message = "Address may have at most 200 characters.")
        String addressLine1,
        @Size(max = 200, message = "Address line 2 may have at most 200 characters.")
        String addressLine2,
        @Size(max = 100, message = "City may have at most 100 characters.")
        String city,
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "State must be a 2-letter code, e.g. CA.")
        String state,
        @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "ZIP code must be 5 digits, or 5+4 as 12345-6789.")
        String zip,
        @Size(max = 100, message = "Emergency contact may have at most 100 characters.")
        String emergencyName,
        @Size(max = 60, message = "Relationship may have at most 60 characters.")
        String emergencyRelationship,
        @Size(max = 30, message = "Emergency contact phone is too long.")
        String emergencyPhone,
        @Size(max = 100, message = "Referring provider may have at most 100 characters.")
        String referrerName,
        @Pattern(regexp = "^$|^\\d{10}$", message = "NPI must be 10 digits.")
        String referrerNpi,
        @Size(max = 30, message = "Referring provider phone is too long.")
        String referrerPhone) implements Serializable {

    /** Checked domain details, or a refusal naming the field. */
    PatientDetails toDetails(LocalDate today) {
        return PatientDetails.of(new PatientDetails.Input(givenName, familyName, preferredName, birthDate,
                Choice.optional(Sex.class, sexAtBirth, "sexAtBirth", "Sex assigned at birth"), genderIdentity, pronouns,
                phone, email, Choice.optional(ContactMethod.class, contactMethod, "contactMethod", "Preferred contact"),
                addressLine1, addressLine2, city, state, zip,
                emergencyName, emergencyRelationship, emergencyPhone, referrerName, referrerNpi, referrerPhone), today);
    }

}
