package org.puente.opinion;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.puente.identity.UserAccount;

/**
 * One question's answer within a response: the chosen options' positions ("0,2"), the scale's point, or the free
 * text; a free text waits for staff's review ({@link TextReview}) before it may be shown with the results.
 */
@Entity
@Table(name = "opinion_answer")
@NamedQuery(
        name = "OpinionAnswer.texts",
        query = "select a from OpinionAnswer a where a.response.survey = :survey and a.text is not null"
                + " order by a.response.submittedAt desc, a.id desc")
@NamedQuery(
        name = "OpinionAnswer.approvedTexts",
        query = "select a from OpinionAnswer a where a.response.survey = :survey and a.text is not null"
                + " and a.review = org.puente.opinion.TextReview.APPROVED order by a.question.position, a.id")
public class OpinionAnswer {

    @Id
    @SequenceGenerator(name = "opinion_answer_seq", sequenceName = "opinion_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_answer_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private OpinionResponse response;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private OpinionQuestion question;

    @Column(length = 40, updatable = false)
    private String choices;

    @Column(updatable = false)
    private Integer scale;

    @Column(length = GivenAnswer.MAX_TEXT, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private TextReview review;

    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    protected OpinionAnswer() {}

    OpinionAnswer(OpinionResponse response, OpinionQuestion question, GivenAnswer given) {
        this.response = Objects.requireNonNull(response, "response");
        this.question = Objects.requireNonNull(question, "question");
        this.choices = given.choices().isEmpty()
                ? null
                : given.choices().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.scale = given.scale();
        this.text = given.text();
        this.review = text == null ? null : TextReview.PENDING;
    }

    /** Staff approve (shown with published results) or hide a free text; either may be changed again. */
    public void review(TextReview decision, UserAccount by, OffsetDateTime now) {
        if (text == null) {
            throw new IllegalStateException("Only a free text is reviewed");
        }
        if (decision == null || decision == TextReview.PENDING) {
            throw new IllegalArgumentException("A review approves or hides");
        }
        this.review = decision;
        this.reviewer = Objects.requireNonNull(by, "by");
        this.reviewedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public OpinionResponse getResponse() {
        return response;
    }

    public OpinionQuestion getQuestion() {
        return question;
    }

    /** The chosen options' positions, in order. */
    public List<Integer> chosen() {
        return choices == null
                ? List.of()
                : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
    }

    public Integer getScale() {
        return scale;
    }

    public String getText() {
        return text;
    }

    public TextReview getReview() {
        return review;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }
}
