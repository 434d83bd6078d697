package com.clinicsuite.web.rest;

import jakarta.ws.rs.BadRequestException;

/** Checks of request parameters shared by the resources. */
final class Params {

    private Params() {
    }

    /** The {@code ?version=} of the record being changed: required, so that a stale edit is refused, never applied. */
    static long version(Long version) {
        if (version == null) {
            throw new BadRequestException("The version of the record being changed is required (?version=).");
        }
        return version;
    }

    /** {@code ?offset=&limit=} as a page; out of range is a 400 with a clear message. */
    static com.clinicsuite.shared.application.PageRequest page(int offset, int limit) {
        return page(offset, limit, null, true);
    }

    /** {@code ?offset=&limit=} with a sort the query understands ({@code null} for its default). */
    static com.clinicsuite.shared.application.PageRequest page(int offset, int limit, String sort, boolean ascending) {
        try {
            return new com.clinicsuite.shared.application.PageRequest(offset, limit, sort, ascending);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** A request body: required. */
    static <T> T body(T body) {
        if (body == null) {
            throw new BadRequestException("A request body is required.");
        }
        return body;
    }

    /** An optional yyyy-MM-dd parameter; a wrong format is a 400 with a clear message. */
    static java.time.LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date as yyyy-MM-dd.");
        }
    }
}
