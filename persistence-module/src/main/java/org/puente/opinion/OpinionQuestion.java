package org.puente.opinion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One question of a survey, at its position; changed only through the survey while it is a draft. */
@Entity
@Table(name = "opinion_question")
public class OpinionQuestion {

    @Id
    @SequenceGenerator(name = "opinion_question_seq", sequenceName = "opinion_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_question_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private OpinionSurvey survey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(nullable = false, length = QuestionDraft.MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private boolean required;

    @ElementCollection
    @CollectionTable(name = "opinion_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false, length = QuestionDraft.MAX_OPTION)
    private List<String> options = new ArrayList<>();

    protected OpinionQuestion() {}

    OpinionQuestion(OpinionSurvey survey, int position, QuestionDraft draft) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.position = position;
        apply(draft);
    }

    void apply(QuestionDraft draft) {
        this.kind = draft.kind();
        this.text = draft.text();
        this.required = draft.required();
        this.options = new ArrayList<>(draft.options());
    }

    void moveTo(int position) {
        this.position = position;
    }

    public QuestionDraft draft() {
        return new QuestionDraft(kind, text, required, options);
    }

    public Long getId() {
        return id;
    }

    public OpinionSurvey getSurvey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
