package org.puente.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;
import org.puente.report.ReportFollower;
import org.puente.report.ServiceReport;

/**
 * A person's acceptance of one version of a privacy notice, written in the same transaction as the
 * personal data it covers. Whose it is: a citizen's account (registration), a report (its reporter's
 * contact and what he wrote), a report's follower, a petition or a contact-mailbox message; exactly one.
 * Never changed afterwards.
 */
@Entity
@Table(name = "consent")
@NamedQuery(
        name = "Consent.ofAccount",
        query = "select c from Consent c where c.account = :account order by c.acceptedAt")
@NamedQuery(name = "Consent.ofReport", query = "select c from Consent c where c.report = :report order by c.acceptedAt")
@NamedQuery(
        name = "Consent.ofFollower",
        query = "select c from Consent c where c.follower = :follower order by c.acceptedAt")
public class Consent {

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private PrivacyNotice notice;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private OffsetDateTime acceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ConsentChannel channel;

    @ManyToOne
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    @ManyToOne
    @JoinColumn(name = "report_id", updatable = false)
    private ServiceReport report;

    @ManyToOne
    @JoinColumn(name = "follower_id", updatable = false)
    private ReportFollower follower;

    @ManyToOne
    @JoinColumn(name = "petition_id", updatable = false)
    private org.puente.petition.Petition petition;

    @ManyToOne
    @JoinColumn(name = "message_id", updatable = false)
    private org.puente.mailbox.ContactMessage message;

    @ManyToOne
    @JoinColumn(name = "question_id", updatable = false)
    private org.puente.question.Question question;

    /** The operator who took the consent on the phone; null on the web and the API. */
    @ManyToOne
    @JoinColumn(name = "recorded_by", updatable = false)
    private UserAccount recordedBy;

    protected Consent() {}

    private Consent(PrivacyNotice notice, ConsentChannel channel, UserAccount recordedBy, OffsetDateTime at) {
        this.notice = Objects.requireNonNull(notice, "notice");
        this.channel = Objects.requireNonNull(channel, "channel");
        // Not compared with the notice's publication: the version is the one in force when the form is sent,
        // and two nodes' clocks may differ by a little.
        this.acceptedAt = Objects.requireNonNull(at, "at");
        if ((channel == ConsentChannel.PHONE) != (recordedBy != null)) {
            throw new IllegalArgumentException("An operator records a consent on the phone, and only there");
        }
        this.recordedBy = recordedBy;
    }

    /** A citizen accepted the notice when he opened his account. */
    public static Consent ofAccount(PrivacyNotice notice, UserAccount account, OffsetDateTime at) {
        if (Objects.requireNonNull(account, "account").isStaff()) {
            throw new IllegalArgumentException("A staff account consents to no privacy notice through a form");
        }
        Consent consent = new Consent(notice, ConsentChannel.WEB, null, at);
        consent.account = account;
        return consent;
    }

    /** A report's reporter accepted the notice of the report's body when he filed it. */
    public static Consent ofReport(
            PrivacyNotice notice,
            ServiceReport report,
            ConsentChannel channel,
            UserAccount operator,
            OffsetDateTime at) {
        requireSameBody(notice, Objects.requireNonNull(report, "report"));
        Consent consent = new Consent(notice, channel, operator, at);
        consent.report = report;
        return consent;
    }

    /** Someone who follows a report accepted the notice of the report's body when he left his contact. */
    public static Consent ofFollower(
            PrivacyNotice notice,
            ReportFollower follower,
            ConsentChannel channel,
            UserAccount operator,
            OffsetDateTime at) {
        requireSameBody(notice, Objects.requireNonNull(follower, "follower").getReport());
        Consent consent = new Consent(notice, channel, operator, at);
        consent.follower = follower;
        return consent;
    }

    /** A petition's filer accepted the notice of its body (on the web form, or on the phone through the operator). */
    public static Consent ofPetition(
            PrivacyNotice notice,
            org.puente.petition.Petition petition,
            ConsentChannel channel,
            UserAccount operator,
            OffsetDateTime at) {
        if (!notice.getBody()
                .equals(Objects.requireNonNull(petition, "petition").getBody())) {
            throw new IllegalArgumentException("The notice of another body");
        }
        Consent consent = new Consent(notice, channel, operator, at);
        consent.petition = petition;
        return consent;
    }

    /** The sender of a contact-mailbox message accepted the notice of its body on the contact form. */
    public static Consent ofMessage(
            PrivacyNotice notice, org.puente.mailbox.ContactMessage message, OffsetDateTime at) {
        if (!notice.getBody().equals(Objects.requireNonNull(message, "message").getBody())) {
            throw new IllegalArgumentException("The notice of another body");
        }
        Consent consent = new Consent(notice, ConsentChannel.WEB, null, at);
        consent.message = message;
        return consent;
    }

    /** Whoever asked a public question accepted the notice of its body on the ask form. */
    public static Consent ofQuestion(PrivacyNotice notice, org.puente.question.Question question, OffsetDateTime at) {
        if (!notice.getBody()
                .equals(Objects.requireNonNull(question, "question").getBody())) {
            throw new IllegalArgumentException("The notice of another body");
        }
        Consent consent = new Consent(notice, ConsentChannel.WEB, null, at);
        consent.question = question;
        return consent;
    }

    public org.puente.question.Question getQuestion() {
        return question;
    }

    public org.puente.mailbox.ContactMessage getMessage() {
        return message;
    }

    public org.puente.petition.Petition getPetition() {
        return petition;
    }

    private static void requireSameBody(PrivacyNotice notice, ServiceReport report) {
        if (!notice.getBody().equals(report.getBody())) {
            throw new IllegalArgumentException("A report's consent is to the notice of the report's body");
        }
    }

    public Long getId() {
        return id;
    }

    public PrivacyNotice getNotice() {
        return notice;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public ConsentChannel getChannel() {
        return channel;
    }

    public UserAccount getAccount() {
        return account;
    }

    public ServiceReport getReport() {
        return report;
    }

    public ReportFollower getFollower() {
        return follower;
    }

    public UserAccount getRecordedBy() {
        return recordedBy;
    }
}
