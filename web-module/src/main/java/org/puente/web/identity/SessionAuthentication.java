package org.puente.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Puente's one authentication mechanism: a sign-in on our own page (/login, {@link LoginBacking}, and the second
 * step {@link CodeBacking}) checked by {@link PuenteIdentityStore}, remembered in the HTTP session as the caller's
 * name and groups ({@link SignedIn}), and handed to the container again on every request.
 *
 * <p>Why not Jakarta Security's built-in custom-form mechanism: it remembers the caller through the container's
 * session principal ({@code @AutoApplySession}), and Payara 6 keeps that principal in a security context shared
 * between threads (Payara FISH-7515, GlassFish #25141 / #25206, fixed only in later releases): a staff member's
 * request that runs while a citizen's anonymous one ends loses its roles, and he gets "No tienes acceso" at random.
 * Seen here with 4 staff sessions and 6 anonymous visitors at once (1 request in 12 refused). Giving the container
 * a fresh caller name and groups on each request never touches that shared context.
 *
 * <p>A protected page asked for without a sign-in redirects to /login?volver=PAGE ({@link LoginRedirect}).
 * Groups are role names (Payara maps them one to one). They are those of the sign-in: a role granted or taken away
 * applies from the next sign-in, and {@link AccountSessionFilter} ends the sessions of an account whose access
 * changed.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    private static final String KEY = SignedIn.class.getName();

    @Inject
    private IdentityStoreHandler identityStores;

    /** Who signed in on this session: his name and his groups, as the identity store gave them. */
    record SignedIn(String name, Set<String> groups) implements Serializable {

        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups());
            request.getSession().setAttribute(KEY, signedIn);
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(KEY);
        if (remembered instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LoginRedirect.pageFor(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
        }
        context.cleanClientSubject();
    }
}
