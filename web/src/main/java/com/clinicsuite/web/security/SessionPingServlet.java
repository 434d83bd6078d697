package com.clinicsuite.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * "Stay signed in": a POST touches the session (resetting its idle timer) and answers how long it may stay idle and
 * how long it may still live at most. It never creates a session.
 */
@WebServlet("/session/ping")
public class SessionPingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        HttpSession session = req.getSession(false);
        if (session == null) {
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED, "No session; sign in again.");
            return;
        }
        long remaining = Math.max(0, (session.getCreationTime() + SessionLifetimeFilter.POLICY.absolute().toMillis() - System.currentTimeMillis()) / 1000);
        res.setContentType("application/json");
        res.getWriter().write("{\"idleSeconds\":" + session.getMaxInactiveInterval() + ",\"absoluteRemainingSeconds\":" + remaining + "}");
    }
}
