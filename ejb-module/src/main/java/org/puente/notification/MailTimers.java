package org.puente.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every 30 seconds, the outbox's due messages go out. On every node, without a cluster lease: each round claims
 * its own batch of messages ({@link OutboxClaims}, rows other nodes skip), so the nodes send in parallel and no
 * message goes out from two of them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimers {

    @EJB
    private Mailer mailer;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void send() {
        mailer.sendDue();
    }
}
