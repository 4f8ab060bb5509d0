package org.puente.notification;

import jakarta.activation.DataHandler;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.platform.SecretTokens;

/**
 * Sends what waits in the outbox through SMTP (PUENTE_SMTP_HOST, PUENTE_SMTP_PORT, PUENTE_MAIL_FROM).
 * Without an SMTP host nothing is sent: messages stay in the outbox, where the intranet shows them.
 */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "puente.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "puente.mail.from", defaultValue = "Puente <no-responder@puente.gob.mx>")
    private String from;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends the messages whose turn has come; returns how many went out. */
    public int sendDue() {
        if (!isConfigured()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxMessage> due = em.createNamedQuery("OutboxMessage.due", OutboxMessage.class)
                .setParameter("maxAttempts", OutboxMessage.MAX_ATTEMPTS)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(properties);
        int sent = 0;
        for (OutboxMessage message : due) {
            try {
                MimeMessage mime = new MimeMessage(session);
                mime.setFrom(new InternetAddress(from));
                mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
                mime.setSubject(message.getSubject(), "UTF-8");
                fill(mime, message);
                Transport.send(mime);
                message.sent(now);
                sent++;
            } catch (MessagingException e) {
                message.failed(e.getMessage(), now);
                LOG.warning(() -> "E-mail " + message.getId() + " not sent (attempt " + message.getAttempts() + "): "
                        + e.getMessage());
            }
        }
        return sent;
    }

    /** The text alone, or the text and its one document as a multipart message. */
    private static void fill(MimeMessage mime, OutboxMessage message) throws MessagingException {
        String text = textOf(message);
        if (!message.hasAttachment()) {
            mime.setText(text, "UTF-8");
            return;
        }
        MimeBodyPart words = new MimeBodyPart();
        words.setText(text, "UTF-8");
        MimeBodyPart document = new MimeBodyPart();
        document.setDataHandler(
                new DataHandler(new ByteArrayDataSource(message.getAttachmentData(), message.getAttachmentType())));
        document.setFileName(message.getAttachmentName());
        document.setDisposition(Part.ATTACHMENT);
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(words);
        parts.addBodyPart(document);
        mime.setContent(parts);
    }

    /**
     * The text to send. An e-mail with a password link gets a new token at each attempt: only its hash
     * is kept, on the link (the earlier attempt's token stops working), and the outbox row keeps its
     * placeholder. If this transaction does not commit after the e-mail left, the link in it does not
     * work and the row, still unsent, goes out again with a token that does.
     */
    private static String textOf(OutboxMessage message) {
        if (message.getLink() == null) {
            return message.getBody();
        }
        String token = SecretTokens.newToken();
        message.getLink().issue(SecretTokens.hash(token));
        return message.bodyWith(token);
    }
}
