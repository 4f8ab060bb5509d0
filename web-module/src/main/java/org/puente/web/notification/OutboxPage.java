package org.puente.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.notification.Mailer;
import org.puente.notification.NotificationService;
import org.puente.notification.OutboxMessage;

/** /staff/correo: e-mails waiting in the outbox (all of them while no SMTP server is configured). */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    private NotificationService notifications;

    @Inject
    private Mailer mailer;

    private List<OutboxMessage> pending;

    @PostConstruct
    void load() {
        pending = notifications.pending(200);
    }

    public List<OutboxMessage> getPending() {
        return pending;
    }

    public long getCount() {
        return notifications.countPending();
    }

    public boolean isConfigured() {
        return mailer.isConfigured();
    }
}
