package com.clinicsuite.web.rest;

import java.util.List;

/**
 * The body of every error response.
 *
 * @param error   a stable code, e.g. {@code forbidden} or a rule key such as {@code patient.birthDate.future}
 * @param message a plain-language explanation
 * @param fields  per-field messages for invalid input, empty otherwise
 */
public record ApiError(String error, String message, List<FieldError> fields) {

    public ApiError(String error, String message) {
        this(error, message, List.of());
    }

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }
}
