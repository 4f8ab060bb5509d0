package org.puente.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.puente.identity.PasswordToken;

/**
 * Queues e-mails in the outbox, in the caller's transaction: a message exists exactly when the
 * change it announces was committed. {@link Mailer} sends them.
 */
@Stateless
public class NotificationService {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** True on a thread that is writing the demo's past (see {@link #silently}). */
    private static final ThreadLocal<Boolean> SILENT = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * Runs work whose cases happened in the past and were never mailed (the demo's months of history, filed
     * through the real intake doors so that they follow every rule): nothing it queues is sent.
     */
    public static void silently(Runnable work) {
        boolean before = SILENT.get();
        SILENT.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            SILENT.set(before);
        }
    }

    /** Whether this thread runs {@link #silently}: observers that would make an attachment may skip it. */
    public static boolean silenced() {
        return SILENT.get();
    }

    /** Queues the message whose subject and body are the keys "{template}.subject" and "{template}.body". */
    public void enqueue(String recipient, String template, Object... arguments) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("org.puente.notification.mail", SPANISH);
        String subject = new MessageFormat(texts.getString(template + ".subject"), SPANISH).format(arguments);
        String body = new MessageFormat(texts.getString(template + ".body"), SPANISH).format(arguments);
        if (silenced()) {
            return;
        }
        em.persist(new OutboxMessage(recipient, subject, body, OffsetDateTime.now(clock)));
    }

    /**
     * Queues a message like {@link #enqueue} carrying one document (a PDF), which is sent as an attachment
     * exactly as given now.
     */
    public void enqueueWithAttachment(
            String recipient, String template, String fileName, String contentType, byte[] data, Object... arguments) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("org.puente.notification.mail", SPANISH);
        String subject = new MessageFormat(texts.getString(template + ".subject"), SPANISH).format(arguments);
        String body = new MessageFormat(texts.getString(template + ".body"), SPANISH).format(arguments);
        OutboxMessage message = new OutboxMessage(recipient, subject, body, OffsetDateTime.now(clock));
        message.attach(fileName, contentType, data);
        if (silenced()) {
            return;
        }
        em.persist(message);
    }

    /**
     * Queues a message that carries a password link: the argument that stands for the token is
     * {@link OutboxMessage#TOKEN_PLACEHOLDER}, and the token itself is made when the message is sent.
     */
    public void enqueueWithLink(String recipient, PasswordToken link, String template, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle("org.puente.notification.mail", SPANISH);
        String subject = new MessageFormat(texts.getString(template + ".subject"), SPANISH).format(arguments);
        String body = new MessageFormat(texts.getString(template + ".body"), SPANISH).format(arguments);
        if (silenced()) {
            return;
        }
        em.persist(new OutboxMessage(recipient, subject, body, link, OffsetDateTime.now(clock)));
    }

    public List<OutboxMessage> pending(int max) {
        return em.createNamedQuery("OutboxMessage.pending", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPending() {
        return em.createNamedQuery("OutboxMessage.countPending", Long.class).getSingleResult();
    }
}
