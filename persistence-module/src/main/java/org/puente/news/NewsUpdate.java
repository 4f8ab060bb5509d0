package org.puente.news;

import jakarta.persistence.Entity;
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
import org.puente.communication.Change;
import org.puente.communication.PublicationEntry;
import org.puente.communication.PublicationStatus;
import org.puente.identity.UserAccount;

/** One line of a news item's history (who wrote, corrected, published or withdrew it, and when). */
@Entity
@Table(name = "news_update")
public class NewsUpdate extends PublicationEntry {

    @Id
    @SequenceGenerator(name = "news_update_seq", sequenceName = "news_update_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_update_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private NewsItem item;

    protected NewsUpdate() {}

    NewsUpdate(NewsItem item, Change kind, OffsetDateTime at, PublicationStatus status, UserAccount author) {
        super(kind, at, status, author);
        this.item = Objects.requireNonNull(item, "item");
    }

    public Long getId() {
        return id;
    }
}
