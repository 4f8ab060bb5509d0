package org.puente.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One line of the audit log: immutable once written (no setter, no update path), chained to the line
 * before it by {@link #getPrevHash()}; {@link #computeHash} is the one definition of a line's hash,
 * used to write it and to verify the chain.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.inOrder", query = "select a from AuditEntry a order by a.id")
@NamedQuery(
        name = "AuditEntry.olderThan",
        query = "select a from AuditEntry a where a.occurredAt < :before order by a.id")
public class AuditEntry {

    public static final String GENESIS = "0".repeat(64);

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(nullable = false, length = 64)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_ref", length = 80)
    private String subjectRef;

    @Column(length = 500)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {}

    /**
     * @param at kept to the microsecond (what both databases store), so the hash verifies after a read
     */
    public AuditEntry(
            OffsetDateTime at,
            Long actorId,
            String actorName,
            String source,
            AuditAction action,
            String subjectType,
            String subjectRef,
            String detail,
            String prevHash) {
        this.occurredAt = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorName = clip(Objects.requireNonNull(actorName, "actor"), 120);
        this.source = clip(Objects.requireNonNull(source, "source"), 64);
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = clip(Objects.requireNonNull(subjectType, "subject type"), 30);
        this.subjectRef = subjectRef == null ? null : clip(subjectRef, 80);
        this.detail = detail == null ? null : clip(detail, 500);
        this.prevHash = Objects.requireNonNull(prevHash, "previous hash");
        this.hash = computeHash();
    }

    private static String clip(String s, int max) {
        String oneLine = s.replaceAll("[\\p{Cntrl}]+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }

    /** SHA-256 over the previous hash and every field, each length-prefixed so no two lines collide. */
    public String computeHash() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            prevHash,
            occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant(),
            actorId,
            actorName,
            source,
            action,
            subjectType,
            subjectRef,
            detail
        }) {
            String value = field == null ? "" : field.toString();
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the stored hash is the hash of what is stored. */
    public boolean isIntact() {
        return hash.equals(computeHash());
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSource() {
        return source;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getDetail() {
        return detail;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
