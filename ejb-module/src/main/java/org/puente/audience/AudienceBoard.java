package org.puente.audience;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * The public turn board of a session: turn numbers, their state and estimated time (in the body's time zone),
 * the current turn and the next ones; never a name, a contact or a citizen's text. It travels to the board's
 * views over the chat's WebSocket delivery, so it is serializable.
 */
public record AudienceBoard(
        long sessionId, AudienceStatus status, Integer current, List<Turn> next, List<Integer> done, int waiting)
        implements Serializable {

    /** The channel of the chat's delivery that carries boards. */
    public static final String CHANNEL = "audience";

    static final int NEXT = 6;
    static final int DONE = 12;

    /** A turn on the board: its number and the time it is expected (HH:mm in the body's zone). */
    public record Turn(int number, LocalTime estimated) implements Serializable {}

    public AudienceBoard {
        next = List.copyOf(next);
        done = List.copyOf(done);
    }

    public static AudienceBoard of(AudienceSession session) {
        List<AudienceTurn> turns = session.getTurns();
        List<AudienceTurn> waiting = turns.stream()
                .filter(t -> t.getStatus() == TurnStatus.WAITING)
                .sorted(Comparator.comparingInt(AudienceTurn::getNumber))
                .toList();
        List<Integer> done = turns.stream()
                .filter(t -> t.getStatus().isResult())
                .sorted(Comparator.comparing(
                                AudienceTurn::getSettledAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(AudienceTurn::getNumber)
                        .reversed())
                .limit(DONE)
                .map(AudienceTurn::getNumber)
                .toList();
        Integer current = session.called().map(AudienceTurn::getNumber).orElse(null);
        return new AudienceBoard(
                session.getId(),
                session.getStatus(),
                current,
                waiting.stream()
                        .limit(NEXT)
                        .map(t -> new Turn(
                                t.getNumber(),
                                t.getEstimatedAt()
                                        .atZoneSameInstant(session.getBody().getTimeZone())
                                        .toLocalTime()))
                        .toList(),
                done,
                waiting.size());
    }
}
