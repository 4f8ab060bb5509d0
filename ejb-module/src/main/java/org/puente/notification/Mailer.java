package org.puente.notification;

import jakarta.activation.DataHandler;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.cluster.ClusterNode;
import org.puente.platform.SecretTokens;

/**
 * Sends what waits in the outbox through SMTP (PUENTE_SMTP_HOST, PUENTE_SMTP_PORT, PUENTE_MAIL_FROM).
 * Without an SMTP host nothing is sent: messages stay in the outbox, where the intranet shows them.
 *
 * <p>Every node sends, in parallel: a round first claims a batch ({@link OutboxClaims}, committed at once), then
 * sends each claimed message in a transaction of its own that locks the row, checks the claim still holds, sends
 * and marks it sent. Another node skips what is claimed or locked; a claim whose node died runs out after
 * {@link #CLAIM} and the message goes out from another node. The one case left where an e-mail goes out twice is a
 * node that dies between the SMTP server's acceptance and the commit of "sent" (milliseconds): an outbox
 * delivers at least once, never zero times.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int BATCH = 50;

    /**
     * How long a claim keeps other nodes out, and so how long the messages of a node that died wait for another.
     * A batch that outlasts it (an SMTP server timing out on each message) loses its last messages to whoever
     * claims them next, which is harmless: a message is sent only under its row's lock and only while its
     * claim holds ({@link #deliver}), so a lapsed claim is skipped, never sent twice.
     */
    static final Duration CLAIM = Duration.ofMinutes(2);

    /** How long one timer round goes on claiming batches: under the timer's 30 seconds. */
    static final Duration ROUND = Duration.ofSeconds(25);

    @EJB
    private OutboxClaims claims;

    @EJB
    private Mailer self;

    @Inject
    private ClusterNode node;

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

    /** Sends the messages whose turn has come, as this node; returns how many went out. */
    public int sendDue() {
        return sendDueAs(node.name());
    }

    /**
     * {@link #sendDue} as the node {@code sender} (the tests play two nodes in one server): batch after batch while
     * the batches come full and the round is younger than {@link #ROUND}, so that a backlog (the SMTP server back
     * after an hour down) goes out as fast as the server takes it, not 50 messages per timer tick.
     */
    public int sendDueAs(String sender) {
        if (!isConfigured()) {
            return 0;
        }
        long started = System.nanoTime();
        Session session = session();
        int sent = 0;
        List<Long> claimed;
        do {
            OffsetDateTime now = OffsetDateTime.now(clock);
            claimed = claims.claim(sender, now, now.plus(CLAIM), BATCH);
            for (int i = 0; i < claimed.size(); i++) {
                Delivery delivery = self.deliver(claimed.get(i), sender, session);
                if (delivery == Delivery.SENT) {
                    sent++;
                } else if (delivery == Delivery.SERVER_UNREACHABLE) {
                    // The others would fail the same way: given back at once, tried at the next round.
                    long first = claimed.get(i);
                    claims.release(sender, claimed.subList(i + 1, claimed.size()));
                    LOG.warning(() -> "The SMTP server " + host.get() + ":" + port + " does not answer: e-mail " + first
                            + " and the others due wait for the next round");
                    return sent;
                }
            }
        } while (claimed.size() == BATCH && System.nanoTime() - started < ROUND.toNanos());
        return sent;
    }

    /** What became of one message {@link #deliver} was given. */
    public enum Delivery {
        SENT,
        /** Not this sender's any more (sent, or its claim ran out). */
        NOT_HELD,
        /** Refused or failed; tried again later. */
        FAILED,
        /** Failed because the SMTP server could not be reached; tried again later. */
        SERVER_UNREACHABLE
    }

    /**
     * Sends the message {@code id} if {@code sender}'s claim on it still holds, and marks it sent (or failed, for
     * a later attempt) in the same transaction, which holds its row's lock while the SMTP server answers.
     *
     * @return what became of it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Delivery deliver(long id, String sender, Session session) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OutboxMessage message = claims.held(id, sender, now);
        if (message == null) {
            LOG.fine(() -> "E-mail " + id + " is no longer " + sender + "'s to send");
            return Delivery.NOT_HELD;
        }
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(from));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
            mime.setSubject(message.getSubject(), "UTF-8");
            fill(mime, message);
            Transport.send(mime);
            message.sent(now);
            return Delivery.SENT;
        } catch (MessagingException e) {
            message.failed(e.getMessage(), now);
            if (unreachable(e)) {
                return Delivery.SERVER_UNREACHABLE; // said once for the round by sendDueAs
            }
            LOG.warning(() -> "E-mail " + message.getId() + " not sent (attempt " + message.getAttempts() + "): "
                    + e.getMessage());
            return Delivery.FAILED;
        }
    }

    /**
     * Whether the SMTP server could not be reached at all (no connection), as opposed to refusing this message. A
     * {@link MessagingException}'s cause is its next exception, so the chain of causes covers both.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        return Session.getInstance(properties);
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
