package org.puente.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;
import org.puente.platform.RuleViolation;

/**
 * A moderator's decision on a citizen's text (a chat question, a forum post): who decided, when, and
 * the reason he gave when he kept it from the public. Chat messages and forum posts embed it; each
 * maps {@code reason} to its own column ({@code reject_reason}, {@code hide_reason}). Immutable: a new
 * decision replaces the old one.
 */
@Embeddable
public class Moderation {

    public static final int MAX_REASON = 300;

    @ManyToOne
    @JoinColumn(name = "moderator_id")
    private UserAccount moderator;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    protected Moderation() {}

    private Moderation(UserAccount moderator, OffsetDateTime at, String reason) {
        this.moderator = Objects.requireNonNull(moderator, "moderator");
        this.moderatedAt = Objects.requireNonNull(at, "at");
        this.reason = reason;
    }

    /** A decision that needs no reason (approved, kept). */
    public static Moderation by(UserAccount moderator, OffsetDateTime at) {
        return new Moderation(moderator, at, null);
    }

    /**
     * A decision that keeps the text from the public, with the reason its author (or the record) reads;
     * a blank reason is refused with {@code requiredKey}, a long one with {@code tooLongKey}.
     */
    public static Moderation withReason(
            UserAccount moderator, String reason, OffsetDateTime at, String requiredKey, String tooLongKey) {
        return new Moderation(moderator, at, requireReason(reason, requiredKey, tooLongKey));
    }

    /** The reason, stripped; refused when blank or over {@link #MAX_REASON} characters (field "reason"). */
    public static String requireReason(String reason, String requiredKey, String tooLongKey) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new RuleViolation("reason", requiredKey);
        }
        if (r.length() > MAX_REASON) {
            throw new RuleViolation("reason", tooLongKey, MAX_REASON);
        }
        return r;
    }

    public UserAccount getModerator() {
        return moderator;
    }

    public OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public String getReason() {
        return reason;
    }
}
