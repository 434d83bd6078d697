/** The signed-in user as the UI sees them, logout through Keycloak, and the request-origin filter. */
package com.clinicsuite.web.security;
