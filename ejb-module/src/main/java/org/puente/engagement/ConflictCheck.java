package org.puente.engagement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.identity.UserAccount;

/**
 * What scheduling a request at a time would clash with, given the other events: for a chat, the
 * moderator or the expert already busy then and more chats at once than the agency runs; for a forum,
 * the expert busy with another forum; for both, an expert without a training done. Plain rules, no
 * database: {@code EventScheduling} hands it the events that overlap.
 */
public final class ConflictCheck {

    private final int parallelChats;

    public ConflictCheck(int parallelChats) {
        if (parallelChats < 1) {
            throw new IllegalArgumentException("At least one chat at a time: " + parallelChats);
        }
        this.parallelChats = parallelChats;
    }

    /**
     * The conflicts of the request at {@code from}-{@code to} with this moderator (null while none is
     * chosen), among {@code others}: only those of the same kind, not cancelled, overlapping the time and
     * of another request count.
     */
    public List<Conflict> of(
            EngagementRequest r,
            OffsetDateTime from,
            OffsetDateTime to,
            UserAccount moderator,
            boolean expertTrained,
            List<EngagementEvent> others) {
        List<EngagementEvent> overlapping = others.stream()
                .filter(e -> e.getKind() == r.getKind()
                        && !e.isCancelled()
                        && e.overlaps(from, to)
                        && !e.getRequest().equals(r))
                .toList();
        UserAccount expert = r.getExpert();
        List<Conflict> found = new ArrayList<>();
        if (r.getKind() == EngagementKind.CHAT) {
            for (EngagementEvent e : overlapping) {
                if (moderator != null && e.getModerator().equals(moderator)) {
                    found.add(new Conflict(
                            "engagement.conflict.moderator",
                            moderator.getFullName(),
                            e.getTitle(),
                            e.getRequest().getFolio()));
                }
                if (expert != null && e.getExpert().equals(expert)) {
                    found.add(expertBusy(expert, e));
                }
            }
            if (overlapping.size() + 1 > parallelChats) {
                found.add(new Conflict(
                        "engagement.conflict.parallel",
                        String.valueOf(overlapping.size()),
                        String.valueOf(parallelChats)));
            }
        } else if (expert != null) {
            for (EngagementEvent e : overlapping) {
                if (e.getExpert().equals(expert)) {
                    found.add(expertBusy(expert, e));
                }
            }
        }
        if (expert != null && !expertTrained) {
            found.add(new Conflict("engagement.conflict.untrained", expert.getFullName()));
        }
        return found;
    }

    private static Conflict expertBusy(UserAccount expert, EngagementEvent e) {
        return new Conflict(
                "engagement.conflict.expert",
                expert.getFullName(),
                e.getTitle(),
                e.getRequest().getFolio());
    }
}
