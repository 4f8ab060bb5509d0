package org.puente.report;

import java.time.OffsetDateTime;
import java.util.Objects;

/** When a report must be resolved, and when it starts to be at risk (75% of the business time). */
public record Deadline(OffsetDateTime atRisk, OffsetDateTime due) {

    public Deadline {
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(due, "due");
        if (atRisk.isAfter(due)) {
            throw new IllegalArgumentException("At risk comes before due");
        }
    }
}
