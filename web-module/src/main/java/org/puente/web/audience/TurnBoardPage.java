package org.puente.web.audience;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.audience.AudienceBoard;
import org.puente.audience.AudienceRegistration;
import org.puente.audience.AudienceView;
import org.puente.web.platform.ErrorView;

/**
 * /audiencias/turno?sesion=ID: the public turn board as it stands when the page loads; the page's script then
 * follows it over the WebSocket (/ws/audiencia/ID), and without script the page reloads itself now and then.
 */
@Named
@RequestScoped
public class TurnBoardPage {

    @Inject
    private AudienceRegistration audiences;

    private Long sessionId;
    private AudienceBoard board;
    private AudienceView session;

    public void load() {
        board = audiences.board(sessionId).orElse(null);
        session = board == null ? null : audiences.session(sessionId).orElse(null);
        if (board == null || session == null) {
            ErrorView.show(FacesContext.getCurrentInstance(), 404);
        }
    }

    public AudienceBoard getBoard() {
        return board;
    }

    public AudienceView getSession() {
        return session;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
