package org.puente.web.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logs every access denial once ({@link SecurityLog}): those of web.xml's security constraints, which
 * the container answers with an error dispatch to the error page (seen here), and those of the
 * services, which {@code ErrorView} answers within the request (it calls {@link #deniedOnce}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class AccessDeniedLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String LOGGED = AccessDeniedLog.class.getName() + ".logged";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            deniedOnce(request, "no role for this address");
        }
        chain.doFilter(request, response);
    }

    public static void deniedOnce(HttpServletRequest request, String reason) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user == null && session != null) {
            Object remembered = session.getAttribute(AccountSessionFilter.USERNAME);
            user = remembered == null ? null : remembered.toString();
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        SecurityLog.accessDenied(user, reason + (uri == null ? "" : ", " + uri), request);
    }
}
