package com.clinicsuite.patients.application;

/** Display formats shared by the patient DTOs. */
final class Formats {

    private Formats() {
    }

    /** "(555) 201-3344" for ten digits; anything else as it is; empty for none. */
    static String phone(String digits) {
        if (digits == null) {
            return "";
        }
        return digits.length() == 10
                ? "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6)
                : digits;
    }
}
