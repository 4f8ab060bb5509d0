package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where {@link SessionAuthentication} sends a visitor who opens a protected page, and where a page's own "sign in"
 * link points: the login page, carrying the page he was on (volver=...), so that he lands there once signed in.
 */
@Named
@RequestScoped
public class LoginRedirect {

    static final String PARAMETER = "volver";

    @Inject
    private HttpServletRequest request;

    /** For a page's "sign in" link (the forum's): the login page, back to this page afterwards. */
    public String getPage() {
        return pageFor(request);
    }

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
