package com.clinicsuite.patients.domain;

import com.clinicsuite.shared.domain.LuhnCheckDigit;

/**
 * Medical record number: 7 digits from the clinic's sequence followed by a Luhn check digit,
 * so that a mistyped digit is caught before it finds the wrong chart.
 */
public record Mrn(String value) {

    public static final int LENGTH = 8;

    public Mrn {
        if (value == null || value.length() != LENGTH || !LuhnCheckDigit.isValid(value)) {
            throw new IllegalArgumentException("Not a valid MRN: " + value);
        }
    }

    /** The MRN for the {@code n}-th patient of the clinic (1 ≤ n ≤ 9,999,999). */
    public static Mrn fromSequence(long n) {
        if (n < 1 || n > 9_999_999L) {
            throw new IllegalArgumentException("MRN sequence out of range: " + n);
        }
        String payload = String.format("%07d", n);
        return new Mrn(payload + LuhnCheckDigit.compute(payload));
    }

    /** True when {@code text} has the shape of an MRN and its check digit is right. */
    public static boolean looksLikeMrn(String text) {
        return text != null && text.length() == LENGTH && LuhnCheckDigit.isValid(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
