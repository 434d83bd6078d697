package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

/**
 * A North American (NANP) phone number, kept as its 10 digits. Accepts the usual ways of writing one:
 * "(555) 201-3344", "555.201.3344", "+1 555 201 3344".
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (digits == null || !digits.matches("[2-9]\\d{2}[2-9]\\d{6}")) {
            throw new IllegalArgumentException("Not a 10-digit NANP number: " + digits);
        }
    }

    /** Parses what a person typed, or refuses it with a message for {@code field}. */
    public static PhoneNumber parse(String text, String field, String label) {
        String digits = digitsOf(text);
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (!digits.matches("[2-9]\\d{2}[2-9]\\d{6}") || !text.strip().matches("[+0-9().\\-\\s]+")) {
            throw new BusinessRuleException("phone.invalid", field,
                    label + " must be a 10-digit US phone number, e.g. (555) 201-3344.");
        }
        return new PhoneNumber(digits);
    }

    /** The digits of {@code text}, for searching by phone. */
    public static String digitsOf(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    /** "(555) 201-3344". */
    public String formatted() {
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
