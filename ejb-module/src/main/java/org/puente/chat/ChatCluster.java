package org.puente.chat;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries committed chat updates to the other nodes of a Payara cluster (Payara's clustered CDI
 * events over its Hazelcast data grid), where {@link ChatBroadcaster} hands them to that node's room
 * views: a viewer connected to any node sees every message. On a single server, or with the data grid
 * off, publishing is a no-op.
 */
@ApplicationScoped
public class ChatCluster {

    static final String EVENT = "puente-chat";
    private static final Logger LOG = Logger.getLogger(ChatCluster.class.getName());
    /** This node, so that it ignores its own updates should they come back. */
    private static final String NODE = UUID.randomUUID().toString();

    /** The updates of one transaction, in order, as they travel between nodes (one publication, not one each). */
    public record Travelling(String origin, List<ChatUpdate> updates) implements Serializable {}

    @Inject
    @Outbound(eventName = EVENT, loopBack = false)
    private Event<Travelling> outbound;

    @Inject
    private ChatBroadcaster broadcaster;

    void publish(List<ChatUpdate> updates) {
        try {
            outbound.fire(new Travelling(NODE, List.copyOf(updates)));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No cluster to tell of " + updates, e);
        }
    }

    void receive(@Observes @Inbound(eventName = EVENT) Travelling travelling) {
        if (!NODE.equals(travelling.origin())) {
            travelling.updates().forEach(broadcaster::deliverHere);
        }
    }
}
