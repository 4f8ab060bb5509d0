package org.puente.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.puente.chat.ChatBroadcaster;
import org.puente.chat.ChatUpdate;

/**
 * Hands a session's new board to its public views through the chat's delivery ({@link ChatBroadcaster}: after
 * the commit, on this node and on the others of a cluster), so the board and the chat share one mechanism.
 */
@ApplicationScoped
public class AudienceBoardFeed {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ChatBroadcaster broadcaster;

    void changed(@Observes AudienceChanged change) {
        AudienceSession session = em.find(AudienceSession.class, change.sessionId());
        if (session != null) {
            broadcaster.afterCommit(
                    new ChatUpdate.Board(AudienceBoard.CHANNEL, session.getId(), AudienceBoard.of(session)));
        }
    }
}
