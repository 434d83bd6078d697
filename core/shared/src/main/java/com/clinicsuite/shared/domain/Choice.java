package com.clinicsuite.shared.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.util.Locale;

/** Reads a choice (an enum constant) from what a form or API sent, refusing unknown codes with a field message. */
public final class Choice {

    private Choice() {
    }

    /**
     * The constant of {@code type} named by {@code code} (case-insensitive).
     *
     * @throws BusinessRuleException "{label} is required." when blank, or that the code is not one of the choices
     */
    public static <E extends Enum<E>> E of(Class<E> type, String code, String field, String label) {
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException(field + ".required", field, label + " is required.");
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field + ".unknown", field, label + " \"" + code + "\" is not one of the choices.");
        }
    }

    /** Like {@link #of}, but blank means "not given" and gives {@code null}. */
    public static <E extends Enum<E>> E optional(Class<E> type, String code, String field, String label) {
        return code == null || code.isBlank() ? null : of(type, code, field, label);
    }
}
