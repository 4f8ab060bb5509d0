package org.puente.web.opinion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.puente.opinion.OpinionSurveys;
import org.puente.opinion.QuestionKind;
import org.puente.opinion.SurveyView;
import org.puente.opinion.TextReview;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/encuesta: a new survey (no id), or one survey (?id=N): while a draft its facts and questions (added,
 * moved, removed) and the period to publish it; then closing it, reviewing its free texts, publishing its results,
 * its results and history. The rules are the survey's own; each form shows its refusals beside its fields.
 */
@Named
@ViewScoped
public class SurveyDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpinionSurveys surveys;

    @Inject
    private Texts texts;

    private Long id;
    private SurveyView survey;
    private List<Body> bodies = List.of();
    private List<OpinionSurveys.ColoniaChoice> colonias = List.of();
    private SurveyInput input = new SurveyInput();

    public void load() {
        if (survey == null && id != null) {
            survey = surveys.detail(id);
            input = SurveyInput.of(survey);
        }
        if (bodies.isEmpty()) {
            bodies = surveys.bodies();
            if (input.getBodyId() == null && !bodies.isEmpty()) {
                input.setBodyId(bodies.get(0).getId());
            }
            colonias = surveys.colonias(input.getBodyId());
        }
    }

    public String create() {
        try {
            long created = surveys.create(input.toForm());
            texts.info("opinion.created");
            return "/staff/encuesta?faces-redirect=true&id=" + created;
        } catch (BusinessException refusal) {
            texts.show(refusal, "survey");
            return null;
        }
    }

    public String save() {
        return run("survey", () -> surveys.edit(survey.id(), input.toForm()), "opinion.saved");
    }

    public String addQuestion() {
        return run("question", () -> surveys.addQuestion(survey.id(), input.toQuestion()), "opinion.question.added");
    }

    public String move(int position, int step) {
        return run("questions", () -> surveys.moveQuestion(survey.id(), position, step), "opinion.question.moved");
    }

    public String remove(int position) {
        return run("questions", () -> surveys.removeQuestion(survey.id(), position), "opinion.question.removed");
    }

    public String publish() {
        return run(
                "publish",
                () -> surveys.publish(survey.id(), input.getOpensAt(), input.getClosesAt()),
                "opinion.publishedDone");
    }

    public String close() {
        return run("steps", () -> surveys.close(survey.id()), "opinion.closedDone");
    }

    public String publishResults() {
        return run("steps", () -> surveys.publishResults(survey.id()), "opinion.resultsDone");
    }

    public String approve(long answerId) {
        return run("texts", () -> surveys.review(survey.id(), answerId, TextReview.APPROVED), "opinion.reviewed");
    }

    public String hide(long answerId) {
        return run("texts", () -> surveys.review(survey.id(), answerId, TextReview.HIDDEN), "opinion.reviewed");
    }

    private String run(String form, Runnable action, String done) {
        try {
            action.run();
            texts.info(done);
            return "/staff/encuesta?faces-redirect=true&id=" + survey.id();
        } catch (BusinessException refusal) {
            texts.show(refusal, form);
            return null;
        }
    }

    public List<QuestionKind> getKinds() {
        return Arrays.asList(QuestionKind.values());
    }

    public SurveyView getSurvey() {
        return survey;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public List<OpinionSurveys.ColoniaChoice> getColonias() {
        return colonias;
    }

    public SurveyInput getInput() {
        return input;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
