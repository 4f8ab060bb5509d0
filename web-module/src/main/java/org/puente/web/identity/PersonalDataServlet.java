package org.puente.web.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVPrinter;
import org.puente.abuse.TooManyRequestsException;
import org.puente.identity.PersonalData;
import org.puente.identity.PersonalDataExport;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.SpreadsheetCsv;

/**
 * "Descargar mis datos" (ARCO access): the signed-in citizen's own data as an attachment, JSON or CSV.
 * No parameter says whose: the caller is the session's (web.xml lets only CIUDADANO in; staff accounts
 * hold no citizen's data, and their own account is the administrator's to show). When the download
 * limit is spent, back to the account page, which says how long to wait.
 */
@WebServlet(urlPatterns = {"/mis-datos.json", "/mis-datos.csv"})
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = request.getServletPath().endsWith(".json");
        PersonalDataExport data;
        try {
            data = personalData.export(json ? "json" : "csv");
        } catch (TooManyRequestsException wait) {
            response.sendRedirect(request.getContextPath() + "/mi-cuenta?espera=" + wait.getArguments()[0]);
            return;
        } catch (EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (json) {
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"mis-datos.json\"");
            try (BufferedWriter out =
                    new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
                PersonalDataJson.write(data, out);
            }
        } else {
            try (CSVPrinter csv = SpreadsheetCsv.start(response, "mis-datos.csv", PersonalDataCsv.HEADER)) {
                for (Object[] row : PersonalDataCsv.rows(data)) {
                    SpreadsheetCsv.print(csv, row);
                }
            }
        }
    }
}
