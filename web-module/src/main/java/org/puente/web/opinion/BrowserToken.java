package org.puente.web.opinion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.platform.SecretTokens;

/**
 * The anonymous visitor's survey token: a long random value in a cookie (HttpOnly, SameSite=Lax, Secure over
 * HTTPS, a year), so the same browser answers a survey once without an account. The server keeps only its hash,
 * with the response; the cookie names no survey and no person.
 */
@RequestScoped
public class BrowserToken {

    static final String COOKIE = "puente_encuesta";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    private HttpServletRequest request;

    /** This browser's token, if it has one of ours. */
    public String current() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && SecretTokens.looksLikeOne(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** This browser's token, a new one set in its cookie when it has none. */
    public String currentOrNew() {
        String token = current();
        if (token == null) {
            token = SecretTokens.newToken();
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            HttpServletResponse response = (HttpServletResponse)
                    FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.addHeader(
                    "Set-Cookie",
                    COOKIE + "=" + token + "; Path=" + path + "; Max-Age=" + ONE_YEAR + "; HttpOnly; SameSite=Lax"
                            + (request.isSecure() ? "; Secure" : ""));
        }
        return token;
    }
}
