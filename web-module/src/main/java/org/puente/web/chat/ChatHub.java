package org.puente.web.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.puente.chat.ChatBroadcaster;
import org.puente.chat.ChatUpdate;

/**
 * The open room views of this server, by chat: receives every committed chat update from
 * {@link ChatBroadcaster} and sends it to the views it concerns (everyone for public messages and
 * status, only the participant's own views for his question's fate). The sending is spread over a few
 * lanes, one thread each, and every view always belongs to the same lane, so thousands of views are
 * served on every core while each view still gets its messages in order. Sends are asynchronous, so a
 * slow phone never holds up the others.
 */
@ApplicationScoped
public class ChatHub {

    static final String PARTICIPANT = "puente.participant";
    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    private static final int LANES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final Map<Long, Set<Session>> rooms = new ConcurrentHashMap<>();
    private final Consumer<ChatUpdate> listener = this::deliver;
    private final ExecutorService[] lanes = new ExecutorService[LANES];

    @Inject
    private ChatBroadcaster broadcaster;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @PostConstruct
    void lanes() {
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(threads);
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        broadcaster.register(listener);
    }

    @PreDestroy
    void stop() {
        broadcaster.unregister(listener);
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    void join(Long eventId, Session session) {
        rooms.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leave(Long eventId, Session session) {
        Set<Session> sessions = rooms.get(eventId);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    /** The views open on this node, in every room (the metrics' gauge). */
    public int viewers() {
        return rooms.values().stream().mapToInt(Set::size).sum();
    }

    int viewers(Long eventId) {
        Set<Session> sessions = rooms.get(eventId);
        return sessions == null ? 0 : sessions.size();
    }

    private void deliver(ChatUpdate update) {
        if (update instanceof ChatUpdate.Board) {
            return; // another feature's view (the audience board's hub takes it)
        }
        Set<Session> sessions = rooms.get(update.eventId());
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String json = ChatJson.of(update).toString();
        Long onlyFor = update instanceof ChatUpdate.Private p
                ? p.participantId()
                : update instanceof ChatUpdate.Muted m ? m.participantId() : null;
        for (int i = 0; i < LANES; i++) {
            int lane = i;
            lanes[lane].execute(() -> {
                for (Session s : sessions) {
                    if (laneOf(s) != lane) {
                        continue;
                    }
                    if (!s.isOpen()) {
                        sessions.remove(s);
                    } else if (onlyFor == null
                            || onlyFor.equals(s.getUserProperties().get(PARTICIPANT))) {
                        send(s, json);
                    }
                }
            });
        }
    }

    private static int laneOf(Session s) {
        return Math.floorMod(s.getId().hashCode(), LANES);
    }

    static void send(Session s, String json) {
        try {
            s.getAsyncRemote().sendText(json);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A room view went away", e);
        }
    }
}
