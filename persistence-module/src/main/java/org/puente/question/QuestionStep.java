package org.puente.question;

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
 * One line of a public question's history: what happened, when, by whom (none for a nickname's own steps) and the
 * status it left; the note says which personal data were found, or where a promoted question came from. Staff
 * only. Immutable.
 */
@Entity
@Table(name = "public_question_step")
public class QuestionStep {

    /** What the line records. The text of each is {@code question.step.<NAME>}. */
    public enum Kind {
        ASKED,
        DETECTED_PERSONAL,
        CONFIRMED,
        PUBLISHED,
        REJECTED,
        MARKED_PERSONAL,
        EDITED,
        ANSWERED,
        SUPERSEDED,
        OUTDATED,
        PROMOTED;

        public String messageKey() {
            return "question.step." + name();
        }
    }

    @Id
    @SequenceGenerator(
            name = "public_question_step_seq",
            sequenceName = "public_question_step_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_question_step_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 18, updatable = false)
    private Kind kind;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14, updatable = false)
    private QuestionStatus status;

    @ManyToOne
    @JoinColumn(name = "author_id", updatable = false)
    private UserAccount author;

    @Column(length = 300, updatable = false)
    private String note;

    protected QuestionStep() {}

    QuestionStep(
            Question question, Kind kind, OffsetDateTime at, QuestionStatus status, UserAccount author, String note) {
        this.question = Objects.requireNonNull(question, "question");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(at, "at");
        this.status = Objects.requireNonNull(status, "status");
        this.author = author;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getNote() {
        return note;
    }
}
