package org.puente.web.chat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import org.puente.chat.ChatParticipation;
import org.puente.chat.ChatRoom;
import org.puente.chat.PublicMessage;
import org.puente.platform.BusinessException;

/**
 * /ws/chat/{event}?since=N[&participant=TOKEN]: a room view. On opening it joins the room first and
 * then sends every public message after N (what a reconnecting view missed), so nothing falls in
 * between; what the room publishes meanwhile waits until then, and no message goes to a view twice
 * ({@link ViewStream}; the page also drops any sequence number it already has). With the
 * participant's token it also receives his own questions' fate.
 */
@ServerEndpoint("/ws/chat/{event}")
public class ChatEndpoint {

    private static final int CATCH_UP = 1000;

    @OnOpen
    public void open(Session session, @PathParam("event") String event) throws IOException {
        Long eventId = parse(event);
        ChatParticipation chats = CDI.current().select(ChatParticipation.class).get();
        ChatRoom room;
        try {
            room = eventId == null ? null : chats.room(eventId);
        } catch (BusinessException e) {
            room = null;
        }
        if (room == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such chat"));
            return;
        }
        session.setMaxIdleTimeout(0);
        String token = first(session, "participant");
        if (token != null) {
            chats.participantOf(eventId, token)
                    .ifPresent(id -> session.getUserProperties().put(ChatHub.PARTICIPANT, id));
        }
        ChatHub hub = CDI.current().select(ChatHub.class).get();
        hub.join(eventId, session);
        ChatHub.send(session, ChatJson.hello(room).toString());
        long since = number(first(session, "since"));
        List<PublicMessage> missed;
        do {
            missed = chats.since(eventId, since, CATCH_UP);
            for (PublicMessage m : missed) {
                ChatHub.missed(session, m.seq(), ChatJson.message(m).toString());
                since = m.seq();
            }
        } while (missed.size() == CATCH_UP);
        ChatHub.caughtUp(session);
    }

    @OnMessage
    public void message(Session session, String text) {
        if ("ping".equals(text)) {
            ChatHub.send(session, "{\"type\":\"pong\"}");
        }
    }

    @OnClose
    public void close(Session session, @PathParam("event") String event) {
        Long eventId = parse(event);
        if (eventId != null) {
            CDI.current().select(ChatHub.class).get().leave(eventId, session);
        }
    }

    @OnError
    public void error(Session session, Throwable problem, @PathParam("event") String event) {
        close(session, event);
    }

    private static String first(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Math.max(0, Long.parseLong(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
