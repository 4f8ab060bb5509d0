package org.puente.web.audience;

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
import org.puente.audience.AudienceBoard;
import org.puente.chat.ChatBroadcaster;
import org.puente.chat.ChatUpdate;

/**
 * The open turn boards of this server, by session. It listens to the chat's delivery ({@link ChatBroadcaster}:
 * committed updates, from this node and the others of a cluster) for the boards' channel and sends each new
 * board to the views of its session, asynchronously so that a slow phone holds nobody up.
 */
@ApplicationScoped
public class AudienceBoardHub {

    private static final Logger LOG = Logger.getLogger(AudienceBoardHub.class.getName());

    private final Map<Long, Set<Session>> boards = new ConcurrentHashMap<>();
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

    void join(Long sessionId, Session view) {
        boards.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(view);
    }

    void leave(Long sessionId, Session view) {
        Set<Session> views = boards.get(sessionId);
        if (views != null) {
            views.remove(view);
        }
    }

    private void deliver(ChatUpdate update) {
        if (!(update instanceof ChatUpdate.Board b)
                || !AudienceBoard.CHANNEL.equals(b.channel())
                || !(b.snapshot() instanceof AudienceBoard board)) {
            return;
        }
        Set<Session> views = boards.get(b.key());
        if (views == null || views.isEmpty()) {
            return;
        }
        String json = BoardJson.of(board);
        for (Session view : views) {
            if (view.isOpen()) {
                send(view, json);
            } else {
                views.remove(view);
            }
        }
    }

    static void send(Session view, String json) {
        try {
            view.getAsyncRemote().sendText(json);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A board view went away", e);
        }
    }
}
