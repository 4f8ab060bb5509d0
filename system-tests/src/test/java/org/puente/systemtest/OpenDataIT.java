package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The open data over HTTP as a stranger reads it: a report filed through Open311 with a name, an
 * e-mail, a phone, a street number and an e-mail address in its description appears in both
 * exports with its folio, colonia and rounded point, and none of that personal data appears in the
 * exports or on /datos; the CSV is read by Commons CSV's parser, the JSON by Jackson; filters narrow
 * the rows; bad filters are refused with a message. Also Open311 Service Discovery, and /datos in a
 * browser at 390 and 1366 px with axe.
 */
class OpenDataIT extends SharedBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "folio,servicio_clave,servicio,area,delegacion,colonia,canal,estado,recibido,"
            + "vence,resuelto,cerrado,a_tiempo,horas_habiles,latitud,longitud";
    /** The demo municipality's zone, for "today" as the filter reads it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME_FIRST = "Rigoberta";
    private static final String NAME_LAST = "Quintanilla" + TAG;
    private static final String EMAIL = "rigoberta." + TAG + "@example.mx";
    private static final String PHONE = "7225550" + (100 + (int) (Math.random() * 800));
    private static final String STREET = "Calle Girasol 123";
    private static final String DESCRIPTION_EMAIL = "vecina." + TAG + "@correo.mx";
    private static final String DESCRIPTION = "Bache hondo frente a mi casa, escríbanme a " + DESCRIPTION_EMAIL;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String folio;
    private static String trackingCode;

    @BeforeAll
    static void fileAReportWithPersonalData() throws Exception {
        Map<String, String> form = Map.of(
                "api_key",
                "puente-demo",
                "service_code",
                "bacheo",
                "lat",
                "19.254949",
                "long",
                "-99.604551",
                "address_string",
                STREET,
                "description",
                DESCRIPTION,
                "first_name",
                NAME_FIRST,
                "last_name",
                NAME_LAST,
                "email",
                EMAIL,
                "phone",
                PHONE);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode receipt = JSON.readTree(created.body()).get(0);
        folio = receipt.get("service_request_id").asText();
        Matcher code = Pattern.compile("seguimiento: (\\S+)\\.")
                .matcher(receipt.get("service_notice").asText());
        assertTrue(code.find(), "a report without an account gets a tracking code: " + receipt);
        trackingCode = code.group(1);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                        .header("Accept-Language", "es-MX")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        assertEquals('\uFEFF', body.charAt(0), "a byte order mark, so that spreadsheets read UTF-8");
        try (CSVParser parser = CSVParser.parse(
                new StringReader(body.substring(1)),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertEquals(HEADER, String.join(",", parser.getHeaderNames()), "the documented header");
            return parser.getRecords();
        }
    }

    private static List<CSVRecord> rows(String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/datos/reportes.csv" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return csv(answer.body());
    }

    private static void assertNoPersonalData(String where, String text) {
        for (String secret : List.of(
                NAME_LAST,
                EMAIL,
                PHONE,
                STREET,
                "Girasol",
                DESCRIPTION_EMAIL,
                "Bache hondo frente",
                trackingCode,
                "19.254949",
                "-99.604551")) {
            assertFalse(text.contains(secret), where + " shows " + secret);
        }
    }

    @Test
    void theExportsCarryTheReportWithoutAnyPersonalData() throws Exception {
        HttpResponse<String> answer = get("/datos/reportes.csv");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(
                "attachment; filename=\"reportes-MET-" + TODAY + ".csv\"",
                answer.headers().firstValue("Content-Disposition").orElse(""),
                "an attachment named by municipality and day");
        assertNoPersonalData("the CSV", answer.body());
        List<CSVRecord> all = csv(answer.body());
        assertTrue(all.size() > 1000, "the demo's year of reports and more: " + all.size());
        CSVRecord row = all.stream()
                .filter(r -> r.get("folio").equals(folio))
                .findFirst()
                .orElseThrow();
        assertEquals("bacheo", row.get("servicio_clave"));
        assertEquals("Bacheo", row.get("servicio"));
        assertEquals("api", row.get("canal"));
        assertEquals("recibido", row.get("estado"));
        assertEquals("abierto", row.get("a_tiempo"));
        assertEquals("", row.get("resuelto"));
        assertEquals("", row.get("horas_habiles"));
        assertEquals("19.255", row.get("latitud"), "rounded to about 100 m");
        assertEquals("-99.605", row.get("longitud"), "a negative number stays a number, no apostrophe");
        assertTrue(row.get("recibido").matches(TODAY + "T\\d{2}:\\d{2}:\\d{2}-0[56]:00"), row.get("recibido"));
        HttpResponse<String> open311 = get("/open311/v2/requests/" + folio + ".json");
        String address = JSON.readTree(open311.body()).get(0).get("address").asText();
        assertTrue(address.startsWith(row.get("colonia") + ","), "the colonia Open311 names: " + address + " / " + row);
        assertFalse(row.get("delegacion").isBlank());

        HttpResponse<String> json = get("/datos/reportes.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNoPersonalData("the JSON", json.body());
        JsonNode document = JSON.readTree(json.body());
        assertEquals("MET", document.get("municipio").get("clave").asText());
        assertEquals("12m", document.get("filtro").get("periodo").asText());
        assertEquals(TODAY.toString(), document.get("filtro").get("hasta").asText());
        assertEquals(all.size(), document.get("reportes").size(), "the same rows as the CSV");
        JsonNode report = null;
        for (JsonNode r : document.get("reportes")) {
            if (r.get("folio").asText().equals(folio)) {
                report = r;
            }
        }
        assertNotNull(report, folio);
        assertEquals(16, report.size(), "the documented fields and nothing else: " + report);
        assertTrue(report.get("latitud").isNumber()
                && report.get("latitud").decimalValue().toPlainString().equals("19.255"));
        assertTrue(report.get("resuelto").isNull());
        assertEquals(row.get("colonia"), report.get("colonia").asText());

        HttpResponse<String> page = get("/datos");
        assertEquals(200, page.statusCode());
        assertNoPersonalData("/datos", page.body());
        assertNoPersonalData(
                "Open311", get("/open311/v2/requests.json?service_code=bacheo").body());
    }

    @Test
    void filtersNarrowTheRowsToTheServiceTheDayAndTheDelegacion() throws Exception {
        List<CSVRecord> year = rows("");
        CSVRecord mine = year.stream()
                .filter(r -> r.get("folio").equals(folio))
                .findFirst()
                .orElseThrow();
        String day = "?periodo=fechas&desde=" + TODAY + "&hasta=" + TODAY;

        List<CSVRecord> today = rows(day);
        long receivedToday = year.stream()
                .filter(r -> r.get("recibido").startsWith(TODAY.toString()))
                .count();
        assertEquals(receivedToday, today.size(), "one day: the year's rows received today, counted here");
        assertTrue(today.stream().anyMatch(r -> r.get("folio").equals(folio)));

        List<CSVRecord> potholes = rows(day + "&servicio=bacheo");
        long potholesToday = today.stream()
                .filter(r -> r.get("servicio_clave").equals("bacheo"))
                .count();
        assertEquals(potholesToday, potholes.size(), "and one service");
        assertTrue(potholes.stream().anyMatch(r -> r.get("folio").equals(folio)));
        assertTrue(
                rows(day + "&servicio=alumbrado-publico").stream()
                        .noneMatch(r -> r.get("folio").equals(folio)),
                "another service leaves the report out");

        // The delegación's number, as /datos lists it beside its name.
        Matcher number = Pattern.compile("<li><code>(\\d+)</code>: " + Pattern.quote(mine.get("delegacion")) + "</li>")
                .matcher(get("/datos").body());
        assertTrue(number.find(), "/datos lists the delegación " + mine.get("delegacion"));
        List<CSVRecord> inDelegacion = rows("?periodo=todo&delegacion=" + number.group(1));
        assertTrue(inDelegacion.stream().anyMatch(r -> r.get("folio").equals(folio)));
        assertTrue(inDelegacion.stream().allMatch(r -> r.get("delegacion").equals(mine.get("delegacion"))));
        assertTrue(inDelegacion.size() < rows("?periodo=todo").size(), "a delegación is part of the municipality");

        JsonNode json = JSON.readTree(get("/datos/reportes.json" + day + "&servicio=bacheo&municipio=met")
                .body());
        assertEquals(potholes.size(), json.get("reportes").size(), "the JSON takes the same filters");
        assertEquals("bacheo", json.get("filtro").get("servicio").asText());
    }

    @Test
    void badFiltersAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> inverted = get("/datos/reportes.csv?desde=2026-03-10&hasta=2026-03-01");
        assertEquals(400, inverted.statusCode());
        assertEquals(
                "hasta: La fecha final no puede ser anterior a la inicial.",
                inverted.body().strip());
        HttpResponse<String> impossible = get("/datos/reportes.csv?desde=2026-02-30");
        assertEquals(400, impossible.statusCode());
        assertTrue(impossible.body().startsWith("desde: Esa fecha no existe"), impossible.body());
        HttpResponse<String> service = get("/datos/reportes.csv?servicio=no-existe");
        assertEquals(400, service.statusCode());
        assertEquals(
                "servicio: Ese servicio no existe en este municipio.",
                service.body().strip());
        HttpResponse<String> municipality = get("/datos/reportes.csv?municipio=XYZ");
        assertEquals(404, municipality.statusCode());
        assertTrue(municipality.body().contains("Ese municipio no existe"), municipality.body());

        HttpResponse<String> json = get("/datos/reportes.json?periodo=nunca&desde=2026-02-30");
        assertEquals(400, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode errors = JSON.readTree(json.body()).get("errores");
        assertEquals(2, errors.size(), "one message per parameter: " + json.body());
        List<String> parameters = new ArrayList<>();
        errors.forEach(e -> parameters.add(e.get("parametro").asText()));
        assertEquals(List.of("periodo", "desde"), parameters);
        HttpResponse<String> delegacion = get("/datos/reportes.json?delegacion=999999999");
        assertEquals(400, delegacion.statusCode());
        assertEquals(
                "Esa delegación no existe en este municipio.",
                JSON.readTree(delegacion.body())
                        .get("errores")
                        .get(0)
                        .get("mensaje")
                        .asText());
        assertEquals(404, get("/datos/reportes.json?municipio=XYZ").statusCode());
        for (HttpResponse<String> refused : List.of(inverted, impossible, service, municipality, json, delegacion)) {
            assertFalse(refused.body().contains("Exception") || refused.body().contains("at org."), "no stack trace");
        }
    }

    @Test
    void open311ServiceDiscoveryNamesTheGeoReportEndpointAndItsFormats() throws Exception {
        HttpResponse<String> json = get("/open311/discovery.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode discovery = JSON.readTree(json.body());
        assertTrue(
                discovery.get("changeset").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), json.body());
        assertFalse(discovery.get("contact").asText().isBlank());
        assertFalse(discovery.get("key_service").asText().isBlank());
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertEquals(
                "http://wiki.open311.org/GeoReport_v2",
                endpoint.get("specification").asText());
        assertEquals("test", endpoint.get("type").asText(), "the demo installation is a test endpoint");
        assertEquals(
                "[\"text/xml\",\"application/json\"]", endpoint.get("formats").toString());
        String url = endpoint.get("url").asText();
        assertTrue(url.startsWith("http") && url.endsWith("/open311/v2"), url);
        HttpResponse<String> services = get(URI.create(url).getPath() + "/services.json");
        assertEquals(200, services.statusCode(), "the endpoint answers where discovery says");
        assertTrue(JSON.readTree(services.body()).size() >= 27);

        HttpResponse<String> xml = get("/open311/discovery.xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(xml.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("discovery", doc.getDocumentElement().getTagName());
        Element e = (Element) doc.getElementsByTagName("endpoint").item(0);
        assertEquals(
                "http://wiki.open311.org/GeoReport_v2",
                e.getElementsByTagName("specification").item(0).getTextContent());
        assertEquals(url, e.getElementsByTagName("url").item(0).getTextContent());
        assertEquals(2, e.getElementsByTagName("format").getLength());
        assertEquals(
                discovery.get("changeset").asText(),
                doc.getDocumentElement()
                        .getElementsByTagName("changeset")
                        .item(0)
                        .getTextContent());
        assertEquals(404, get("/open311/discovery.txt").statusCode());
    }

    /** The fields' list at that width, scrolled into view (the screenshot shows the window). */
    private static void shotOfTheFields(Dimension size, String name) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(size);
        try {
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#fields').scrollIntoView()");
            browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        }
    }

    @Test
    void theDocumentationPageIsLinkedFromTheFooterAndReadsOnAPhone() {
        browser.open("/");
        browser.clickAndWait("footer a[href$='/datos']");
        assertEquals("Datos abiertos", browser.text("h1"));
        assertEquals(16, browser.all("#fields dt").size(), "every field documented");
        assertTrue(browser.text("#fields").contains("horas_habiles"));
        assertTrue(browser.text("#never").contains("correo electrónico"));
        assertTrue(browser.attribute("#licence a[rel=license]", "href")
                .startsWith("https://creativecommons.org/licenses/by/4.0/"));
        assertTrue(browser.text("#urls").contains("/datos/reportes.csv?municipio=MET"));
        browser.assertAccessible();
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.screenshot("datos-1366");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
        browser.phoneScreenshot("datos-390");
        shotOfTheFields(new Dimension(1366, 900), "datos-fields-1366");
        shotOfTheFields(new Dimension(390, 844), "datos-fields-390");
        browser.clickAndWait("a.lang-switch");
        assertEquals("Open data", browser.text("h1"));
        assertTrue(browser.text("#fields").contains("Business hours from receipt to resolution"));
        browser.assertAccessible();
        browser.phoneScreenshot("datos-390-en");
        browser.clickAndWait("a.lang-switch");
    }
}
