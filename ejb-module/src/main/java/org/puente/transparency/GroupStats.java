package org.puente.transparency;

/**
 * The figures of a set of reports received in the range: all of them, in process (received,
 * assigned or in progress), resolved (waiting for the citizen), closed, rejected and duplicate,
 * their deadline compliance and the median time to resolve.
 */
public record GroupStats(
        long total,
        long inProcess,
        long resolved,
        long closed,
        long rejected,
        long duplicate,
        Compliance compliance,
        Median median) {

    static final GroupStats EMPTY = new GroupStats(0, 0, 0, 0, 0, 0, Compliance.NONE, Median.FEWER_THAN_FIVE);

    GroupStats plus(GroupStats o) {
        return new GroupStats(
                total + o.total,
                inProcess + o.inProcess,
                resolved + o.resolved,
                closed + o.closed,
                rejected + o.rejected,
                duplicate + o.duplicate,
                compliance.plus(o.compliance),
                median);
    }

    GroupStats withMedian(Median m) {
        return new GroupStats(total, inProcess, resolved, closed, rejected, duplicate, compliance, m);
    }

    /** Rejected and duplicate together, as the headline shows them. */
    public long rejectedOrDuplicate() {
        return rejected + duplicate;
    }
}
