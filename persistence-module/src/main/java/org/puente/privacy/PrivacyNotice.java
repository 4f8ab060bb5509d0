package org.puente.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * One published version of a body's privacy notice (aviso de privacidad): the integral text and the
 * simplified one that forms show beside their consent box, both plain Spanish text whose paragraphs are
 * separated by a blank line. A published version never changes (consents point at it): a correction is
 * a new version, and the one in force for a body is its latest published.
 */
@Entity
@Table(name = "privacy_notice")
@NamedQuery(
        name = "PrivacyNotice.ofBody",
        query = "select n from PrivacyNotice n where n.body = :body order by n.publishedAt desc, n.id desc")
@NamedQuery(
        name = "PrivacyNotice.countWithLabel",
        query = "select count(n) from PrivacyNotice n where n.body = :body and n.label = :label")
public class PrivacyNotice {

    public static final int MAX_LABEL = 20;
    public static final int MAX_INTEGRAL = 20000;
    public static final int MAX_SIMPLIFIED = 2000;

    @Id
    @SequenceGenerator(name = "privacy_notice_seq", sequenceName = "privacy_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_notice_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(nullable = false, length = MAX_LABEL, updatable = false)
    private String label;

    @Column(name = "integral_text", nullable = false, length = MAX_INTEGRAL, updatable = false)
    private String integralText;

    @Column(name = "simplified_text", nullable = false, length = MAX_SIMPLIFIED, updatable = false)
    private String simplifiedText;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    /** Null for a version the installation published at start-up (the first one of a body). */
    @ManyToOne
    @JoinColumn(name = "published_by", updatable = false)
    private UserAccount publishedBy;

    protected PrivacyNotice() {}

    private PrivacyNotice(
            Body body,
            String label,
            String integralText,
            String simplifiedText,
            UserAccount publishedBy,
            OffsetDateTime publishedAt) {
        this.body = Objects.requireNonNull(body, "body");
        this.label = label.strip();
        this.integralText = normalise(integralText);
        this.simplifiedText = normalise(simplifiedText);
        this.publishedBy = publishedBy;
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /**
     * Publishes a version of the body's notice, in force from {@code at}; refuses (with the first of
     * {@link #problems}) a label or a text that breaks the rules.
     *
     * @param by the administrator who publishes it, or null for the installation's first version
     */
    public static PrivacyNotice publish(
            Body body, String label, String integralText, String simplifiedText, UserAccount by, OffsetDateTime at) {
        List<RuleViolation> problems = problems(label, integralText, simplifiedText);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new PrivacyNotice(body, label, integralText, simplifiedText, by, at);
    }

    /**
     * Everything wrong with a version's input, each on its field, in the form's order: a label of 1 to 20
     * letters, digits, dots, hyphens or underscores ("2026-12", "v3"); both texts present and within their
     * lengths; the simplified text shorter than the integral one, which it summarises.
     */
    public static List<RuleViolation> problems(String label, String integralText, String simplifiedText) {
        List<RuleViolation> problems = new ArrayList<>();
        if (label == null || label.isBlank()) {
            problems.add(new RuleViolation("label", "privacy.label.required"));
        } else if (!label.strip().matches("[A-Za-z0-9._-]{1," + MAX_LABEL + "}")) {
            problems.add(new RuleViolation("label", "privacy.label.invalid", MAX_LABEL));
        }
        String integral = normalise(integralText);
        String simplified = normalise(simplifiedText);
        if (integral.isEmpty()) {
            problems.add(new RuleViolation("integralText", "privacy.integral.required"));
        } else if (integral.length() > MAX_INTEGRAL) {
            problems.add(new RuleViolation("integralText", "privacy.integral.tooLong", MAX_INTEGRAL));
        }
        if (simplified.isEmpty()) {
            problems.add(new RuleViolation("simplifiedText", "privacy.simplified.required"));
        } else if (simplified.length() > MAX_SIMPLIFIED) {
            problems.add(new RuleViolation("simplifiedText", "privacy.simplified.tooLong", MAX_SIMPLIFIED));
        } else if (!integral.isEmpty() && simplified.length() >= integral.length()) {
            problems.add(new RuleViolation("simplifiedText", "privacy.simplified.notShorter"));
        }
        return problems;
    }

    /** Line ends made \n, trailing blanks of each line and blank lines at both ends dropped. */
    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \t]+\n", "\n")
                .strip();
    }

    /** The text's paragraphs: what a blank line separates, each with its inner line breaks made spaces. */
    public static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Published versions are immutable: the columns are not updatable, and a change that reaches the database is refused. */
    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Privacy notice " + label + " of " + body.getCode()
                + " is published: publish a new version instead of changing or removing it");
    }

    public List<String> getIntegralParagraphs() {
        return paragraphs(integralText);
    }

    public List<String> getSimplifiedParagraphs() {
        return paragraphs(simplifiedText);
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getLabel() {
        return label;
    }

    public String getIntegralText() {
        return integralText;
    }

    public String getSimplifiedText() {
        return simplifiedText;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public UserAccount getPublishedBy() {
        return publishedBy;
    }
}
