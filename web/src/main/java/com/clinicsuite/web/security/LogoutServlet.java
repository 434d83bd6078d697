package com.clinicsuite.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the application session and the Keycloak session (RP-initiated logout), then lands on the
 * public goodbye page. POST only, so that a link or an image cannot log a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());
    private static final String OIDC_CONTEXT = "org.wildfly.security.http.oidc.OidcSecurityContext";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String idToken = idToken(req);
        HttpSession session = req.getSession(false);
        req.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the OIDC client's logout may have ended it already
            }
        }
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
        StringBuilder url = new StringBuilder(OidcSettings.providerUrl())
                .append("/protocol/openid-connect/logout?client_id=").append(OidcSettings.CLIENT_ID)
                .append("&post_logout_redirect_uri=").append(encode(base + "/goodbye.html"));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        resp.sendRedirect(url.toString());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + "/");
    }

    /** The ID token WildFly's OIDC client keeps for this user, read without a compile-time tie to its private API. */
    private static String idToken(HttpServletRequest req) {
        Object context = req.getAttribute(OIDC_CONTEXT);
        HttpSession session = req.getSession(false);
        if (context == null && session != null) {
            context = session.getAttribute(OIDC_CONTEXT);
        }
        if (context == null) {
            return null;
        }
        try {
            return (String) context.getClass().getMethod("getIDTokenString").invoke(context);
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.log(Level.FINE, "No ID token for the logout hint", e);
            return null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
