package com.clinicsuite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Applies {@link SessionPolicy} to every request that has a session: the idle timeout is set on the session, and a
 * session older than the absolute lifetime gets no more pages: every request is sent to /session/expired, which signs
 * out (POST /logout, ending the Keycloak session too). An AJAX request gets a Faces partial-response redirect, so the
 * page does not hang.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final SessionPolicy POLICY = SessionPolicy.fromEnvironment();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpSession session = req.getSession(false);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (session != null && !path.equals("/logout") && !path.equals("/session/expired") && !path.startsWith("/jakarta.faces.resource/")) {
            if (POLICY.expired(session.getCreationTime(), System.currentTimeMillis())) {
                String target = req.getContextPath() + "/session/expired";
                if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
                    res.setContentType("text/xml;charset=UTF-8");
                    res.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                            + "\"/></partial-response>");
                } else {
                    res.sendRedirect(target);
                }
                return;
            }
            int idle = (int) POLICY.idle().toSeconds();
            if (session.getMaxInactiveInterval() != idle) {
                session.setMaxInactiveInterval(idle);
            }
        }
        chain.doFilter(req, res);
    }
}
