package org.puente.web.abuse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.puente.abuse.Challenges;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.abuse.TooManyRequestsException;
import org.puente.abuse.Verdict;
import org.puente.platform.BusinessException;

/**
 * The public forms' side of the rate limits: a form whose limit for this client's address is near (a fifth
 * of the budget left) carries a proof-of-work challenge (the include {@code challenge.xhtml}, solved by
 * {@code proof-of-work.js}), and {@link #admit} checks it before the action; below the threshold the form
 * needs no script at all. The client is {@code request.getRemoteAddr()}: behind a reverse proxy every
 * visitor would share the proxy's address (a trusted-proxy setting is not built yet).
 */
@Named
@RequestScoped
public class FormGuard {

    /** The request parameters the include writes and the script fills. */
    static final String CHALLENGE = "pow-challenge";

    static final String NONCE = "pow-nonce";

    @Inject
    private RateLimits limits;

    @Inject
    private Challenges challenges;

    @Inject
    private HttpServletRequest request;

    private String issued;

    /** True when the next action of this client under the limit (a {@link Limit} name) needs a proof of work. */
    public boolean needsChallenge(String limit) {
        return challenges.needed(Limit.valueOf(limit), source());
    }

    /** This page's challenge (one per request). */
    public String getChallenge() {
        if (issued == null) {
            issued = challenges.issue();
        }
        return issued;
    }

    public int getChallengeBits() {
        return challenges.bits();
    }

    /** Takes one action of this client's budget, or refuses with {@link TooManyRequestsException}. */
    public void admit(Limit limit) {
        limits.require(limit, source(), null);
    }

    /** Takes one action of another key's budget (an account), or refuses with {@link TooManyRequestsException}. */
    public void admit(Limit limit, String key) {
        limits.require(limit, key, null);
    }

    /**
     * Takes one action of this client's budget, or refuses: {@link TooManyRequestsException} beyond the
     * limit, {@code abuse.challenge.required} when the limit is near and the form brought no solved challenge
     * (the form includes {@code challenge.xhtml} with this limit).
     */
    public void admitWithChallenge(Limit limit) {
        Verdict left = limits.peek(limit, source());
        if (!left.allowed()) {
            throw new TooManyRequestsException(null, limit, left.retryAfter());
        }
        if (left.isNear() && !challenges.accept(request.getParameter(CHALLENGE), request.getParameter(NONCE))) {
            throw new BusinessException("abuse.challenge.required");
        }
        limits.require(limit, source(), null);
    }

    /** Gives the action back when the form was refused for its content (a field to correct costs nothing). */
    public void giveBack(Limit limit) {
        limits.giveBack(limit, source());
    }

    public String source() {
        return request.getRemoteAddr();
    }
}
