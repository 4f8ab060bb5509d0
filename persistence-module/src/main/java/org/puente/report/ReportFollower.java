package org.puente.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.puente.identity.UserAccount;

/**
 * Someone who reported a problem that already had an open report and follows that report instead
 * of filing another: an operator attaches a caller, or a citizen asks on the web to be told. With an
 * e-mail he is told of the report's changes; his contact is personal data, never shown in public.
 */
@Entity
@Table(name = "report_follower")
@NamedQuery(
        name = "ReportFollower.ofReport",
        query = "select f from ReportFollower f where f.report = :report order by f.followedAt, f.id")
public class ReportFollower {

    @Id
    @SequenceGenerator(name = "report_follower_seq", sequenceName = "report_follower_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_follower_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ServiceReport report;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "follower_name", length = 200))
    @AttributeOverride(name = "email", column = @Column(name = "follower_email", length = 200))
    @AttributeOverride(name = "phone", column = @Column(name = "follower_phone", length = 20))
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    /** The operator who attached the caller; null when the citizen asked himself. */
    @ManyToOne
    @JoinColumn(name = "added_by_id")
    private UserAccount addedBy;

    @Column(name = "followed_at", nullable = false)
    private OffsetDateTime followedAt;

    protected ReportFollower() {}

    ReportFollower(ServiceReport report, Contact contact, Channel channel, UserAccount addedBy, OffsetDateTime at) {
        this.report = report;
        this.contact = contact == null ? Contact.none() : contact;
        this.channel = channel;
        this.addedBy = addedBy;
        this.followedAt = at;
    }

    /** ARCO cancellation of the follower's data: he is no longer told, and nothing of him is kept here. */
    public void anonymise() {
        this.contact = Contact.none();
    }

    public Long getId() {
        return id;
    }

    public ServiceReport getReport() {
        return report;
    }

    /** Never null, as the report's own contact. */
    public Contact getContact() {
        return contact == null ? Contact.none() : contact;
    }

    public Channel getChannel() {
        return channel;
    }

    public UserAccount getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getFollowedAt() {
        return followedAt;
    }
}
