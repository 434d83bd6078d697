/**
 * The browser UI (PrimeFaces view beans per context) and the REST API. Views talk only to
 * application services and receive DTO records; security is enforced by the services.
 */
package com.clinicsuite.web;
