package org.puente.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVPrinter;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.report.ExportRow;
import org.puente.report.QueueFilter;
import org.puente.report.ReportPhoto;
import org.puente.report.ReportQueue;
import org.puente.report.ReportStatus;
import org.puente.report.ReportTracking;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.SpreadsheetCsv;
import org.puente.web.platform.Texts;

/**
 * Files of the intranet's reports: the queue as CSV (with the same filters, written a page at a
 * time, never all in memory) and a report's photos, both answering 403 to whoever may not see them;
 * and, in public, a resolution's evidence photo for the report's reporter only (his session knows the code, or
 * he is signed in; 404 to anyone else).
 */
@WebServlet(urlPatterns = {"/staff/reportes.csv", "/staff/foto", "/evidencia"})
public class ReportFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    /** The CSV's columns; the last two came later, so they go at the end where no spreadsheet expects another. */
    static final List<String> HEADER = List.of(
            "folio",
            "servicio",
            "colonia",
            "area",
            "estado",
            "plazo",
            "recibido",
            "vence",
            "responsable",
            "calle",
            "descripcion");
    /** Local time of the municipality, to the minute, as spreadsheets read it. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The export is for the municipality's staff and always in Spanish, the bundle's base language. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Inject
    private ReportQueue queue;

    @Inject
    private ReportTracking tracking;

    /** The reporter's code, as this session showed it on /seguimiento (never in the photo's address). */
    @Inject
    private TrackingKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith(".csv")) {
                csv(request, response);
            } else if (request.getServletPath().equals("/evidencia")) {
                evidence(request, response);
            } else {
                photo(request, response);
            }
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
        } catch (IllegalArgumentException e) {
            ErrorView.forward(
                    request, response, HttpServletResponse.SC_BAD_REQUEST); // a filter or number that is not one
        }
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueueFilter filter = new QueueFilter(
                request.getParameter("estado") == null ? null : ReportStatus.valueOf(request.getParameter("estado")),
                number(request, "servicio"),
                number(request, "colonia"),
                number(request, "area"),
                "1".equals(request.getParameter("vencidos")) || "true".equals(request.getParameter("vencidos")),
                request.getParameter("folio"));
        long total = queue.count(filter);
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, SPANISH);
        try (CSVPrinter csv = SpreadsheetCsv.start(response, "reportes.csv", HEADER)) {
            for (int first = 0; first < total; first += PAGE) {
                for (ExportRow r : queue.exportPage(filter, first, PAGE)) {
                    SpreadsheetCsv.print(csv, cells(r, texts));
                }
                csv.flush();
            }
        }
    }

    /** One report's cells: labels from the bundle, times in the body's zone to the minute. */
    static Object[] cells(ExportRow r, ResourceBundle texts) {
        ZoneId zone = ZoneId.of(r.timeZone());
        return new Object[] {
            r.folio(),
            r.serviceName(),
            r.coloniaName(),
            r.departmentName(),
            texts.getString(r.status().messageKey()),
            texts.getString("report.deadline." + r.deadlineState().name()),
            LOCAL.format(r.receivedAt().atZoneSameInstant(zone)),
            LOCAL.format(r.dueAt().atZoneSameInstant(zone)),
            r.assigneeName(),
            r.street(),
            r.description()
        };
    }

    private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String folio = request.getParameter("folio");
        var photo = tracking.evidence(folio, keys.codeFor(folio), number(request, "foto"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        send(photo, response);
    }

    private void photo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var photo = queue.photo(number(request, "reporte"), number(request, "foto"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        send(photo, response);
    }

    private static void send(ReportPhoto photo, HttpServletResponse response) throws IOException {
        response.setContentType(photo.getContentType());
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.getData());
    }

    private static Long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
