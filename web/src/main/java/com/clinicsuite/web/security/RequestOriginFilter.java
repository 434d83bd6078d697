package com.clinicsuite.web.security;

import com.clinicsuite.shared.application.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Records the client address of each request so that audit entries say where an action came from. */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        origin.address(req.getRemoteAddr());
        String id = java.util.UUID.randomUUID().toString();
        origin.requestId(id);
        res.setHeader("X-Request-Id", id);
        chain.doFilter(req, res);
    }
}
