package org.puente.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sign-in that did not end signed in (a right password that still needs the code, a wrong password, a wrong
 * code) leaves no mark of Soteria's "caller-initiated authentication" in the session: with the mark, the next
 * {@code GET /staff/...} answered 200 with an empty body instead of the login page (ArcoIT checks that end to end).
 */
class UnfinishedSignInTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                default -> null;
            });
    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> "getSession".equals(method.getName()) ? session : null);

    @Test
    void aFailedOrUnfinishedAuthenticationForgetsTheMark() {
        for (AuthenticationStatus status :
                new AuthenticationStatus[] {AuthenticationStatus.SEND_FAILURE, AuthenticationStatus.NOT_DONE}) {
            attributes.put(UnfinishedSignIn.SOTERIA_MARK, Boolean.TRUE);
            UnfinishedSignIn.forgetUnless(status, request);
            assertNull(attributes.get(UnfinishedSignIn.SOTERIA_MARK), status.name());
        }
    }

    @Test
    void aSignInThatSucceedsOrContinuesKeepsItForSoteria() {
        for (AuthenticationStatus status :
                new AuthenticationStatus[] {AuthenticationStatus.SUCCESS, AuthenticationStatus.SEND_CONTINUE}) {
            attributes.put(UnfinishedSignIn.SOTERIA_MARK, Boolean.TRUE);
            UnfinishedSignIn.forgetUnless(status, request);
            assertEquals(Boolean.TRUE, attributes.get(UnfinishedSignIn.SOTERIA_MARK), status.name());
        }
    }
}
