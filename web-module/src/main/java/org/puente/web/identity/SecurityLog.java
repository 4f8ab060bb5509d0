package org.puente.web.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * Failed sign-ins and access denials at WARNING, where an operator reads them: the user name as typed
 * (cut to 120 characters and stripped of line breaks and other control characters, so that a typed
 * name cannot forge a log line), the reason and the client's address. Never a password.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());

    private SecurityLog() {}

    public static void signInRefused(String typedName, String reason, HttpServletRequest request) {
        LOG.warning(() -> "Sign-in refused for '" + clean(typedName) + "' (" + reason + ") from " + address(request));
    }

    public static void accessDenied(String username, String reason, HttpServletRequest request) {
        LOG.warning(() -> "Access denied to '" + clean(username == null ? "(anonymous)" : username) + "' for "
                + clean(request.getMethod() + " " + request.getRequestURI()) + " (" + reason + ") from "
                + address(request));
    }

    public static void sessionEnded(String username, String reason, HttpServletRequest request) {
        LOG.warning(() -> "Session of '" + clean(username) + "' ended (" + reason + ") from " + address(request));
    }

    /** The text with control characters (CR, LF, tabs...) replaced by '_', at most 120 characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "_");
    }

    private static String address(HttpServletRequest request) {
        return clean(request.getRemoteAddr());
    }
}
