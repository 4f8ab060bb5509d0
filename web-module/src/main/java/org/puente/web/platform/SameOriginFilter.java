package org.puente.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Cross-site request forgery guard for the JSON API that acts on the session cookie (a moderator's
 * approvals and notices) and the sign-out: a request that changes something must come from one of Puente's own pages.
 * Browsers say where a request comes from ({@code Origin}, {@code Sec-Fetch-Site}); one from another
 * site is refused with 403 before it reaches the resource. Programs that send neither (no browser, so
 * no victim's cookie to borrow) are let through.
 */
@WebFilter(
        urlPatterns = {"/api/*", "/salir"},
        asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (changesSomething(request.getMethod())
                && !fromThisSite(
                        request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean changesSomething(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    static boolean fromThisSite(String origin, String fetchSite, String host) {
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        if (origin.equals("null") || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
