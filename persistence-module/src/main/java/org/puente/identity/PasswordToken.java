package org.puente.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A one-time link with which a person sets his password: a new account (an expert the agency
 * opened, say) or someone who forgot it. The token itself is made only when the e-mail that carries
 * it is sent ({@link #issue}), and only its SHA-256 is stored: neither this table nor the outbox ever
 * holds a usable link. Sending the e-mail again makes a new token, and the earlier link stops working.
 */
@Entity
@Table(name = "password_token")
@NamedQuery(name = "PasswordToken.byHash", query = "select t from PasswordToken t where t.tokenHash = :hash")
@NamedQuery(
        name = "PasswordToken.openOf",
        query = "select t from PasswordToken t where t.account = :account" + " and t.usedAt is null")
public class PasswordToken {

    /** Why the link was sent: the page it opens says so. */
    public enum Purpose {
        INVITATION,
        RESET
    }

    /** What a link is worth when someone opens it. */
    public enum State {
        USABLE,
        USED,
        EXPIRED,
        UNKNOWN
    }

    @Id
    @SequenceGenerator(name = "password_token_seq", sequenceName = "password_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "token_hash", unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordToken() {}

    /** A link to be sent; it works once {@link #issue} gave it the hash of the token in the e-mail. */
    public PasswordToken(UserAccount account, Purpose purpose, OffsetDateTime expiresAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The e-mail goes out now with a new token: its hash replaces any earlier one. */
    public void issue(String tokenHash) {
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token is stored as its SHA-256 in hex");
        }
        this.tokenHash = tokenHash;
    }

    public State state(OffsetDateTime now) {
        if (tokenHash == null) {
            return State.UNKNOWN;
        }
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    public boolean isUsable(OffsetDateTime now) {
        return state(now) == State.USABLE;
    }

    public void use(OffsetDateTime now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("The link was used or has expired");
        }
        usedAt = now;
    }

    /** Another link of the account set the password: this one no longer works. */
    public void withdraw(OffsetDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public UserAccount getAccount() {
        return account;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
