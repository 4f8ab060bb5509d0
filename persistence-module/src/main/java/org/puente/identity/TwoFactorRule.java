package org.puente.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An administrator's choice for one role: whether its holders must sign in with a one-time code. A role
 * without a row requires none (administrators outside the demo installation always do, see the EJB layer).
 */
@Entity
@Table(name = "two_factor_role")
public class TwoFactorRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected TwoFactorRule() {}

    public TwoFactorRule(Role role, boolean required, String changedBy, OffsetDateTime now) {
        if (!Objects.requireNonNull(role, "role").isStaff()) {
            throw new IllegalArgumentException("Only staff roles are asked for a second factor");
        }
        this.role = role;
        change(required, changedBy, now);
    }

    public void change(boolean newRequired, String by, OffsetDateTime now) {
        this.required = newRequired;
        this.changedBy = by;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public Role getRole() {
        return role;
    }

    public boolean isRequired() {
        return required;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
