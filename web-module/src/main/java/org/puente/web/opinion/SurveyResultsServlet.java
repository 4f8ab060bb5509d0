package org.puente.web.opinion;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVPrinter;
import org.puente.opinion.PublicSurveys;
import org.puente.opinion.SurveyView;
import org.puente.opinion.Tally;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.SpreadsheetCsv;
import org.puente.web.platform.Texts;

/**
 * /encuestas/resultados.csv?id=N: the open data of a survey whose results are published: per question and option
 * the count, its share of the question's n, n, and a scale's mean. Counts only, never a free text. 404 before the
 * results are published.
 */
@WebServlet("/encuestas/resultados.csv")
public class SurveyResultsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    static final List<String> HEADER =
            List.of("pregunta_numero", "pregunta", "tipo", "opcion", "respuestas", "porcentaje", "n", "promedio");

    @Inject
    private PublicSurveys surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SurveyView> survey;
        try {
            survey = surveys.survey(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notOne) {
            survey = Optional.empty();
        }
        if (survey.isEmpty() || survey.get().tally() == null) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, SPANISH);
        try (CSVPrinter csv =
                SpreadsheetCsv.start(response, "encuesta-" + survey.get().id() + "-resultados.csv", HEADER)) {
            for (Tally.QuestionResult q : survey.get().tally().questions()) {
                String kind = texts.getString(q.kind().messageKey());
                if (q.options().isEmpty()) {
                    SpreadsheetCsv.print(csv, q.position() + 1, q.text(), kind, null, null, null, q.n(), null);
                }
                for (Tally.OptionCount o : q.options()) {
                    SpreadsheetCsv.print(
                            csv, q.position() + 1, q.text(), kind, o.label(), o.count(), o.percent(), q.n(), q.mean());
                }
            }
        }
    }
}
