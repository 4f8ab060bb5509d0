package org.puente.web.engagement;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.puente.engagement.Conflict;

/**
 * The conflicts of one proposal, shown to the evaluator at the step that makes it (an adjustment):
 * the first time he sends a proposal with conflicts he sees them; he goes on by ticking that he
 * saw them. Another proposal is checked again. The conflicts themselves are the service's.
 */
public class ConflictReview implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Conflict> conflicts;
    private Serializable reviewed;
    private boolean seen;

    /** True when the step may go on with this proposal: it has no conflicts, or they were shown and ticked. */
    boolean clears(Serializable proposal, Supplier<List<Conflict>> check) {
        if (conflicts == null || !Objects.equals(reviewed, proposal)) {
            conflicts = List.copyOf(check.get());
            reviewed = proposal;
            seen = false;
            return conflicts.isEmpty();
        }
        return conflicts.isEmpty() || seen;
    }

    /** True when there are conflicts to show. */
    public boolean isShown() {
        return conflicts != null && !conflicts.isEmpty();
    }

    public List<Conflict> getConflicts() {
        return conflicts == null ? List.of() : conflicts;
    }

    public boolean isSeen() {
        return seen;
    }

    public void setSeen(boolean seen) {
        this.seen = seen;
    }
}
