package org.puente.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.puente.hoax.Hoax;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.RuleViolation;

/**
 * One version of the answer to a public question: the text in plain language, the links to the official sources
 * (each an http or https address), optionally the body's published debunk of a related hoax, the date staff last
 * checked it against them, who wrote it and when. A later version supersedes it; until then it may be marked
 * outdated. Its text, sources and debunk never change: a correction is a new version, so the versions are the
 * answer's history.
 */
@Entity
@Table(name = "public_question_answer")
public class Answer {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_SOURCES = 8;
    public static final int MAX_SOURCE = 400;

    @Id
    @SequenceGenerator(
            name = "public_question_answer_seq",
            sequenceName = "public_question_answer_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_question_answer_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    /** 1 for the first answer, 2 for the one that superseded it... */
    @Column(name = "answer_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    /** The official sources' addresses, one a line. */
    @Column(length = MAX_SOURCES * (MAX_SOURCE + 1), updatable = false)
    private String sources;

    /** The debunk of a related hoax that the answer sends its readers to, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hoax_id", updatable = false)
    private Hoax debunk;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "outdated_at")
    private OffsetDateTime outdatedAt;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    protected Answer() {}

    Answer(
            Question question,
            int number,
            String text,
            List<String> sources,
            Hoax debunk,
            LocalDate reviewedOn,
            UserAccount author,
            OffsetDateTime writtenAt) {
        this.question = Objects.requireNonNull(question, "question");
        this.number = number;
        this.text = text.strip();
        this.sources = String.join("\n", clean(sources));
        this.debunk = debunk;
        this.reviewedOn = reviewedOn;
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /**
     * Every rule an answer breaks, each on its field: a text of up to 4,000 characters, up to 8 sources that are
     * http or https addresses, a "reviewed on" date that is not after {@code today}.
     */
    public static List<RuleViolation> problems(
            String text, List<String> sources, LocalDate reviewedOn, LocalDate today) {
        List<RuleViolation> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new RuleViolation("answer", "question.answer.required"));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.add(new RuleViolation("answer", "question.answer.tooLong", MAX_TEXT));
        }
        List<String> links = clean(sources);
        if (links.size() > MAX_SOURCES) {
            problems.add(new RuleViolation("sources", "question.sources.tooMany", MAX_SOURCES));
        } else {
            links.stream()
                    .filter(link -> !isWebAddress(link))
                    .findFirst()
                    .ifPresent(bad -> problems.add(new RuleViolation("sources", "question.sources.invalid", bad)));
        }
        if (reviewedOn == null) {
            problems.add(new RuleViolation("reviewedOn", "question.reviewedOn.required"));
        } else if (today != null && reviewedOn.isAfter(today)) {
            problems.add(new RuleViolation("reviewedOn", "question.reviewedOn.future"));
        }
        return problems;
    }

    /**
     * Why an answer of a question to {@code body} may not link to a debunk: it must be published (a draft is not
     * public) and the same body's. Empty for none or a fitting one.
     */
    public static Optional<RuleViolation> debunkProblem(Hoax debunk, Body body) {
        if (debunk == null) {
            return Optional.empty();
        }
        if (!debunk.isPublished()) {
            return Optional.of(new RuleViolation("debunk", "question.debunk.unpublished"));
        }
        if (!debunk.getBody().equals(body)) {
            return Optional.of(new RuleViolation("debunk", "question.debunk.otherBody"));
        }
        return Optional.empty();
    }

    /** The sources typed one a line: stripped, blank lines dropped. */
    public static List<String> lines(String typed) {
        return typed == null ? List.of() : clean(Arrays.asList(typed.split("\\R")));
    }

    private static List<String> clean(List<String> sources) {
        if (sources == null) {
            return List.of();
        }
        return sources.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static boolean isWebAddress(String link) {
        if (link.length() > MAX_SOURCE || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    void supersede(OffsetDateTime now) {
        supersededAt = now;
    }

    void markOutdated(OffsetDateTime now) {
        if (outdatedAt != null) {
            throw new IllegalStateException("Already outdated");
        }
        outdatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public List<String> getSources() {
        return sources == null || sources.isEmpty() ? List.of() : List.of(sources.split("\n"));
    }

    /** The related debunk, or null. */
    public Hoax getDebunk() {
        return debunk;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public OffsetDateTime getOutdatedAt() {
        return outdatedAt;
    }

    public OffsetDateTime getSupersededAt() {
        return supersededAt;
    }

    public boolean isOutdated() {
        return outdatedAt != null;
    }
}
