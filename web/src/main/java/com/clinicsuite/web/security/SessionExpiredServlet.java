package com.clinicsuite.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The page a session reaches at its absolute lifetime: it signs out (POST /logout) at once, or with one click. */
@WebServlet("/session/expired")
public class SessionExpiredServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String ctx = req.getContextPath();
        res.setContentType("text/html;charset=UTF-8");
        res.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Session ended · Clinic suite</title>"
                + "<link rel=\"stylesheet\" href=\"" + ctx + "/resources/css/public.css\"/></head><body><main>"
                + "<h1>Your session has ended</h1><p>Sessions last at most " + SessionLifetimeFilter.POLICY.absolute().toHours()
                + " hours. Sign in again to continue.</p><form id=\"expired-form\" method=\"post\" action=\"" + ctx + "/logout\">"
                + "<button type=\"submit\">Sign in again</button></form>"
                + "<script src=\"" + ctx + "/resources/js/expired.js\"></script></main></body></html>");
    }
}
