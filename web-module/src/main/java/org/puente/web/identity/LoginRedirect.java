package org.puente.web.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where {@link SessionAuthentication} sends a visitor who opens a protected page: the login page, carrying the
 * page he asked for (volver=...), so that he lands there once signed in.
 */
final class LoginRedirect {

    static final String PARAMETER = "volver";

    private LoginRedirect() {}

    /** The login page's address (in the application) for this request: with volver=PAGE when it was a GET. */
    static String pageFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/login";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "/login?" + PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Where a signed-in person goes: the page he asked for, or else staff to the intranet and citizens to their account. */
    static String landing(String returnTo, boolean staff) {
        return isSafe(returnTo) ? returnTo : staff ? "/staff/" : "/mi-cuenta";
    }

    /** Only a path of this application: never another site (no open redirect), never a header break. */
    static boolean isSafe(String path) {
        return path != null && path.matches("/[^/\\\\][^\\r\\n]*|/") && !path.startsWith("/login");
    }
}
