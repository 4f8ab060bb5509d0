package org.puente.web.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.puente.chat.ChatUpdate;
import org.puente.chat.MessageKind;
import org.puente.chat.MessageStatus;
import org.puente.chat.OwnQuestion;
import org.puente.chat.PublicMessage;
import org.puente.engagement.EventStatus;

/**
 * Who gets which update, through which lane: the lanes here hold their tasks until the test runs them, so
 * that it sees what each lane was given.
 */
class ChatFanOutTest {

    private static final Long ROOM = 41L;
    private static final Long OTHER_ROOM = 42L;
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T12:00:05-06:00");
    private static final String QUESTION_JSON = "{\"type\":\"message\",\"seq\":7,\"id\":70,\"kind\":\"QUESTION\","
            + "\"text\":\"¿A qué hora abre la ventanilla?\",\"at\":\"2026-12-07T12:00:05-06:00\",\"author\":\"Vecina\"}";

    private final Lane[] lanes = {new Lane(), new Lane(), new Lane()};
    private final ChatFanOut fanOut = new ChatFanOut(lanes);

    @Test
    void aPublicMessageReachesEveryViewOfItsRoomOnceAndNoOtherRoom() {
        List<View> views = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            views.add(join(ROOM, null));
        }
        View elsewhere = join(OTHER_ROOM, null);

        fanOut.deliver(new ChatUpdate.Published(ROOM, question()));
        runLanes();

