package com.clinicsuite.shared.error;

import java.util.Optional;

/**
 * A request broke a business rule. The transaction rolls back (declared in each module's
 * ejb-jar.xml) and the user sees {@link #getMessage()}, next to {@link #field()} when one is named.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;

    public BusinessRuleException(String key, String message) {
        this(key, null, message);
    }

    public BusinessRuleException(String key, String field, String message) {
        super(message);
        this.key = key;
        this.field = field;
    }

    /** Stable identifier of the rule, e.g. {@code patient.birthDate.future}. */
    public String key() {
        return key;
    }

    /** The input field the message belongs to, if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
