package com.clinicsuite.pharmacy.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

/**
 * A National Drug Code in the 11-digit 5-4-2 form billing needs (e.g. 00409-2053-05; DOMAIN.md §5). Ten-digit
 * labeler forms must be padded to 11 digits by whoever enters them, as the package label shows.
 */
public record Ndc(String value) {

    public Ndc {
        if (value == null || !value.matches("\\d{5}-\\d{4}-\\d{2}")) {
            throw new BusinessRuleException("ndc.format", "ndc", "The NDC must have 11 digits in the 5-4-2 form, e.g. 00409-2053-05.");
        }
    }

    /** Accepts 11 digits with or without the dashes. */
    public static Ndc parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{11}")) {
            throw new BusinessRuleException("ndc.format", "ndc", "The NDC must have 11 digits in the 5-4-2 form, e.g. 00409-2053-05.");
        }
        return new Ndc(digits.substring(0, 5) + "-" + digits.substring(5, 9) + "-" + digits.substring(9));
    }

    /** The 11 digits without dashes, as claims carry it. */
    public String digits() {
        return value.replace("-", "");
    }
}
