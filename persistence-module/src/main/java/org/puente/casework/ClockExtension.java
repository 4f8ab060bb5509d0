package org.puente.casework;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.platform.RuleViolation;

/** The one extension of a case's term: when it was granted, by how many units of the term, and why. */
public record ClockExtension(OffsetDateTime grantedAt, int units, String reason) {

    public ClockExtension {
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (units < 1) {
            throw new RuleViolation("units", "clock.extension.units");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "clock.extension.reason");
        }
        reason = reason.strip();
    }
}
