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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.UserAccount;

/** One line of a survey's history: which step, who took it, when. Staff read it; the public never. Immutable. */
@Entity
@Table(name = "opinion_survey_event")
public class SurveyEvent {

    /** The steps of a survey's life; the text of each is {@code opinion.event.<NAME>}. */
    public enum Kind {
        CREATED,
        EDITED,
        QUESTION_ADDED,
        QUESTION_CHANGED,
        QUESTION_MOVED,
        QUESTION_REMOVED,
        PUBLISHED,
        CLOSED,
        RESULTS_PUBLISHED,
        TEXT_REVIEWED;

        public String messageKey() {
            return "opinion.event." + name();
        }
    }

    @Id
    @SequenceGenerator(
            name = "opinion_survey_event_seq",
            sequenceName = "opinion_survey_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_survey_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private OpinionSurvey survey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    protected SurveyEvent() {}

    SurveyEvent(OpinionSurvey survey, Kind kind, OffsetDateTime at, UserAccount author) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(at, "at");
        this.author = Objects.requireNonNull(author, "author");
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

    public UserAccount getAuthor() {
        return author;
    }
}
