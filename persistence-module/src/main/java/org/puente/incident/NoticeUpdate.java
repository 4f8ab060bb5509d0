package org.puente.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;

/**
 * One line of an incident notice's history: who did what, when, and the status it left. The public reads the
 * lines with a text (the first one, each update, the resolution) without their author; staff read them all,
 * with the author, edits and the closure day marked included. Immutable.
 */
@Entity
@Table(name = "incident_notice_update")
public class NoticeUpdate {

    /** What the line records; only the public kinds carry a text and appear on the status page and in the feed. */
    public enum Kind {
        OPENED(true),
        UPDATED(true),
        RESOLVED(true),
        EDITED(false),
        DAY_OFF_MARKED(false);

        private final boolean isPublic;

        Kind(boolean isPublic) {
            this.isPublic = isPublic;
        }

        public boolean isPublic() {
            return isPublic;
        }

        public String messageKey() {
            return "incidentNotice.kind." + name();
        }
    }

    public static final int MAX_TEXT = 2000;

    @Id
    @SequenceGenerator(
            name = "incident_notice_update_seq",
            sequenceName = "incident_notice_update_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_notice_update_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private IncidentNotice notice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    /** The notice's status after this line. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14, updatable = false)
    private NoticeStatus status;

    /** The public text (public kinds only). */
    @Column(length = MAX_TEXT, updatable = false)
    private String text;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    protected NoticeUpdate() {}

    NoticeUpdate(
            IncidentNotice notice, Kind kind, OffsetDateTime at, NoticeStatus status, String text, UserAccount author) {
        this.notice = Objects.requireNonNull(notice, "notice");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(at, "at");
        this.status = Objects.requireNonNull(status, "status");
        this.author = Objects.requireNonNull(author, "author");
        if (kind.isPublic() != (text != null)) {
            throw new IllegalArgumentException("A public line carries a text, a staff line none");
        }
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public IncidentNotice getNotice() {
        return notice;
    }

    public Kind getKind() {
        return kind;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public boolean isPublic() {
        return kind.isPublic();
    }
}
