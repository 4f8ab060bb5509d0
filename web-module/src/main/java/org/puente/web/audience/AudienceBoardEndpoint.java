package org.puente.web.audience;

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
import java.util.Optional;
import org.puente.audience.AudienceBoard;
import org.puente.audience.AudienceRegistration;

/**
 * /ws/audiencia/{session}: a public turn board view. On opening it joins the session's views first and then
 * sends the board as it stands, so no change falls in between; every later board comes from
 * {@link AudienceBoardHub}. Public data only (turn numbers, states, times).
 */
@ServerEndpoint("/ws/audiencia/{session}")
public class AudienceBoardEndpoint {

    @OnOpen
    public void open(Session view, @PathParam("session") String session) throws IOException {
        Long id = parse(session);
        AudienceRegistration audiences =
                CDI.current().select(AudienceRegistration.class).get();
        Optional<AudienceBoard> board = id == null ? Optional.empty() : audiences.board(id);
        if (board.isEmpty()) {
            view.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such audience"));
            return;
        }
        view.setMaxIdleTimeout(0);
        CDI.current().select(AudienceBoardHub.class).get().join(id, view);
        AudienceBoardHub.send(view, BoardJson.of(audiences.board(id).orElse(board.get())));
    }

    @OnMessage
    public void message(Session view, String text) {
        if ("ping".equals(text)) {
            AudienceBoardHub.send(view, "{\"type\":\"pong\"}");
        }
    }

    @OnClose
    public void close(Session view, @PathParam("session") String session) {
        Long id = parse(session);
        if (id != null) {
            CDI.current().select(AudienceBoardHub.class).get().leave(id, view);
        }
    }

    @OnError
    public void error(Session view, Throwable problem, @PathParam("session") String session) {
        close(view, session);
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
