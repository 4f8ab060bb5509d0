package org.puente.chat;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.puente.engagement.EventStatusChanged;

/**
 * Hands chat updates to the room views (the WebSocket endpoint registers itself) once the change is
 * committed: a message is always stored before anybody sees it, and a rolled-back one never is. The
 * updates of one transaction (an approval is a public message and its author's news) travel together:
 * handed to this node's views in order, then to the other nodes of a cluster in one publication
 * ({@link ChatCluster}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChatBroadcaster {

    private static final Logger LOG = Logger.getLogger(ChatBroadcaster.class.getName());
    /** The key of a transaction's updates among its resources. */
    private static final Object PENDING = new Object();

    private final List<Consumer<ChatUpdate>> listeners = new CopyOnWriteArrayList<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @jakarta.inject.Inject
    private ChatCluster cluster;

    public void register(Consumer<ChatUpdate> listener) {
        listeners.add(listener);
    }

    public void unregister(Consumer<ChatUpdate> listener) {
        listeners.remove(listener);
    }

    /** A chat or forum opened or closed on time: its room views learn it once that is committed. */
    public void statusChanged(@Observes EventStatusChanged change) {
        afterCommit(new ChatUpdate.Status(change.eventId(), change.status()));
    }

    /** Delivers the update after the caller's transaction commits (at once when there is none). */
    public void afterCommit(ChatUpdate update) {
        if (transactions.getTransactionKey() == null) {
            deliver(List.of(update));
            return;
        }
        @SuppressWarnings("unchecked")
        List<ChatUpdate> pending = (List<ChatUpdate>) transactions.getResource(PENDING);
        if (pending == null) {
            List<ChatUpdate> batch = new ArrayList<>();
            transactions.putResource(PENDING, batch);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        deliver(batch);
                    }
                }
            });
            pending = batch;
        }
        pending.add(update);
    }

    private void deliver(List<ChatUpdate> batch) {
        for (ChatUpdate update : batch) {
            deliverHere(update);
        }
        cluster.publish(batch);
    }

    /** Hands an update to this node's room views only (one that came from another node, say). */
    public void deliverHere(ChatUpdate update) {
        for (Consumer<ChatUpdate> listener : listeners) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A chat listener failed on " + update, e);
            }
        }
    }
}
