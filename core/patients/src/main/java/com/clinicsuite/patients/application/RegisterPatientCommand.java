package com.clinicsuite.patients.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What the front desk enters to register a patient. */
public record RegisterPatientCommand(
        @NotBlank(message = "Given name is required.")
        @Size(max = 100, message = "Given name may have at most 100 characters.")
        String givenName,

        @NotBlank(message = "Family name is required.")
        @Size(max = 100, message = "Family name may have at most 100 characters.")
        String familyName,

        @NotNull(message = "Date of birth is required.")
        @PastOrPresent(message = "Date of birth cannot be in the future.")
        LocalDate birthDate) implements Serializable {
}
