package org.puente.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Every 30 seconds, the outbox's due messages go out. */
@Singleton
public class MailTimers {

    @EJB
    private Mailer mailer;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void send() {
        mailer.sendDue();
    }
}
