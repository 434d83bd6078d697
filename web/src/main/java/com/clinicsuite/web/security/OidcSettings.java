package com.clinicsuite.web.security;

/** The Keycloak realm the web client uses; the same environment variable oidc.json reads. */
final class OidcSettings {

    static final String CLIENT_ID = "clinic-web";
    static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/clinic";

    private OidcSettings() {
    }

    static String providerUrl() {
        String url = System.getenv("CLINIC_OIDC_PROVIDER_URL");
        return url == null || url.isBlank() ? DEFAULT_PROVIDER_URL : url.replaceAll("/+$", "");
    }
}
