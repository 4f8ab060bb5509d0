package org.puente.web.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginRedirectTest {

    @Test
    void onlyPathsOfThisApplicationAreFollowed() {
        assertTrue(LoginRedirect.isSafe("/staff/catalogo"));
        assertTrue(LoginRedirect.isSafe("/staff/organismo?id=3"));
        assertTrue(LoginRedirect.isSafe("/"));
        assertFalse(LoginRedirect.isSafe("//evil.example/"), "protocol-relative URL to another site");
        assertFalse(LoginRedirect.isSafe("/\\evil.example"));
        assertFalse(LoginRedirect.isSafe("https://evil.example/"));
        assertFalse(LoginRedirect.isSafe("/staff/\r\nSet-Cookie: x=y"));
        assertFalse(LoginRedirect.isSafe("/login"), "no loop back to the login page");
        assertFalse(LoginRedirect.isSafe(null));
    }
}
