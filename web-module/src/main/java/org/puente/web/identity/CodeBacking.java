package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.puente.identity.Totp;
import org.puente.identity.TwoFactor;
import org.puente.web.platform.Texts;

/**
 * /login/codigo, the second step of a sign-in after a right password: the one-time code, or, for someone
 * whose role requires a second factor he has not set up, the secret (QR code and text) and the code that
 * confirms it. Without a pending sign-in in the session the page sends the visitor back to /login, so it
 * tells nobody anything about a password he does not have.
 */
@Named
@RequestScoped
public class CodeBacking {

    static final String PAGE = "/login/codigo";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private Texts texts;

    @Inject
    private Clock clock;

    private String code;

    public void load() throws IOException {
        if (pending().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            external.redirect(external.getRequestContextPath() + "/login");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new OneTimeCodeCredential(code)));
        UnfinishedSignIn.forgetUnless(status, request);
        if (attempt.isThrottled()) {
            SecurityLog.signInRefused(pending.get().username(), "CODE_THROTTLED", request);
            texts.error(null, "abuse.signIn.wait", attempt.waitMinutes());
        } else if (status == AuthenticationStatus.SUCCESS) {
            PendingSignIn.clear(request.getSession(false));
            request.changeSessionId();
            AccountSessionFilter.remember(request.getSession(), attempt.username(), attempt.sessionVersion());
            external.redirect(external.getRequestContextPath()
                    + LoginRedirect.landing(pending.get().returnTo(), attempt.isStaff()));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            SecurityLog.signInRefused(
                    pending.get().username(), "CODE_" + attempt.outcome().name(), request);
            texts.error("verification:code", "twoFactor.code.invalid");
        }
        code = null;
    }

    /** Back to the password: the half-done sign-in is forgotten. */
    public void cancel() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        PendingSignIn.clear(((HttpServletRequest) external.getRequest()).getSession(false));
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public boolean isEnrolling() {
        return pending().map(PendingSignIn::isEnrolling).orElse(false);
    }

    /** The secret to type into an app, in groups of four. */
    public String getSecret() {
        return pending()
                .map(PendingSignIn::enrolSecret)
                .map(TwoFactorBacking::grouped)
                .orElse(null);
    }

    public String getOtpauthUri() {
        return pending()
                .filter(PendingSignIn::isEnrolling)
                .map(p -> Totp.otpauthUri(TwoFactor.ISSUER, p.username(), p.enrolSecret()))
                .orElse(null);
    }

    public String getQrCode() {
        String uri = getOtpauthUri();
        return uri == null ? null : QrCodes.svgDataUri(uri);
    }

    private Optional<PendingSignIn> pending() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return PendingSignIn.of(request.getSession(false), clock.instant());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
