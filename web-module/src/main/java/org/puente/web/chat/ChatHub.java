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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.puente.chat.ChatBroadcaster;
import org.puente.chat.ChatUpdate;

/**
 * The open room views of this server: receives every committed chat update from {@link ChatBroadcaster}
 * and hands it to {@link ChatFanOut}, which sends it to the views it concerns over a few lanes, one thread
 * each (two per core), so thousands of views are served on every core while each view still gets its
 * messages in order. Sends are asynchronous, so a slow phone never holds up the others.
 */
@ApplicationScoped
public class ChatHub {

    static final String PARTICIPANT = ChatFanOut.PARTICIPANT;

    private static final int LANES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final Consumer<ChatUpdate> listener = this::deliver;
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private ChatFanOut fanOut;

    @Inject
    private ChatBroadcaster broadcaster;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @PostConstruct
    void lanes() {
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(threads);
        }
        fanOut = new ChatFanOut(lanes);
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
        fanOut.join(eventId, session);
    }

    void leave(Long eventId, Session session) {
        fanOut.leave(eventId, session);
    }

    /** The views open on this node, in every room (the metrics' gauge). */
    public int viewers() {
        return fanOut.viewers();
    }

    int viewers(Long eventId) {
        return fanOut.viewers(eventId);
    }

    private void deliver(ChatUpdate update) {
        fanOut.deliver(update);
    }

    static void missed(Session s, long seq, String json) {
        ChatFanOut.missed(s, seq, json);
    }

    static void caughtUp(Session s) {
        ChatFanOut.caughtUp(s);
    }

    static void send(Session s, String json) {
        ChatFanOut.send(s, json);
    }
}
