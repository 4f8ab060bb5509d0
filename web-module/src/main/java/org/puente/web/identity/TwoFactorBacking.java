package org.puente.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.puente.identity.Totp;
import org.puente.identity.TwoFactor;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * The second factor on the staff member's account page (WEB-INF/includes/two-factor.xhtml): switching it
 * on (a new secret shown as a QR code and as text, kept only in this view until a code confirms it) and
 * off (with a code, unless his role requires it). The rules are {@link TwoFactor}'s.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "twoFactor";

    @Inject
    private TwoFactor twoFactor;

    @Inject
    private CurrentUser user;

    @Inject
    private Texts texts;

    private String secret;
    private String code;
    private transient TwoFactor.Status status;

    public TwoFactor.Status getStatus() {
        if (status == null) {
            status = twoFactor.status();
        }
        return status;
    }

    public void start() {
        secret = twoFactor.newSecret();
    }

    public void confirm() {
        act(() -> twoFactor.enrol(secret, code), "twoFactor.enabled");
    }

    public void disable() {
        act(() -> twoFactor.disable(code), "twoFactor.disabled");
    }

    public void cancel() {
        secret = null;
        code = null;
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            secret = null;
            status = null;
            texts.info(done);
        } catch (BusinessException refusal) {
            texts.show(refusal, FORM);
        }
        code = null;
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public String getSecret() {
        return secret == null ? null : grouped(secret);
    }

    public String getOtpauthUri() {
        return secret == null
                ? null
                : Totp.otpauthUri(TwoFactor.ISSUER, user.getAccount().getUsername(), secret);
    }

    public String getQrCode() {
        return secret == null ? null : QrCodes.svgDataUri(getOtpauthUri());
    }

    /** A Base32 secret in groups of four, easier to type (spaces are ignored when it is read back). */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
