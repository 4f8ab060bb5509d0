package org.puente.web.chat;

import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.puente.chat.ChatUpdate;

/**
 * Who in this server's room views gets which chat update, and by which lane. Every view is given a lane
 * when it joins (in turn, so the lanes stay even) and keeps it: a lane is one thread, so each view gets its
 * messages in order, while the lanes together use every core. A public message is turned into its JSON
 * once, then each lane writes it to its own views only; a participant's own news (his question's fate, his
 * mute) goes straight to his views, found by his id, without looking at anybody else's. Nothing here reads
 * the database, takes a lock or waits for a view: the container's asynchronous send returns at once.
 */
final class ChatFanOut {

    static final String PARTICIPANT = "puente.participant";
    private static final String LANE = "puente.lane";
    private static final Logger LOG = Logger.getLogger(ChatFanOut.class.getName());

    private final Executor[] lanes;
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();

    ChatFanOut(Executor... lanes) {
        this.lanes = lanes.clone();
    }

    /** One room's views: by lane, and those of each participant. */
    private final class Room {
        private final Set<Session>[] byLane = newLanes(lanes.length);
        private final Map<Long, Set<Session>> byParticipant = new ConcurrentHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static Set<Session>[] newLanes(int count) {
        Set<Session>[] sets = new Set[count];
        for (int i = 0; i < count; i++) {
            sets[i] = ConcurrentHashMap.newKeySet();
        }
        return sets;
    }

    /**
     * The view joins the room catching up: public messages are held for it until {@link #caughtUp} (see {@link
     * ViewStream}).
     */
    void join(Long eventId, Session session) {
        int lane = Math.floorMod(turn.getAndIncrement(), lanes.length);
        session.getUserProperties().put(LANE, lane);
        session.getUserProperties().put(ViewStream.KEY, new ViewStream());
        Room room = rooms.computeIfAbsent(eventId, id -> new Room());
        room.byLane[lane].add(session);
        if (session.getUserProperties().get(PARTICIPANT) instanceof Long participant) {
            room.byParticipant
                    .computeIfAbsent(participant, id -> ConcurrentHashMap.newKeySet())
                    .add(session);
        }
    }

    /** A message the view missed, sent once. */
    static void missed(Session session, long seq, String json) {
        ViewStream.of(session).missed(session, seq, json);
    }

    /** The view has read what it missed: what the room published meanwhile goes out, each message once. */
    static void caughtUp(Session session) {
        ViewStream.of(session).caughtUp(session);
    }

    void leave(Long eventId, Session session) {
        Room room = rooms.get(eventId);
        if (room == null) {
            return;
        }
        for (Set<Session> lane : room.byLane) {
            lane.remove(session);
        }
        if (session.getUserProperties().get(PARTICIPANT) instanceof Long participant) {
            Set<Session> own = room.byParticipant.get(participant);
            if (own != null) {
                own.remove(session);
            }
        }
    }

    int viewers() {
        return rooms.keySet().stream().mapToInt(this::viewers).sum();
    }

    int viewers(Long eventId) {
        Room room = rooms.get(eventId);
        if (room == null) {
            return 0;
        }
        int count = 0;
        for (Set<Session> lane : room.byLane) {
            count += lane.size();
        }
        return count;
    }

    void deliver(ChatUpdate update) {
        if (update instanceof ChatUpdate.Board) {
            return; // another feature's view (the audience board's hub takes it)
        }
        Room room = rooms.get(update.eventId());
        if (room == null) {
            return;
        }
        Long onlyFor = update instanceof ChatUpdate.Private p
                ? p.participantId()
                : update instanceof ChatUpdate.Muted m ? m.participantId() : null;
        String json = ChatJson.of(update).toString();
        if (onlyFor == null) {
            long seq = update instanceof ChatUpdate.Published p ? p.message().seq() : -1;
            for (int i = 0; i < lanes.length; i++) {
                Set<Session> views = room.byLane[i];
                if (!views.isEmpty()) {
                    lanes[i].execute(() -> sendAll(views, seq, json));
                }
            }
            return;
        }
        Set<Session> own = room.byParticipant.get(onlyFor);
        if (own != null) {
            for (Session view : own) {
                lanes[(Integer) view.getUserProperties().get(LANE)].execute(() -> sendOne(own, view, -1, json));
            }
        }
    }

    private static void sendAll(Set<Session> views, long seq, String json) {
        for (Session view : views) {
            sendOne(views, view, seq, json);
        }
    }

    /** To one view if it is still open (else it leaves the set); a public message ({@code seq} of 0 or more) through
     * the view's stream, which sends each number once. */
    private static void sendOne(Set<Session> views, Session view, long seq, String json) {
        if (!view.isOpen()) {
            views.remove(view);
        } else if (seq >= 0) {
            ViewStream.of(view).live(view, seq, json);
        } else {
            send(view, json);
        }
    }

    static void send(Session view, String json) {
        try {
            view.getAsyncRemote().sendText(json);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A room view went away", e);
        }
    }
}
