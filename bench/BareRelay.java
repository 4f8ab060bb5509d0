import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The yardstick of ./puente bench chat, never part of Puente: a WebSocket endpoint that only relays.
 * The bench compiles this one class against the WebSocket API, packs it alone into a WAR and deploys it
 * next to Puente on the same server, so both are served by the same JVM and WebSocket container.
 *
 * A view connects to /relay; the sender connects to /relay?sender and sends "SEQ TEXT" lines. Each line
 * is stamped with the server's clock and sent, as the same JSON a room view of Puente receives for an
 * approved question, to every view: no database, no moderation, no ordering lanes, the plain loop
 * over the sessions with the container's asynchronous send.
 */
@ServerEndpoint("/relay")
public class BareRelay {

    private static final Set<Session> VIEWS = ConcurrentHashMap.newKeySet();

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(0);
        if (!session.getRequestParameterMap().containsKey("sender")) {
            VIEWS.add(session);
        }
    }

    @OnMessage
    public void relay(String line) {
        String at = Instant.now().toString();
        int space = line.indexOf(' ');
        String seq = line.substring(0, space);
        String text = line.substring(space + 1).replace("\\", "\\\\").replace("\"", "\\\"");
        String json = "{\"type\":\"message\",\"seq\":" + seq + ",\"id\":" + seq
                + ",\"kind\":\"QUESTION\",\"text\":\"" + text + "\",\"at\":\"" + at + "\",\"author\":\"Carga\"}";
        for (Session view : VIEWS) {
            if (view.isOpen()) {
                view.getAsyncRemote().sendText(json);
            }
        }
    }

    @OnClose
    public void close(Session session) {
        VIEWS.remove(session);
    }

    @OnError
    public void error(Session session, Throwable problem) {
        VIEWS.remove(session);
    }
}
