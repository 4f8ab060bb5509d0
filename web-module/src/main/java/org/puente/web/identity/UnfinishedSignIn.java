package org.puente.web.identity;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Forgets Jakarta Security's mark of a sign-in that did not end signed in.
 *
 * <p>Soteria (Payara's Jakarta Security) marks the session when {@code SecurityContext.authenticate} starts a
 * new authentication ({@code LoginToContinueInterceptor.tryClean}) and removes the mark only when that
 * authentication succeeds. While the mark is there, every later request of the session is treated as the
 * caller's own authentication, not the container's: the form mechanism finds no credential and does
 * nothing, so a protected page such as {@code GET /staff/...} answered 200 with an empty body instead of
 * sending the visitor to the login page. A right password that still needs the one-time code (and a wrong
 * password, or a wrong code) left the mark behind. The attribute's name is Soteria's; without it the next
 * protected request goes through login-to-continue again.
 */
final class UnfinishedSignIn {

    static final String SOTERIA_MARK = "org.glassfish.soteria.caller_initiated_authentication";

    private UnfinishedSignIn() {}

    /** After an {@code authenticate} call: unless it signed the visitor in (or is still sending him on), forgets it. */
    static void forgetUnless(AuthenticationStatus status, HttpServletRequest request) {
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SOTERIA_MARK);
        }
    }
}
