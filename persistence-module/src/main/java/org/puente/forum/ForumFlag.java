package org.puente.forum;

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
import java.time.OffsetDateTime;
import org.puente.identity.UserAccount;

/** A reader's flag on a post (one per reader and post), with an optional reason. */
@Entity
@Table(name = "forum_flag")
@NamedQuery(
        name = "ForumFlag.count",
        query = "select count(f) from ForumFlag f where f.post = :post and f.account = :account")
public class ForumFlag {

    @Id
    @SequenceGenerator(name = "forum_flag_seq", sequenceName = "forum_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_flag_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private ForumPost post;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(length = ForumPost.MAX_REASON)
    private String reason;

    @Column(name = "flagged_at", nullable = false)
    private OffsetDateTime flaggedAt;

    protected ForumFlag() {}

    public ForumFlag(ForumPost post, UserAccount account, String reason, OffsetDateTime now) {
        post.flagged();
        this.post = post;
        this.account = account;
        String r = reason == null ? null : reason.strip();
        this.reason = r == null || r.isEmpty()
                ? null
                : r.length() > ForumPost.MAX_REASON ? r.substring(0, ForumPost.MAX_REASON) : r;
        this.flaggedAt = now;
    }
}
