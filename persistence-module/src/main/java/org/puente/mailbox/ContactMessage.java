package org.puente.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.petition.Petition;
import org.puente.platform.RuleViolation;
import org.puente.report.Contact;

/**
 * A message written to a body through its contact mailbox ({@code /contacto}): anything that is not a report
 * or a petition. The sender leaves an e-mail address (how to answer him); the body handles the message once
 * ({@link MessageStatus}): it answers it, turns it into a petition whose clock runs from the message's arrival,
 * or discards it with a reason. Personal data: never shown outside the body's intranet.
 */
@Entity
@Table(name = "contact_message")
@NamedQuery(
        name = "ContactMessage.countByBodyAndStatus",
        query = "select m.status, count(m) from ContactMessage m where m.body = :body group by m.status")
public class ContactMessage {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_REASON = 500;
    public static final int MAX_NAME = 200;

    @Id
    @SequenceGenerator(name = "contact_message_seq", sequenceName = "contact_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_message_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Embedded
    private Contact contact;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MessageStatus status;

    /** The body's written answer, e-mailed to the sender (RESPONDIDO). */
    @Column(length = MAX_ANSWER)
    private String answer;

    /** Why it was discarded (DESCARTADO); staff only. */
    @Column(name = "discard_reason", length = MAX_REASON)
    private String discardReason;

    /** When and by whom it was handled: answered, turned into a petition or discarded. */
    @Column(name = "handled_at")
    private OffsetDateTime handledAt;

    @ManyToOne
    @JoinColumn(name = "handled_by")
    private UserAccount handledBy;

    /** The petition it became (CONVERTIDO). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    protected ContactMessage() {}

    /** A message that arrived at {@code receivedAt}; an e-mail address to answer to is required. */
    public ContactMessage(Body body, String subject, String text, Contact contact, OffsetDateTime receivedAt) {
        this.body = Objects.requireNonNull(body, "body");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.subject = required("subject", subject, MAX_SUBJECT);
        this.text = required("text", text, MAX_TEXT);
        if (contact == null || contact.getEmail() == null) {
            throw new RuleViolation("contactEmail", "mailbox.email.required");
        }
        if (contact.getName() != null && contact.getName().length() > MAX_NAME) {
            throw new RuleViolation("contactName", "registration.fullName.tooLong");
        }
        this.contact = contact;
        this.status = MessageStatus.NUEVO;
    }

    /** The body answers the sender in writing; the answer is e-mailed to him. */
    public void answer(String answer, UserAccount by, OffsetDateTime at) {
        String written = required("answer", answer, MAX_ANSWER);
        handle(MessageStatus.RESPONDIDO, by, at);
        this.answer = written;
    }

    /** The body sets the message aside (spam, a duplicate, nothing to answer), saying why. */
    public void discard(String reason, UserAccount by, OffsetDateTime at) {
        String written = required("reason", reason, MAX_REASON);
        handle(MessageStatus.DESCARTADO, by, at);
        this.discardReason = written;
    }

    /**
     * The message became this petition of the same body, filed as received when the message arrived (so
     * that its legal clock runs from the arrival, not from the day someone read it).
     */
    public void convertInto(Petition petition, UserAccount by, OffsetDateTime at) {
        Objects.requireNonNull(petition, "petition");
        if (!petition.getBody().equals(body)) {
            throw new IllegalArgumentException("A message becomes a petition of its own body");
        }
        if (!petition.getReceivedAt().isEqual(receivedAt)) {
            throw new IllegalArgumentException("The petition's clock starts when the message arrived");
        }
        handle(MessageStatus.CONVERTIDO, by, at);
        this.petition = petition;
    }

    /** Whether the message can still be handled in that way. */
    public boolean allows(MessageStatus next) {
        return status.canMoveTo(next);
    }

    private void handle(MessageStatus next, UserAccount by, OffsetDateTime at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A " + status + " message cannot become " + next);
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (!by.isStaff() || (!by.isAgencyWide() && !body.equals(by.getBody()))) {
            throw new IllegalArgumentException("Only the body's staff handle its messages");
        }
        if (at.isBefore(receivedAt)) {
            throw new IllegalArgumentException("Handled before it arrived");
        }
        this.status = next;
        this.handledBy = by;
        this.handledAt = at;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "mailbox." + field + ".required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(field, "mailbox." + field + ".tooLong", max);
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public Contact getContact() {
        return contact;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getDiscardReason() {
        return discardReason;
    }

    public OffsetDateTime getHandledAt() {
        return handledAt;
    }

    public UserAccount getHandledBy() {
        return handledBy;
    }

    public Petition getPetition() {
        return petition;
    }
}
