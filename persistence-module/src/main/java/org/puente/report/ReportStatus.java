package org.puente.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a service report, with the only transitions allowed. Received, assigned and in
 * progress are open (the deadline runs); resolved waits for the citizen or closes; closed, rejected
 * and duplicate are final.
 */
public enum ReportStatus {
    RECEIVED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REJECTED,
    DUPLICATE;

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED, DUPLICATE),
            ASSIGNED, EnumSet.of(IN_PROGRESS, REJECTED, DUPLICATE),
            IN_PROGRESS, EnumSet.of(RESOLVED, REJECTED, DUPLICATE),
            RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
            CLOSED, EnumSet.noneOf(ReportStatus.class),
            REJECTED, EnumSet.noneOf(ReportStatus.class),
            DUPLICATE, EnumSet.noneOf(ReportStatus.class));

    public boolean canMoveTo(ReportStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ReportStatus> next() {
        return EnumSet.copyOf(NEXT.get(this).isEmpty() ? EnumSet.noneOf(ReportStatus.class) : NEXT.get(this));
    }

    /**
     * The open statuses: the report is still being worked and its deadline runs. The one list that
     * queries, the deadline watch and the Open311 "open" filter use.
     */
    public static final Set<ReportStatus> OPEN =
            java.util.Collections.unmodifiableSet(EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS));

    /** Finished statuses: everything not {@link #OPEN} (Open311's "closed"). */
    public static final Set<ReportStatus> FINISHED =
            java.util.Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(OPEN)));

    /** Open reports are still being worked, and their deadline runs. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
