package org.puente.audience;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session's minutes, computed from its turns and never typed: the citizens attended (those who came and
 * got an answer: at once, turned over or not applicable), how many of them were answered at once and their
 * share (seed 002's "70% answered at once", rounded half up), the petitions left pending with each department
 * (turned over), the no-shows, and the turns still waiting (never called, or called and not marked).
 */
public record AudienceMinutes(
        int registered,
        int attended,
        int atOnce,
        int turnedOver,
        int notApplicable,
        int noShows,
        int unsettled,
        Map<String, Integer> pendingByDepartment) {

    /** One turn as the minutes count it: its status and its petition's department (null: none). */
    public record Counted(TurnStatus status, String department) {}

    public AudienceMinutes {
        pendingByDepartment = Map.copyOf(pendingByDepartment);
    }

    public static AudienceMinutes of(AudienceSession session) {
        return count(session.getTurns().stream()
                .map(t -> new Counted(
                        t.getStatus(),
                        t.getPetition().getDepartment() == null
                                ? null
                                : t.getPetition().getDepartment().getName()))
                .toList());
    }

    public static AudienceMinutes count(List<Counted> turns) {
        int atOnce = 0;
        int turned = 0;
        int notApplicable = 0;
        int noShows = 0;
        int unsettled = 0;
        Map<String, Integer> pending = new TreeMap<>();
        for (Counted t : turns) {
            switch (t.status()) {
                case ATENDIDA_EN_EL_ACTO -> atOnce++;
                case TURNADA -> {
                    turned++;
                    pending.merge(t.department() == null ? "" : t.department(), 1, Integer::sum);
                }
                case NO_PROCEDE -> notApplicable++;
                case NO_SHOW -> noShows++;
                case WAITING, CALLED -> unsettled++;
            }
        }
        return new AudienceMinutes(
                turns.size(),
                atOnce + turned + notApplicable,
                atOnce,
                turned,
                notApplicable,
                noShows,
                unsettled,
                pending);
    }

    /** The share of the citizens attended who were answered at once, in whole percent (half up); 0 with none. */
    public int atOncePercent() {
        return attended == 0 ? 0 : (200 * atOnce + attended) / (2 * attended);
    }

    /** The departments' pending petitions, by department name (for pages: a list keeps the order). */
    public List<Map.Entry<String, Integer>> pendingList() {
        return new TreeMap<>(pendingByDepartment).entrySet().stream().toList();
    }
}
