package org.puente.web.petition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.casework.ClockStep;
import org.puente.petition.PetitionSurveyAnswers;
import org.puente.petition.PetitionTracking;
import org.puente.petition.PetitionView;
import org.puente.platform.BusinessException;
import org.puente.report.SurveyResponse;
import org.puente.web.abuse.FormGuard;
import org.puente.web.platform.Texts;
import org.puente.web.report.TrackingPage;

/**
 * The petition half of /seguimiento: the same page, the same lookup form (folio and code, read from
 * {@link TrackingPage}); a folio with a series (MET-PQR-2026-000001) is a petition's. Shows its view, and for
 * its filer the prevención's answer, the extension of his time to give it and the survey.
 */
@Named
@ViewScoped
public class PetitionTrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PetitionTracking petitions;

    @Inject
    private TrackingPage lookup;

    @Inject
    private Texts texts;

    @Inject
    private org.puente.web.casework.ClockTrace steps;

    @Inject
    private FormGuard guard;

    private PetitionView view;
    private boolean petitionFolio;
    private String answer;
    private Boolean answered;
    private Boolean effectiveChannel;
    private SurveyResponse.Degree accountability;

    public void load() {
        petitionFolio = PetitionTracking.isPetitionFolio(lookup.getFolio());
        view = petitionFolio
                ? petitions.track(lookup.getFolio(), lookup.getCode()).orElse(null)
                : null;
    }

    public void answerPrevention() {
        try {
            guard.admit(Limit.PETITION_SOURCE);
            petitions.answerPrevention(lookup.getFolio(), lookup.getCode(), answer);
            answer = null;
            texts.info("petition.tracking.prevention.sent");
        } catch (BusinessException refusal) {
            texts.show(refusal, "prevention");
        }
        load();
    }

    public void extendAnswerTime() {
        try {
            petitions.extendAnswerTime(lookup.getFolio(), lookup.getCode());
            texts.info("petition.tracking.extended");
        } catch (BusinessException refusal) {
            texts.show(refusal, "prevention");
        }
        load();
    }

    public void answerSurvey() {
        try {
            guard.admit(Limit.SURVEY_SOURCE);
            petitions.answerSurvey(
                    lookup.getFolio(),
                    lookup.getCode(),
                    new PetitionSurveyAnswers(answered, effectiveChannel, accountability));
            texts.info("survey.thanks");
        } catch (BusinessException refusal) {
            texts.show(refusal, "petitionSurvey");
        }
        load();
    }

    /** "¿Cómo se calculó?", one sentence per step. */
    public List<String> getTrace() {
        return view == null ? List.of() : view.trace().stream().map(this::line).toList();
    }

    private String line(ClockStep step) {
        return steps.line(step, view.timeZone(), view.unit());
    }

    public List<PetitionView> getMine() {
        return petitions.mine();
    }

    public SurveyResponse.Degree[] getDegrees() {
        return SurveyResponse.Degree.values();
    }

    public PetitionView getView() {
        return view;
    }

    public boolean isPetitionFolio() {
        return petitionFolio;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getAnswered() {
        return answered;
    }

    public void setAnswered(Boolean answered) {
        this.answered = answered;
    }

    public Boolean getEffectiveChannel() {
        return effectiveChannel;
    }

    public void setEffectiveChannel(Boolean effectiveChannel) {
        this.effectiveChannel = effectiveChannel;
    }

    public SurveyResponse.Degree getAccountability() {
        return accountability;
    }

    public void setAccountability(SurveyResponse.Degree accountability) {
        this.accountability = accountability;
    }
}
