package org.puente.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries: no framing by other sites, no content sniffing, no address (a
 * tracking code travels in it) sent to other sites, HSTS when served over HTTPS. Pages that hold a
 * person's data (the intranet, the tracking page, the citizen's account, the login) are never stored
 * by a browser or a proxy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPrivate(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Pages whose answer depends on who asks, or shows what only the asker may see. */
    static boolean isPrivate(String path) {
        return PRIVATE.stream().anyMatch(path::startsWith);
    }

    private static final java.util.List<String> PRIVATE = java.util.List.of("/staff", "/seguimiento", "/mi-cuenta",
            "/login", "/api/", "/contrasena", "/reporte-enviado", "/registro", "/olvide-contrasena");
}
