package com.clinicsuite.shared.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for searching: lower case, accents removed, inner whitespace collapsed.
 * "José  Álvarez" and "jose alvarez" fold to the same key, so an index on the folded
 * column serves a case- and accent-insensitive prefix search.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = decomposed.replaceAll("\\p{M}+", "");
        return withoutMarks.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
