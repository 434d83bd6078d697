package com.clinicsuite.shared.application;

/**
 * One page of a list: where it starts, how many rows, and an optional sort.
 *
 * @param offset    first row, from 0
 * @param limit     rows on the page, 1 to {@value #MAX_LIMIT}
 * @param sortField a screen-level sort key the query understands, or {@code null} for the default
 * @param ascending sort direction
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
