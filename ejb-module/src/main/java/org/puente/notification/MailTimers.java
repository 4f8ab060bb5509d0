package org.puente.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import org.puente.cluster.Leases;

/** Every 30 seconds, the outbox's due messages go out. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimers {

    @EJB
    private Leases leases;

    @EJB
    private Mailer mailer;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void send() {
        leases.runOnce("mail-outbox", Duration.ofSeconds(30), mailer::sendDue);
    }
}
