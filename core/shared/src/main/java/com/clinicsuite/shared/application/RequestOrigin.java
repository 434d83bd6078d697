package com.clinicsuite.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (client address), filled by the web layer for each HTTP
 * request so that audit entries record it. Outside an HTTP request it stays empty.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address;
    }
}
