package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.transparency.SurveyResults;
import org.puente.transparency.TransparencyScope;

/**
 * The survey section ({@code WEB-INF/includes/transparency-survey.xhtml}) of any page that has a
 * {@link TransparencyScope.Scope}: the page passes it as the fragment's {@code scope} parameter.
 */
@Named
@RequestScoped
public class SurveySection {

    @Inject
    private SurveyResults surveys;

    private TransparencyScope.Scope scope;
    private SurveyResults.Results results;

    /** The scope's results, computed once per request. */
    public SurveyResults.Results results(TransparencyScope.Scope of) {
        if (results == null || !of.equals(scope)) {
            scope = of;
            results = surveys.of(of);
        }
        return results;
    }
}
