package org.puente.opinion;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One person's answers to a survey: a signed-in account's, or an anonymous browser's (the SHA-256 of its token;
 * the token itself only the browser keeps). The database allows one per account and one per browser token per
 * survey. Neither is ever shown or exported; the answers are.
 */
@Entity
@Table(name = "opinion_response")
@NamedQuery(
        name = "OpinionResponse.bySurvey",
        query = "select r from OpinionResponse r where r.survey = :survey order by r.submittedAt, r.id")
@NamedQuery(
        name = "OpinionResponse.countBy",
        query = "select count(r) from OpinionResponse r where r.survey = :survey"
                + " and (r.accountId = :account or r.tokenHash = :token)")
public class OpinionResponse {

    @Id
    @SequenceGenerator(name = "opinion_response_seq", sequenceName = "opinion_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_response_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private OpinionSurvey survey;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "token_hash", length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    private List<OpinionAnswer> answers = new ArrayList<>();

    protected OpinionResponse() {}

    OpinionResponse(OpinionSurvey survey, Long accountId, String tokenHash, OffsetDateTime at) {
        if ((accountId == null) == (tokenHash == null)) {
            throw new IllegalArgumentException("A response is an account's or a browser's");
        }
        this.survey = Objects.requireNonNull(survey, "survey");
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.submittedAt = Objects.requireNonNull(at, "at");
    }

    void add(OpinionQuestion question, GivenAnswer given) {
        answers.add(new OpinionAnswer(this, question, given));
    }

    public Long getId() {
        return id;
    }

    public OpinionSurvey getSurvey() {
        return survey;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<OpinionAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
