package org.puente.web.question;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * A personal case's text on its way to the private channel: the ask page keeps it here (never in the address, where
 * it would reach logs and history), and the petition or report form takes it once to prefill its text.
 */
@SessionScoped
public class PrivateChannelDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The text and the body it was asked to. */
    public record Draft(Long bodyId, String text) implements Serializable {}

    private Draft draft;

    void keep(Long bodyId, String text) {
        draft = new Draft(bodyId, text);
    }

    /** The draft, once: the next form starts empty again. */
    public Optional<Draft> take() {
        Optional<Draft> taken = Optional.ofNullable(draft);
        draft = null;
        return taken;
    }
}
