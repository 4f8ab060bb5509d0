package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page and file of the site, requested with each of its query parameters missing, empty,
 * non-numeric, negative, zero, unknown, too large for a number and hostile, by an anonymous visitor and
 * by every demo role: each answer is a clear page (200, a redirect to the login page, or 400/403/404) in
 * the layout of its audience, never a 500 or a stack trace.
 */
class EveryPageIT {

    /** Each address with the query parameters it reads (an empty list for none). */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/", List.of());
        PAGES.put("/registro", List.of());
        PAGES.put("/aviso-de-privacidad", List.of("organismo", "version"));
        PAGES.put("/datos", List.of());
        PAGES.put("/login", List.of("volver"));
        PAGES.put("/contrasena", List.of("token"));
        PAGES.put("/olvide-contrasena", List.of());
        PAGES.put("/reportar", List.of("servicio", "municipio"));
        PAGES.put("/evidencia", List.of("folio", "codigo", "foto"));
        PAGES.put("/reporte-enviado", List.of());
        PAGES.put("/seguimiento", List.of("folio", "codigo"));
        PAGES.put("/mi-cuenta", List.of());
        PAGES.put("/agenda", List.of("pagina"));
        PAGES.put("/agenda/abc.ics", List.of());
        PAGES.put("/agenda/-1.ics", List.of());
        PAGES.put("/agenda/999999999.ics", List.of());
        PAGES.put("/transparencia", List.of("municipio", "periodo", "desde", "hasta", "servicio", "delegacion"));
        PAGES.put("/transparencia/MET", List.of("periodo", "desde", "hasta", "servicio", "delegacion"));
        PAGES.put("/transparencia/XYZ", List.of());
        PAGES.put("/transparencia/MET/tarjeta", List.of("periodo", "desde", "hasta", "servicio", "delegacion"));
        PAGES.put("/api/transparencia/MET", List.of("periodo", "desde", "hasta", "servicio", "delegacion"));
        PAGES.put("/chat", List.of("evento"));
        PAGES.put("/transcripcion", List.of("evento"));
        PAGES.put("/foro", List.of("evento", "pagina"));
        PAGES.put("/tema", List.of("id", "pagina"));
        PAGES.put("/staff/", List.of());
        PAGES.put("/staff/cuenta", List.of());
        PAGES.put("/staff/reportes", List.of("estado", "servicio", "colonia", "area", "vencidos", "folio", "pagina"));
        PAGES.put("/staff/reportes.csv", List.of("estado", "servicio", "colonia", "area", "folio"));
        PAGES.put("/staff/reporte", List.of("id"));
        PAGES.put("/staff/foto", List.of("reporte", "foto"));
        PAGES.put("/staff/atender", List.of());
        PAGES.put("/staff/atender-enviado", List.of());
        PAGES.put("/staff/organismos", List.of());
        PAGES.put("/staff/organismo", List.of("id"));
        PAGES.put("/staff/catalogo", List.of("municipio"));
        PAGES.put("/staff/usuarios", List.of());
        PAGES.put("/staff/correo", List.of());
        PAGES.put("/staff/auditoria", List.of("usuario", "accion", "folio", "desde", "hasta", "pagina", "verificar"));
        PAGES.put("/staff/aviso-de-privacidad", List.of());
        PAGES.put("/staff/solicitudes", List.of());
        PAGES.put("/staff/solicitud-nueva", List.of());
        PAGES.put("/staff/solicitud", List.of("id"));
        PAGES.put("/staff/oficio", List.of("id"));
        PAGES.put("/staff/calendario", List.of("fecha"));
        PAGES.put("/staff/eventos", List.of());
        PAGES.put("/staff/incidencias", List.of());
        PAGES.put("/staff/chats", List.of());
        PAGES.put("/staff/moderar", List.of("evento"));
        PAGES.put("/staff/responder", List.of("evento"));
        PAGES.put("/staff/foros", List.of());
        PAGES.put("/staff/moderar-foro", List.of("evento"));
        PAGES.put("/desmentidos", List.of("pagina"));
        PAGES.put("/desmentidos/desmentido", List.of("id"));
        PAGES.put("/desmentidos/desmentidos.atom", List.of("organismo"));
        PAGES.put("/noticias", List.of("categoria", "pagina"));
        PAGES.put("/noticias/noticia", List.of("id"));
        PAGES.put("/noticias/noticias.atom", List.of("organismo"));
        PAGES.put("/noticias/imagen", List.of("id", "v"));
        PAGES.put("/staff/desmentidos", List.of("pagina"));
        PAGES.put("/staff/desmentido", List.of("id"));
        PAGES.put("/staff/noticias", List.of("pagina"));
        PAGES.put("/staff/noticia", List.of("id"));
        PAGES.put("/preguntas", List.of("organismo", "tema", "q", "pagina"));
        PAGES.put("/preguntas/pregunta", List.of("id"));
        PAGES.put("/preguntas/tema", List.of("organismo", "tema"));
        PAGES.put("/preguntas/preguntar", List.of());
        PAGES.put("/preguntas/confirmar", List.of("token"));
        PAGES.put("/preguntas/respondidas.atom", List.of("organismo"));
        PAGES.put("/staff/preguntas", List.of("filtro", "pagina"));
        PAGES.put("/staff/pregunta", List.of("id"));
        PAGES.put("/staff/promover", List.of("evento"));
    }

    /** What real links, typing mistakes and tampering put into a parameter. */
    private static final List<String> VALUES = List.of(
            "",
            "abc",
            "-1",
            "0",
            "999999999",
            "99999999999999999999",
            "1.5",
            "<script>alert(1)</script>",
            "MET-2026-999999",
            "2026-02-30");

    /** Addresses that answer with a redirect by design (the intranet's home to the caller's first page). */
    private static final List<String> REDIRECTS = List.of("/staff/");

    private static final List<String> STAFF = List.of(
            "admin", "evaluador", "moderador", "gerente", "operador", "agente", "enlace", "experto", "comunicacion");

    @Test
    void everyPageGivesAClearAnswerToEveryVisitorWhateverItsParameters() throws Exception {
        List<String> problems = new ArrayList<>();
        int requests = 0;
        List<Visitor> visitors = new ArrayList<>();
        visitors.add(Visitor.anonymous());
        visitors.add(Visitor.signedIn("ciudadano"));
        for (String user : STAFF) {
            visitors.add(Visitor.signedIn(user));
        }
        for (Visitor visitor : visitors) {
            boolean staff = STAFF.contains(visitor.name);
            for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
                for (String address : addresses(page.getKey(), page.getValue())) {
                    HttpResponse<String> answer = visitor.get(address);
                    requests++;
                    String problem = judge(visitor, staff, page.getKey(), answer);
                    if (problem != null) {
                        problems.add(visitor.name + " " + address + ": " + problem);
                    }
                }
            }
        }
        assertTrue(requests > 1500, "the sweep made " + requests + " requests");
        assertEquals(List.of(), problems, problems.size() + " of " + requests + " answers were not clear");
    }

    @Test
    void aModeratorWhoOpensModerationWithoutAnEventGetsANotFoundPageInTheIntranet() throws Exception {
        HttpResponse<String> answer = Visitor.signedIn("moderador").get("/staff/moderar");
        assertEquals(404, answer.statusCode());
        assertTrue(answer.body().contains("class=\"staff-menu\""), "the intranet's layout, with its menu");
        assertTrue(!answer.body().contains("Crear cuenta"), "not the public layout's sign-up link");
    }

    @Test
    void aNonNumericReportIdIsABadRequestNotAnError() throws Exception {
        HttpResponse<String> answer = Visitor.signedIn("agente").get("/staff/reporte?id=abc");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("La dirección no es válida"), answer.body());
    }

    private static List<String> addresses(String path, List<String> parameters) {
        List<String> addresses = new ArrayList<>();
        addresses.add(path);
        for (String parameter : parameters) {
            for (String value : VALUES) {
                addresses.add(path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return addresses;
    }

    /** Null when the answer is a clear one for this visitor, otherwise what is wrong with it. */
    private static String judge(Visitor visitor, boolean staff, String path, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = answer.body();
        boolean intranet = path.startsWith("/staff/");
        if (status >= 500) {
            return "HTTP " + status;
        }
        if (body.contains("Caused by") || body.contains("\tat org.") || body.contains("Ocurrió un error")) {
            return "an error or a stack trace in the page (HTTP " + status + ")";
        }
        if (body.contains("<script>alert(1)</script>")) {
            return "the hostile value came back unescaped";
        }
        if (status / 100 == 3) {
            String location = answer.headers().firstValue("Location").orElse("");
            boolean toLogin = location.contains("/login");
            if (intranet && visitor.name.equals("anónimo") && !toLogin) {
                return "an anonymous visitor was sent to " + location + " instead of the login page";
            }
            if (!toLogin && !REDIRECTS.contains(path)) {
                return "HTTP " + status + " to " + location + ", where a page was expected";
            }
            return null;
        }
        if (intranet && visitor.name.equals("anónimo")) {
            return "an anonymous visitor got HTTP " + status + " instead of the login page";
        }
        if (intranet && visitor.name.equals("ciudadano") && status != 403) {
            return "a citizen got HTTP " + status + " in the intranet instead of 403";
        }
        if (status != 200 && status != 400 && status != 403 && status != 404) {
            return "HTTP " + status;
        }
        boolean file = path.endsWith(".ics")
                || path.endsWith(".atom")
                || path.endsWith(".csv")
                || path.equals("/staff/foto")
                || path.equals("/evidencia")
                || path.equals("/staff/oficio");
        if (status == 200 && file) {
            return null;
        }
        // the transparency card (made for other sites' pages) and the JSON have no site layout
        if (path.endsWith("/tarjeta") || path.startsWith("/api/")) {
            return null;
        }
        boolean staffLayout = body.contains("class=\"staff-menu\"");
        boolean publicLayout = body.contains("class=\"main-nav\"");
        if (intranet && staff && !staffLayout) {
            return "HTTP " + status + " outside the intranet's layout";
        }
        if ((!intranet || !staff) && !publicLayout) {
            return "HTTP " + status + " outside the public layout";
        }
        return null;
    }
}
