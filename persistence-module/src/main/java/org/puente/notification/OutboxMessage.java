package org.puente.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.puente.identity.PasswordToken;

/**
 * An e-mail waiting to be sent. It is written in the same transaction as the change it tells
 * about, so none is lost; a timer sends it and retries with growing pauses.
 *
 * <p>An e-mail that carries a password link (an invitation, a reset) keeps no usable secret: its body
 * holds {@link #TOKEN_PLACEHOLDER} where the token goes, and {@link #getLink()} names the
 * {@link PasswordToken}. The sender makes a new token at each attempt, stores only its hash on the
 * link and puts the token into the text it sends ({@link #bodyWith}); the row itself never changes.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = "OutboxMessage.due",
        query = "select m from OutboxMessage m where m.sentAt is null"
                + " and m.attempts < :maxAttempts and m.nextAttemptAt <= :now order by m.nextAttemptAt")
@NamedQuery(
        name = "OutboxMessage.pending",
        query = "select m from OutboxMessage m where m.sentAt is null" + " order by m.createdAt desc")
@NamedQuery(name = "OutboxMessage.countPending", query = "select count(m) from OutboxMessage m where m.sentAt is null")
public class OutboxMessage {

    public static final int MAX_ATTEMPTS = 10;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** The node sending it now, until {@link #claimedUntil}; see {@link #claim}. */
    @Column(name = "claimed_by", length = 120)
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    /** Stands for the token in the stored body of an e-mail with a password link. */
    public static final String TOKEN_PLACEHOLDER = "[[token]]";

    @ManyToOne
    @JoinColumn(name = "password_token_id")
    private PasswordToken link;

    /** The one document an e-mail may carry (an acuse de recibo, a response as PDF); see V18. */
    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 60)
    private String attachmentType;

    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "attachment_data")
    private byte[] attachmentData;

    protected OutboxMessage() {}

    public OutboxMessage(String recipient, String subject, String body, OffsetDateTime now) {
        if (recipient == null || !recipient.contains("@")) {
            throw new IllegalArgumentException("An e-mail needs a recipient address");
        }
        this.recipient = recipient;
        this.subject = subject;
        this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An e-mail with a password link: the body has {@link #TOKEN_PLACEHOLDER} where the token goes. */
    public OutboxMessage(String recipient, String subject, String body, PasswordToken link, OffsetDateTime now) {
        this(recipient, subject, body, now);
        if (link == null || !this.body.contains(TOKEN_PLACEHOLDER)) {
            throw new IllegalArgumentException("An e-mail with a link has the token's placeholder in its body");
        }
        this.link = link;
    }

    /**
     * Adds the document this e-mail carries, made in the transaction of the step it tells about, so that a
     * retry sends the same bytes.
     */
    public void attach(String name, String contentType, byte[] data) {
        if (name == null
                || name.isBlank()
                || name.length() > 100
                || contentType == null
                || data == null
                || data.length == 0) {
            throw new IllegalArgumentException("An attachment has a name, a type and some content");
        }
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentData = data.clone();
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachmentData() {
        return attachmentData == null ? null : attachmentData.clone();
    }

    /** The text to send, with this attempt's token in place of the placeholder. */
    public String bodyWith(String token) {
        return body.replace(TOKEN_PLACEHOLDER, token);
    }

    public PasswordToken getLink() {
        return link;
    }

    /** Where an e-mail sent to a person whose data was cancelled (ARCO) points afterwards: nowhere. */
    public static final String CANCELLED_RECIPIENT = "cancelado@anonimo.invalid";

    /**
     * ARCO cancellation of the recipient's data, for an e-mail already sent: the record that an e-mail with
     * this subject went out stays, to no address and without its text (which greeted him by name). An
     * e-mail not yet sent is not kept at all: the caller deletes it.
     */
    public void forgetRecipient() {
        if (sentAt == null) {
            throw new IllegalStateException("An e-mail not sent yet is dropped, not kept without its recipient");
        }
        this.recipient = CANCELLED_RECIPIENT;
        this.body = "";
        this.lastError = null;
    }

    /**
     * ARCO cancellation of a person this e-mail mentions but is not addressed to (a department told of his
     * report, say): his identifiers in the subject and text are replaced ({@code scrub}); the e-mail stays.
     */
    public void scrub(java.util.function.UnaryOperator<String> scrub) {
        this.subject = subject == null ? null : scrub.apply(subject);
        this.body = scrub.apply(body);
    }

    /**
     * Whether a sender may claim it at {@code now}: not sent, and nobody's claim, or one that has run out (its node
     * died or stalled mid-send).
     */
    public boolean claimable(OffsetDateTime now) {
        return sentAt == null && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    /**
     * The node {@code node} is to send it, and no other until {@code until}. Refused when it was sent or another
     * node's claim still runs: the database query that picks the rows checks the same, under the rows' locks.
     */
    public void claim(String node, OffsetDateTime until, OffsetDateTime now) {
        if (node == null || node.isBlank() || !until.isAfter(now)) {
            throw new IllegalArgumentException("A claim names its node and ends after it is made");
        }
        if (!claimable(now)) {
            throw new IllegalStateException("E-mail " + id + " is "
                    + (sentAt != null ? "sent" : "claimed by " + claimedBy + " until " + claimedUntil));
        }
        this.claimedBy = node;
        this.claimedUntil = until;
    }

    /** Whether {@code node}'s claim holds at {@code now}: only then does it send. */
    public boolean claimedBy(String node, OffsetDateTime now) {
        return sentAt == null && node.equals(claimedBy) && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public void sent(OffsetDateTime now) {
        sentAt = now;
        lastError = null;
        claimedBy = null;
        claimedUntil = null;
    }

    /** A failed attempt: the next waits 1, 2, 4... minutes, at most an hour; the claim is given back. */
    public void failed(String error, OffsetDateTime now) {
        claimedBy = null;
        claimedUntil = null;
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        nextAttemptAt = now.plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6))));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getClaimedUntil() {
        return claimedUntil;
    }
}
