package org.puente.web.chat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.puente.chat.ChatBroadcaster;
import org.puente.chat.ChatUpdate;

/**
 * The open room views of this server, by chat: receives every committed chat update from
 * {@link ChatBroadcaster} and sends it to the views it concerns (everyone for public messages and
 * status, only the participant's own views for his question's fate). Sending is asynchronous, so a
 * slow phone never holds up the others.
 */
@ApplicationScoped
public class ChatHub {

    static final String PARTICIPANT = "puente.participant";
    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    private final Map<Long, Set<Session>> rooms = new ConcurrentHashMap<>();
    private final Consumer<ChatUpdate> listener = this::deliver;

    @Inject
    private ChatBroadcaster broadcaster;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        broadcaster.register(listener);
    }

    @PreDestroy
    void stop() {
        broadcaster.unregister(listener);
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

    int viewers(Long eventId) {
        Set<Session> sessions = rooms.get(eventId);
        return sessions == null ? 0 : sessions.size();
    }

    private void deliver(ChatUpdate update) {
        Set<Session> sessions = rooms.get(update.eventId());
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String json = ChatJson.of(update).toString();
        Long onlyFor = update instanceof ChatUpdate.Private p ? p.participantId()
                : update instanceof ChatUpdate.Muted m ? m.participantId() : null;
        for (Session s : sessions) {
            if (!s.isOpen()) {
                sessions.remove(s);
            } else if (onlyFor == null || onlyFor.equals(s.getUserProperties().get(PARTICIPANT))) {
                send(s, json);
            }
        }
    }

    static void send(Session s, String json) {
        try {
            s.getAsyncRemote().sendText(json);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A room view went away", e);
        }
    }
}
