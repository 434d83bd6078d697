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

    /** A request body: required. */
    static <T> T body(T body) {
        if (body == null) {
            throw new BadRequestException("A request body is required.");
        }
        return body;
    }
}
