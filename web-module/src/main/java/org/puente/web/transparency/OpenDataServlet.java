package org.puente.web.transparency;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.puente.organization.Body;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.transparency.OpenData;
import org.puente.transparency.OpenDataField;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyScope;
import org.puente.web.platform.Messages;
import org.puente.web.platform.SpreadsheetCsv;

/**
 * The open data's reports (/datos/reportes.csv and .json, documented on /datos): the dashboard's
 * filter parameters plus {@code municipio}, streamed row by row as {@link OpenData} reads them. A
 * filter that cannot be read answers 400 with one message per parameter, an unknown municipality
 * 404, both as plain text (CSV) or a JSON document (JSON), in the visitor's language.
 * <p>Over 150 lines: the two streamed formats (CSV, JSON) and their refusals, which share the reading of the filter.
 */
@WebServlet(urlPatterns = {"/datos/reportes.csv", "/datos/reportes.json"})
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String MUNICIPALITY = "municipio";
    private static final OpenDataField[] FIELDS = OpenDataField.values();

    @Inject
    private TransparencyScope scopes;

    @Inject
    private OpenData openData;

    @Inject
    private Links links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = request.getServletPath().endsWith(".json");
        Locale locale = Messages.locale(request.getHeader("Accept-Language"));
        String code = request.getParameter(MUNICIPALITY);
        Optional<Body> body = code == null || code.isBlank()
                ? scopes.municipalities().stream().findFirst().flatMap(m -> scopes.municipality(m.code()))
                : scopes.municipality(code);
        if (body.isEmpty()) {
            refuse(
                    response,
                    json,
                    HttpServletResponse.SC_NOT_FOUND,
                    List.of(new Problem(MUNICIPALITY, Messages.text(locale, "opendata.municipality.unknown"))));
            return;
        }
        TransparencyScope.Scope scope;
        try {
            scope = scopes.read(
                    body.get(),
                    request.getParameter(TransparencyFilter.PERIOD),
                    request.getParameter(TransparencyFilter.FROM),
                    request.getParameter(TransparencyFilter.TO),
                    request.getParameter(TransparencyFilter.SERVICE),
                    request.getParameter(TransparencyFilter.DELEGACION));
        } catch (InvalidInputException invalid) {
            refuse(
                    response,
                    json,
                    HttpServletResponse.SC_BAD_REQUEST,
                    invalid.getProblems().stream()
                            .map(p -> new Problem(
                                    p.getField(), Messages.text(locale, p.getMessageKey(), p.getArguments())))
                            .toList());
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*"); // public data, read by other sites' pages
        String fileName = "reportes-" + scope.body().getCode() + "-" + scopes.today(scope.body());
        if (json) {
            json(scope, fileName + ".json", response);
        } else {
            csv(scope, fileName + ".csv", response);
        }
    }

    private void csv(TransparencyScope.Scope scope, String fileName, HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = SpreadsheetCsv.start(response, fileName, OpenDataField.header())) {
            Object[] cells = new Object[FIELDS.length];
            openData.export(scope, row -> {
                for (int i = 0; i < FIELDS.length; i++) {
                    cells[i] = FIELDS[i].value(row); // numbers stay BigDecimal: never neutralised, never quoted
                }
                SpreadsheetCsv.print(csv, cells);
            });
        }
    }

    private void json(TransparencyScope.Scope scope, String fileName, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        TransparencyFilter filter = scope.filter();
        try (JsonGenerator out = Json.createGenerator(new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16))) {
            out.writeStartObject()
                    .writeStartObject("municipio")
                    .write("clave", scope.body().getCode())
                    .write("nombre", scope.body().getName())
                    .writeEnd()
                    .writeStartObject("filtro")
                    .write(TransparencyFilter.PERIOD, filter.period().code())
                    .write(TransparencyFilter.FROM, filter.from().toString())
                    .write(TransparencyFilter.TO, filter.to().toString());
            optional(out, TransparencyFilter.SERVICE, filter.serviceCode());
            if (filter.delegacionId() == null) {
                out.writeNull(TransparencyFilter.DELEGACION);
            } else {
                out.write(TransparencyFilter.DELEGACION, filter.delegacionId());
            }
            out.writeEnd()
                    .write("licencia", OpenDataPage.LICENCE_URL)
                    .write("documentacion", links.to("/datos"))
                    .writeStartArray("reportes");
            openData.export(scope, row -> {
                out.writeStartObject();
                for (OpenDataField field : FIELDS) {
                    Object value = field.value(row);
                    if (value == null) {
                        out.writeNull(field.label());
                    } else if (value instanceof BigDecimal number) {
                        out.write(field.label(), number);
                    } else {
                        out.write(field.label(), (String) value);
                    }
                }
                out.writeEnd();
            });
            out.writeEnd().writeEnd();
        }
    }

    private static void optional(JsonGenerator out, String name, String value) {
        if (value == null) {
            out.writeNull(name);
        } else {
            out.write(name, value);
        }
    }

    /** A refused request: one line per problem (CSV) or {"errores":[{"parametro","mensaje"}]} (JSON). */
    private static void refuse(HttpServletResponse response, boolean json, int status, List<Problem> problems)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (json) {
            response.setContentType("application/json; charset=UTF-8");
            try (JsonGenerator out = Json.createGenerator(response.getWriter())) {
                out.writeStartObject().writeStartArray("errores");
                problems.forEach(p -> {
                    out.writeStartObject();
                    optional(out, "parametro", p.parameter());
                    out.write("mensaje", p.message()).writeEnd();
                });
                out.writeEnd().writeEnd();
            }
        } else {
            response.setContentType("text/plain; charset=UTF-8");
            for (Problem p : problems) {
                response.getWriter().println(p.parameter() == null ? p.message() : p.parameter() + ": " + p.message());
            }
        }
    }

    private record Problem(String parameter, String message) {}
}
