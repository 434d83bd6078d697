package com.clinicsuite.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the REST API. */
@ApplicationPath("/api")
public class ClinicApi extends Application {
}
