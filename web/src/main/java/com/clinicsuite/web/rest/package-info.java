/**
 * The REST API under /api for integrations and tests. Callers authenticate with a Keycloak bearer
 * token; the application services decide what each role may do, and the mappers here turn their
 * refusals into JSON errors.
 */
package com.clinicsuite.web.rest;
