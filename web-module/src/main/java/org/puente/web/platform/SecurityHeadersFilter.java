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
    /** The transparency card is made to be shown in other sites' pages (it holds only public figures). */
    static final String EMBEDDABLE_POLICY = "frame-ancestors *; base-uri 'self'; object-src 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Content-Security-Policy",
                isEmbeddable(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        ? EMBEDDABLE_POLICY
                        : POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPrivate(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The transparency card, /transparencia/{municipio}/tarjeta, and nothing else. */
    static boolean isEmbeddable(String path) {
        return EMBEDDABLE.matcher(path).matches();
    }

    private static final java.util.regex.Pattern EMBEDDABLE =
            java.util.regex.Pattern.compile("/transparencia/[A-Za-z0-9-]{1,12}/tarjeta/?");

    /** Pages whose answer depends on who asks, or shows what only the asker may see. */
    static boolean isPrivate(String path) {
        return PRIVATE.stream().anyMatch(path::startsWith);
    }

    private static final java.util.List<String> PRIVATE = java.util.List.of(
            "/staff",
            "/seguimiento",
            "/mi-cuenta",
            "/login",
            "/api/",
            "/contrasena",
            "/reporte-enviado",
            "/registro",
            "/olvide-contrasena");
}
