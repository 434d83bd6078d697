package com.clinicsuite.shared.domain;


/**
 * National Provider Identifier: 10 digits whose last digit is the Luhn check digit of the first nine
 * prefixed with 80840 (CMS, "NPI check digit").
 */
public record Npi(String value) {

    private static final String CARD_ISSUER_PREFIX = "80840";

    public Npi {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid NPI: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() == 10 && candidate.chars().allMatch(Character::isDigit)
                && LuhnCheckDigit.isValid(CARD_ISSUER_PREFIX + candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
