package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.puente.identity.SignInResult;
import org.puente.identity.TwoFactor;
import org.puente.web.platform.Texts;

/**
 * The sign-in form: back to the page the visitor asked for, or else staff to the intranet and
 * citizens to their account page. A right password of an account with a second factor (or whose role
 * requires one) leads to /login/codigo ({@link CodeBacking}) instead, still signed out.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private Texts texts;

    @Inject
    private TwoFactor twoFactor;

    @Inject
    private Clock clock;

    private String username;
    private String password;
    private String returnTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        UnfinishedSignIn.forgetUnless(status, request);
        if (attempt.isThrottled()) {
            texts.error(null, "abuse.signIn.wait", attempt.waitMinutes());
            return;
        }
        if (attempt.needsSecondStep()) {
            boolean enrol = attempt.outcome() == SignInResult.Outcome.ENROLMENT_REQUIRED;
            new PendingSignIn(attempt.username(), enrol ? twoFactor.newSecret() : null, returnTo, clock.instant())
                    .keepIn(request.getSession());
            external.redirect(external.getRequestContextPath() + CodeBacking.PAGE);
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                AccountSessionFilter.remember(request.getSession(), attempt.username(), attempt.sessionVersion());
                external.redirect(
                        external.getRequestContextPath() + LoginRedirect.landing(returnTo, attempt.isStaff()));
            }
            default -> {
                SecurityLog.signInRefused(username, attempt.outcome().name(), request);
                // an unknown name, a wrong password and a locked account get the same answer
                texts.error(
                        null, attempt.outcome() == SignInResult.Outcome.INACTIVE ? "login.inactive" : "login.invalid");
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
