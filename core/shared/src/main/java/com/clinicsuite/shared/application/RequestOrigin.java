package com.clinicsuite.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (client address) and its id, filled by the web layer for each HTTP request so
 * that audit entries record them. Outside an HTTP request both stay empty.
 */
@RequestScoped
public class RequestOrigin {

    private String address;
    private String requestId;

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address;
    }

    /** An id for this request, the same on every audit entry it writes (and in the X-Request-Id response header). */
    public String requestId() {
        return requestId;
    }

    public void requestId(String requestId) {
        this.requestId = requestId;
    }
}
