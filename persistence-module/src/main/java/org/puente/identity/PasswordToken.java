package org.puente.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A one-time link with which a new account (an expert the agency opened, say) sets its password.
 * Only the SHA-256 of the token is stored; the token itself travels in the e-mail.
 */
@Entity
@Table(name = "password_token")
@NamedQuery(name = "PasswordToken.byHash", query = "select t from PasswordToken t where t.tokenHash = :hash")
public class PasswordToken {

    @Id
    @SequenceGenerator(name = "password_token_seq", sequenceName = "password_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordToken() {
    }

    public PasswordToken(UserAccount account, String tokenHash, OffsetDateTime expiresAt) {
        this.account = Objects.requireNonNull(account, "account");
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token is stored as its SHA-256 in hex");
        }
        this.tokenHash = tokenHash;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(OffsetDateTime now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("The link was used or has expired");
        }
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
