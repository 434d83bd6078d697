package com.clinicsuite.web.admin;

import com.clinicsuite.scheduling.application.ClinicSettings;
import com.clinicsuite.web.faces.ClinicBrand;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The clinic's logo for the top bar (404 when none is set). Not patient data. */
@WebServlet("/clinic-logo")
public class ClinicLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicBrand brand;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClinicSettings.Logo logo = brand.logo();
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No logo is set.");
            return;
        }
        response.setContentType(logo.contentType());
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(logo.image().length);
        response.getOutputStream().write(logo.image());
    }
}
