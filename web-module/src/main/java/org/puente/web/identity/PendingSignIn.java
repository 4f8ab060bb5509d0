package org.puente.web.identity;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in half done: the password of this account was right, and the one-time code (or, with
 * {@code enrolSecret}, setting one up) comes next. Kept in the visitor's session, which is not signed in
 * until then; it lasts {@link #LIFETIME}, and only the identity store's password check creates it.
 */
record PendingSignIn(String username, String enrolSecret, String returnTo, Instant startedAt) implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String KEY = PendingSignIn.class.getName();

    void keepIn(HttpSession session) {
        session.setAttribute(KEY, this);
    }

    /** The pending sign-in of this session, if there is one and it is not too old. */
    static Optional<PendingSignIn> of(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(KEY) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (now.isAfter(pending.startedAt().plus(LIFETIME))) {
            session.removeAttribute(KEY);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(KEY);
        }
    }

    boolean isEnrolling() {
        return enrolSecret != null;
    }
}
