package org.puente.web.petition;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVPrinter;
import org.puente.petition.PetitionExportRow;
import org.puente.petition.PetitionFilter;
import org.puente.petition.PetitionQueue;
import org.puente.platform.AccessDeniedException;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.SpreadsheetCsv;
import org.puente.web.platform.Texts;

/**
 * /staff/peticiones.csv: the petition queue with the same filters, written a page at a time through the
 * one CSV writer ({@link SpreadsheetCsv}: formulas neutralised). A reserved or anonymous filer's name and
 * contact are never in it ({@link PetitionQueue#exportPage}); 403 to whoever works no petitions.
 */
@WebServlet("/staff/peticiones.csv")
public class PetitionFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    static final List<String> HEADER = List.of(
            "folio",
            "tipo",
            "estado",
            "semaforo",
            "identidad",
            "canal",
            "area",
            "responsable",
            "recibida",
            "vence",
            "cerrada",
            "en_plazo",
            "asunto",
            "texto",
            "nombre",
            "correo",
            "telefono");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The export is for the body's staff and always in Spanish, the bundle's base language. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Inject
    private PetitionQueue queue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PetitionFilter filter;
        try {
            filter = PetitionQueueAddress.strict(request::getParameter);
        } catch (IllegalArgumentException notOne) {
            ErrorView.forward(request, response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            long total = queue.count(filter);
            ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, SPANISH);
            try (CSVPrinter csv = SpreadsheetCsv.start(response, "peticiones.csv", HEADER)) {
                for (int first = 0; first < total; first += PAGE) {
                    for (PetitionExportRow r : queue.exportPage(filter, first, PAGE)) {
                        SpreadsheetCsv.print(csv, cells(r, texts));
                    }
                    csv.flush();
                }
            }
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** One petition's cells: labels from the bundle, times in the body's zone to the minute. */
    static Object[] cells(PetitionExportRow r, ResourceBundle texts) {
        return new Object[] {
            r.folio(),
            texts.getString(r.type().messageKey()),
            texts.getString(r.status().messageKey()),
            texts.getString("clock.light." + r.light().name()),
            texts.getString(r.identity().messageKey()),
            texts.getString(r.channel().messageKey()),
            r.departmentName(),
            r.assigneeName(),
            local(r.receivedAt(), r.zone()),
            local(r.dueAt(), r.zone()),
            local(r.closedAt(), r.zone()),
            r.metTerm() == null
                    ? null
                    : texts.getString(r.metTerm() ? "petitions.metTerm.yes" : "petitions.metTerm.no"),
            r.subject(),
            r.text(),
            r.filerName(),
            r.filerEmail(),
            r.filerPhone()
        };
    }

    private static String local(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : LOCAL.format(at.atZoneSameInstant(zone));
    }
}
