package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.consent.ConsentFile;
import com.clinicsuite.patients.application.consent.Consents;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/** Streams a consent's scan; the service decides who may open it and audits every opening. */
@WebServlet("/consents/document")
public class ConsentDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Consents consents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(req.getParameter("id")));
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ConsentFile file;
        try {
            file = consents.open(id);
        } catch (EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessRuleException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName().replace("\"", "") + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(file.bytes().length);
        resp.getOutputStream().write(file.bytes());
    }
}
