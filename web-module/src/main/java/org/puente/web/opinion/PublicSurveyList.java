package org.puente.web.opinion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.opinion.PublicSurveys;
import org.puente.opinion.SurveyPhase;
import org.puente.opinion.SurveyRow;

/** /encuestas: the open surveys and those whose results are published. */
@Named
@RequestScoped
public class PublicSurveyList {

    @Inject
    private PublicSurveys surveys;

    private List<SurveyRow> open;
    private List<SurveyRow> results;

    public void load() {
        List<SurveyRow> all = surveys.list();
        open = all.stream().filter(r -> r.phase() == SurveyPhase.OPEN).toList();
        results = all.stream().filter(r -> r.phase() != SurveyPhase.OPEN).toList();
    }

    public List<SurveyRow> getOpen() {
        return open;
    }

    public List<SurveyRow> getResults() {
        return results;
    }
}
