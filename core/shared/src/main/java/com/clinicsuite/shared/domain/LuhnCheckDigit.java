package com.clinicsuite.shared.domain;

/**
 * The Luhn (mod 10) check digit, used for generated medical record numbers and for NPIs
 * (which are checked with the prefix 80840, per CMS).
 */
public final class LuhnCheckDigit {

    private LuhnCheckDigit() {
    }

    /** The digit to append to {@code digits} so that the whole string passes {@link #isValid}. */
    public static int compute(String digits) {
        requireDigits(digits);
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled once the check digit is appended
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the last digit of {@code digitsWithCheck} is the Luhn check digit of the rest. */
    public static boolean isValid(String digitsWithCheck) {
        if (digitsWithCheck == null || digitsWithCheck.length() < 2 || !digitsWithCheck.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String payload = digitsWithCheck.substring(0, digitsWithCheck.length() - 1);
        int check = digitsWithCheck.charAt(digitsWithCheck.length() - 1) - '0';
        return compute(payload) == check;
    }

    private static void requireDigits(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("digits expected: " + digits);
        }
    }
}
