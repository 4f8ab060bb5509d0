package org.puente.web.opinion;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.opinion.AnswerOutcome;
import org.puente.opinion.PublicSurveys;
import org.puente.opinion.SurveyView;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.platform.Texts;

/**
 * /encuestas/encuesta?id=N: an open survey's form (once per account or browser), or a closed one's notice, and its
 * results once the body published them. A refused round keeps everything chosen and typed, with a message on each
 * question that needs one.
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicSurveys surveys;

    @Inject
    private BrowserToken token;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private Long id;
    private SurveyView survey;
    private List<AnswerInput> inputs = List.of();
    private boolean answered;

    public void load() {
        if (survey == null) {
            survey = surveys.survey(id).orElseThrow(() -> new BusinessException("error.notFound"));
            inputs = survey.questions().stream().map(AnswerInput::new).toList();
            answered = survey.isOpen() && surveys.answered(survey.id(), token.current());
        }
    }

    public String submit() {
        try {
            guard.admit(Limit.OPINION_SOURCE);
            AnswerOutcome outcome = surveys.answer(
                    survey.id(), inputs.stream().map(AnswerInput::given).toList(), token.currentOrNew());
            texts.info(outcome == AnswerOutcome.RECORDED ? "opinion.answer.thanks" : "opinion.answer.already");
            return "/encuestas/encuesta?faces-redirect=true&id=" + survey.id();
        } catch (InvalidInputException invalid) {
            guard.giveBack(Limit.OPINION_SOURCE);
            for (BusinessException p : invalid.getProblems()) {
                int position = Integer.parseInt(p.getField().substring(1));
                String clientId = "answer:questions:" + position + ":"
                        + inputs.get(position).inputId();
                texts.error(clientId, p.getMessageKey(), p.getArguments());
            }
            texts.error(null, "opinion.answer.check");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (BusinessException refusal) {
            texts.show(refusal, "answer");
            return null;
        }
    }

    public SurveyView getSurvey() {
        return survey;
    }

    public List<AnswerInput> getInputs() {
        return inputs;
    }

    public boolean isAnswered() {
        return answered;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
