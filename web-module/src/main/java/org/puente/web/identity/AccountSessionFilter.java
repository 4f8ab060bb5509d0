package org.puente.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalInt;
import org.puente.identity.AccountService;

/**
 * Makes an administrator's changes reach the sessions already open: at every request of a signed-in
 * person the account's session number ({@code user_account.session_version}) is compared with the one
 * the session started with. A deactivated account, or one whose roles, body or department changed (or
 * whose password was reset), is signed out there and then: a page goes to the login page, which says
 * why; an Ajax request is told to go there; the JSON API answers 401. Signing in again gives the
 * current roles. One indexed look-up of two columns per request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccountSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VERSION = AccountSessionFilter.class.getName() + ".version";
    /** The signed-in user name, for the log of a denial that the container answers after letting go of him. */
    static final String USERNAME = AccountSessionFilter.class.getName() + ".username";

    static final String ENDED = "/login?sesion=terminada";

    @Inject
    private AccountService accounts;

    /** At sign-in: the session's account number. */
    static void remember(HttpSession session, String username, int sessionVersion) {
        session.setAttribute(VERSION, sessionVersion);
        session.setAttribute(USERNAME, username);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal != null && session != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            OptionalInt current = accounts.sessionVersion(principal.getName());
            Object started = session.getAttribute(VERSION);
            if (started == null && current.isPresent()) {
                remember(session, principal.getName(), current.getAsInt());
            } else if (current.isEmpty() || !current.equals(OptionalInt.of((Integer) started))) {
                String reason = current.isEmpty() ? "account deactivated" : "account changed";
                SecurityLog.sessionEnded(principal.getName(), reason, request);
                request.logout();
                session.invalidate();
                endedAnswer(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void endedAnswer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + ENDED;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
        } else if (path.startsWith("/api/") || path.startsWith("/ws/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
    }
}
