package org.puente.web.opinion;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.puente.opinion.QuestionDraft;
import org.puente.opinion.QuestionKind;
import org.puente.opinion.SurveyForm;
import org.puente.opinion.SurveyView;

/** The staff builder's fields as typed: the survey's facts, a new question, the period (the body's wall clock). */
public class SurveyInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long bodyId;
    private String title;
    private String intro;
    private Long coloniaId;
    private QuestionKind kind;
    private String questionText;
    private boolean required = true;
    private String options;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;

    static SurveyInput of(SurveyView survey) {
        SurveyInput input = new SurveyInput();
        input.bodyId = survey.bodyId();
        input.title = survey.title();
        input.intro = survey.intro();
        input.coloniaId = survey.coloniaId();
        return input;
    }

    SurveyForm toForm() {
        return new SurveyForm(bodyId, title, intro, coloniaId);
    }

    /** The new question; its options one per line. */
    QuestionDraft toQuestion() {
        List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
        return new QuestionDraft(kind, questionText, required, lines);
    }

    void clearQuestion() {
        kind = null;
        questionText = null;
        required = true;
        options = null;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public Long getColoniaId() {
        return coloniaId;
    }

    public void setColoniaId(Long coloniaId) {
        this.coloniaId = coloniaId;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }
}
