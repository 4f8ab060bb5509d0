package org.puente.web.report;

import jakarta.inject.Inject;
import org.puente.web.platform.ErrorView;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.report.QueueFilter;
import org.puente.report.QueueRow;
import org.puente.report.ReportStatus;
import org.puente.report.ReportWork;

/**
 * Files of the intranet's reports: the queue as CSV (with the same filters, written a page at a
 * time, never all in memory) and a report's photos. Both answer 403 to whoever may not see them.
 */
@WebServlet(urlPatterns = {"/staff/reportes.csv", "/staff/foto"})
public class ReportFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    private ReportWork work;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().endsWith(".csv")) {
                csv(request, response);
            } else {
                photo(request, response);
            }
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException | IllegalArgumentException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueueFilter filter = new QueueFilter(
                request.getParameter("estado") == null ? null : ReportStatus.valueOf(request.getParameter("estado")),
                number(request, "servicio"), number(request, "colonia"), number(request, "area"),
                "1".equals(request.getParameter("vencidos")), request.getParameter("folio"));
        long total = work.count(filter);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reportes.csv\"");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.println("folio,servicio,colonia,area,estado,plazo,recibido,vence,responsable");
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (int first = 0; first < total; first += PAGE) {
            List<QueueRow> rows = work.queue(filter, first, PAGE, "folio", true);
            for (QueueRow r : rows) {
                out.println(String.join(",", cell(r.folio()), cell(r.serviceName()), cell(r.coloniaName()),
                        cell(r.departmentName()), r.status().name(), r.deadlineState().name(),
                        iso.format(r.receivedAt()), iso.format(r.dueAt()), cell(r.assigneeName())));
            }
            out.flush();
        }
        out.flush();
    }

    private void photo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var photo = work.photo(number(request, "reporte"), number(request, "foto"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        response.setContentType(photo.getContentType());
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.getData());
    }

    private static Long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    /** A CSV cell: quoted, quotes doubled, and a leading formula character neutralised. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