        for (View v : views) {
            assertEquals(List.of(QUESTION_JSON), v.received);
        }
        assertEquals(List.of(), elsewhere.received);
        assertEquals(7, fanOut.viewers(ROOM));
        assertEquals(8, fanOut.viewers());
    }

    @Test
    void theViewsAreDealtToTheLanesInTurnAndEachLaneWritesToItsOwnOnly() {
        for (int i = 0; i < 7; i++) {
            join(ROOM, null);
        }
        fanOut.deliver(new ChatUpdate.Published(ROOM, question()));

        // seven views over three lanes: 3, 2, 2; one task each, whatever the number of views
        assertEquals(List.of(1, 1, 1), List.of(lanes[0].size(), lanes[1].size(), lanes[2].size()));
        assertEquals(3, lanes[0].runCounting());
        assertEquals(2, lanes[1].runCounting());
        assertEquals(2, lanes[2].runCounting());
    }

    @Test
    void aQuestionsFateAndAMuteReachOnlyTheirParticipantsViewsThroughTheirLanes() {
        View author = join(ROOM, 5L);
        View authorsPhone = join(ROOM, 5L);
        View someoneElse = join(ROOM, 6L);
        View reader = join(ROOM, null);

        fanOut.deliver(new ChatUpdate.Published(ROOM, question()));
        fanOut.deliver(new ChatUpdate.Private(
                ROOM, 5L, new OwnQuestion(70L, "¿A qué hora abre la ventanilla?", MessageStatus.APPROVED, null, AT)));
        fanOut.deliver(new ChatUpdate.Muted(ROOM, 6L, true));
        runLanes();

        String approved = "{\"type\":\"own\",\"id\":70,\"text\":\"¿A qué hora abre la ventanilla?\","
                + "\"status\":\"APPROVED\",\"at\":\"2026-12-07T12:00:05-06:00\"}";
        assertEquals(List.of(QUESTION_JSON, approved), author.received);
        assertEquals(List.of(QUESTION_JSON, approved), authorsPhone.received);
        assertEquals(List.of(QUESTION_JSON, "{\"type\":\"muted\",\"muted\":true}"), someoneElse.received);
        assertEquals(List.of(QUESTION_JSON), reader.received);
    }

    @Test
    void aViewThatLeftOrClosedGetsNothingMore() {
        View left = join(ROOM, 5L);
        View closed = join(ROOM, null);
        View staying = join(ROOM, null);

        fanOut.leave(ROOM, left.session);
        closed.open = false;
        fanOut.deliver(new ChatUpdate.Status(ROOM, EventStatus.CLOSED));
        fanOut.deliver(new ChatUpdate.Private(
                ROOM, 5L, new OwnQuestion(71L, "Otra", MessageStatus.REJECTED, "Datos personales", AT)));
        runLanes();

        assertEquals(List.of(), left.received);
        assertEquals(List.of(), closed.received);
        assertEquals(List.of("{\"type\":\"status\",\"status\":\"CLOSED\"}"), staying.received);
        assertEquals(1, fanOut.viewers(ROOM)); // the closed one was dropped on the way
    }

    @Test
    void anotherFeaturesBoardIsNotForChatRooms() {
        View view = join(ROOM, null);
        fanOut.deliver(new ChatUpdate.Board("audiencia", ROOM, "tablero"));
        runLanes();
        assertEquals(List.of(), view.received);
    }

    @Test
    void whatTheRoomPublishesWhileAViewCatchesUpWaitsForItAndGoesOnce() {
        View reconnecting = joinCatchingUp(ROOM);

        fanOut.deliver(new ChatUpdate.Published(ROOM, question())); // number 7, approved while it reads
        runLanes();
        assertEquals(List.of(), reconnecting.received, "held until the catch-up is over");

        String six = "{\"type\":\"message\",\"seq\":6}";
        onTheEndpointsThread(() -> {
            ChatFanOut.missed(reconnecting.session, 6, six);
            ChatFanOut.missed(reconnecting.session, 7, QUESTION_JSON); // the catch-up read number 7 too
            ChatFanOut.caughtUp(reconnecting.session);
        });

        assertEquals(List.of(six, QUESTION_JSON), reconnecting.received);
    }

    @Test
    void aLateCopyOfAMessageTheViewHasIsNotSentAgain() {
        View view = join(ROOM, null);

        fanOut.deliver(new ChatUpdate.Published(ROOM, question()));
        fanOut.deliver(new ChatUpdate.Published(ROOM, question())); // another node's publication, late
        runLanes();

        assertEquals(List.of(QUESTION_JSON), view.received);
    }

    private static PublicMessage question() {
        return new PublicMessage(7, 70L, MessageKind.QUESTION, "Vecina", "¿A qué hora abre la ventanilla?", null, AT);
    }

    private View join(Long room, Long participant) {
        View view = new View();
        if (participant != null) {
            view.properties.put(ChatFanOut.PARTICIPANT, participant);
        }
        fanOut.join(room, view.session);
        onTheEndpointsThread(() -> ChatFanOut.caughtUp(view.session));
        return view;
    }

    /** The catch-up runs on the thread that opened the view (the socket's), not a lane: counted as one more. */
    private static void onTheEndpointsThread(Runnable catchUp) {
        Lane previous = CURRENT.get();
        CURRENT.set(new Lane());
        try {
            catchUp.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** A view that joined and has not read what it missed yet. */
    private View joinCatchingUp(Long room) {
        View view = new View();
        fanOut.join(room, view.session);
        return view;
    }

    private void runLanes() {
        for (Lane lane : lanes) {
            lane.runCounting();
        }
    }

    /** A lane that keeps its tasks until the test runs them. */
    private static final class Lane implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private int sends;

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int size() {
            return tasks.size();
        }

        /** Runs the tasks; how many sends they made. */
        int runCounting() {
            sends = 0;
            Runnable task;
            while ((task = tasks.poll()) != null) {
                Lane previous = CURRENT.get();
                CURRENT.set(this);
                try {
                    task.run();
                } finally {
                    CURRENT.set(previous);
                }
            }
            return sends;
        }
    }

    private static final ThreadLocal<Lane> CURRENT = new ThreadLocal<>();

    /** A room view: what it was sent, by which lane's thread. */
    private static final class View {
        private final Map<String, Object> properties = new HashMap<>();
        private final List<String> received = new ArrayList<>();
        private boolean open = true;
        private final RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 1) {
                        if (CURRENT.get() == null) {
                            throw new AssertionError("sent outside a lane");
                        }
                        CURRENT.get().sends++;
                        received.add((String) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        private final Session session = (Session) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getUserProperties" -> properties;
                        case "isOpen" -> open;
                        case "getAsyncRemote" -> remote;
                        case "getId" -> Integer.toHexString(System.identityHashCode(proxy));
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
