package org.puente.web.opinion;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.puente.opinion.AnswerExport;
import org.puente.opinion.OpinionSurveys;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.SpreadsheetCsv;

/**
 * /staff/encuesta.csv?id=N: a survey's answers for its body's staff, one row per response and a column per
 * question, through the one CSV writer (formulas neutralised). No account, browser token or address is in it:
 * the service never hands them out. 403 to another body's staff, 404 for no survey.
 */
@WebServlet("/staff/encuesta.csv")
public class SurveyAnswersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private OpinionSurveys surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notOne) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AnswerExport export;
        try {
            export = surveys.export(id);
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException none) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> header = new ArrayList<>(List.of("respuesta", "fecha"));
        header.addAll(export.questions());
        try (CSVPrinter csv = SpreadsheetCsv.start(response, "encuesta-" + id + "-respuestas.csv", header)) {
            for (AnswerExport.Row row : export.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.number());
                cells.add(LOCAL.format(row.submittedAt().atZoneSameInstant(export.zone())));
                cells.addAll(row.cells());
                SpreadsheetCsv.print(csv, cells.toArray());
            }
        }
    }
}
