package org.puente.communication;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;

/**
 * One line of the history of a debunk or a news item: who did what, when, and the status it left. Staff read
 * it; the public never reads an author. Immutable.
 */
@MappedSuperclass
public abstract class PublicationEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Change kind;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private PublicationStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    protected PublicationEntry() {}

    protected PublicationEntry(Change kind, OffsetDateTime at, PublicationStatus status, UserAccount author) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(at, "at");
        this.status = Objects.requireNonNull(status, "status");
        this.author = Objects.requireNonNull(author, "author");
    }

    public Change getKind() {
        return kind;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public UserAccount getAuthor() {
        return author;
    }
}
