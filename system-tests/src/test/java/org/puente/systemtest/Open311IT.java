package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * The Open311 GeoReport v2 API over HTTP: every JSON answer validates against the JSON Schemas in
 * ../shared/open311, XML answers are well-formed with the spec's root elements, bad calls get the
 * spec's error document and status, and a retried POST with the same Idempotency-Key files once.
 */
class Open311IT {

    private static final String API = Browser.BASE_URL + "/open311/v2/";
    private static final Path SCHEMAS = Path.of(System.getProperty("puente.open311.schemas", "../../shared/open311"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(API + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String idempotencyKey) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertValid(String schemaFile, String json) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of(
                        SCHEMAS.resolve(schemaFile).toAbsolutePath().toUri().toString()));
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(json));
        assertTrue(problems.isEmpty(), schemaFile + ": " + problems + "\n" + json);
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSchemasRejectADocumentThatBreaksThem() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of(SCHEMAS.resolve("requests.json")
                        .toAbsolutePath()
                        .toUri()
                        .toString()));
        assertFalse(
                schema.validate(JSON.readTree("[{\"service_request_id\": 5, \"status\": \"pending\"}]"))
                        .isEmpty(),
                "the validator really checks (a wrong document must fail)");
    }

    @Test
    void theServiceListAndADefinitionFollowTheSchemas() throws Exception {
        HttpResponse<String> services = get("services.json");
        assertEquals(200, services.statusCode());
        assertTrue(services.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertValid("services.json", services.body());
        assertEquals(27, JSON.readTree(services.body()).size(), "Metepec's 27 services");
        assertValid("service-definition.json", get("services/bacheo.json").body());

        Document xml = xml(get("services.xml").body());
        assertEquals("services", xml.getDocumentElement().getNodeName());
        assertEquals(27, xml.getElementsByTagName("service").getLength());
    }

    @Test
    void aRequestIsCreatedOnceAndCanBeReadBack() throws Exception {
        String key = "app-" + UUID.randomUUID();
        Map<String, String> form = Map.of(
                "api_key",
                "puente-demo",
                "service_code",
                "alumbrado-publico",
                "lat",
                "19.2640",
                "long",
                "-99.6225",
                "description",
                "Luminaria apagada desde hace una semana",
                "email",
                "persona@example.mx",
                "first_name",
                "Ana",
                "last_name",
                "Prueba",
                "address_string",
                "Calle Hidalgo 23 interior 4");
        HttpResponse<String> created = post("requests.json", form, key);
        assertEquals(201, created.statusCode(), created.body());
        String folio =
                JSON.readTree(created.body()).get(0).get("service_request_id").asText();
        assertTrue(folio.matches("MET-\\d{4}-\\d{6}"), folio);

        HttpResponse<String> again = post("requests.json", form, key);
        assertEquals(200, again.statusCode(), "a retry with the same key files nothing new");
        assertEquals(
                folio,
                JSON.readTree(again.body()).get(0).get("service_request_id").asText());

        HttpResponse<String> one = get("requests/" + folio + ".json");
        assertEquals(200, one.statusCode());
        assertValid("requests.json", one.body());
        JsonNode request = JSON.readTree(one.body()).get(0);
        assertEquals("open", request.get("status").asText());
        assertEquals("alumbrado-publico", request.get("service_code").asText());
        assertTrue(request.get("address").asText().contains("Pilares"), "the nearest colonia: " + request);
        assertFalse(one.body().contains("persona@example.mx") || one.body().contains("Ana"), "no personal data");
        assertEquals(19.264, request.get("lat").asDouble(), 1e-9, "the point rounded to about 100 m: " + request);
        assertEquals(-99.623, request.get("long").asDouble(), 1e-9, "the point rounded to about 100 m: " + request);
        assertTrue(request.get("status_notes").isNull(), "no staff note in public: " + request);
        assertFalse(
                one.body().contains("Hidalgo") || one.body().contains("interior 4"),
                "no street or house number: " + request);

        HttpResponse<String> list = get("requests.json?service_request_id=" + folio + "&status=open");
        assertValid("requests.json", list.body());
        assertEquals(1, JSON.readTree(list.body()).size());
        assertValid(
                "requests.json",
                get("requests.json?service_code=alumbrado-publico&status=open,closed")
                        .body());

        JsonNode token = JSON.readTree(
                        get("tokens/" + key + ".json?api_key=puente-demo").body())
                .get(0);
        assertEquals(folio, token.get("service_request_id").asText());
        Document xml = xml(get("requests/" + folio + ".xml").body());
        assertEquals("service_requests", xml.getDocumentElement().getNodeName());
        assertEquals(
                folio, xml.getElementsByTagName("service_request_id").item(0).getTextContent());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|service_code=bacheo&lat=19.25&long=-99.60&description=Sin+llave|403",
                "POST|api_key=otra&service_code=bacheo&lat=19.25&long=-99.60&description=Llave+falsa|403",
                "POST|api_key=puente-demo&service_code=no-existe&lat=19.25&long=-99.60&description=x|404",
                "POST|api_key=puente-demo&lat=19.25&long=-99.60&description=Sin+servicio|400",
                "POST|api_key=puente-demo&service_code=bacheo&lat=abc&long=-99.60&description=x|400",
                "POST|api_key=puente-demo&service_code=bacheo&lat=19.25&description=Solo+lat|400",
                "POST|api_key=puente-demo&service_code=bacheo&description=Sin+lugar|400",
                "POST|api_key=puente-demo&service_code=bacheo&lat=25.0&long=-100.0&description=Lejos|400",
                "POST|api_key=puente-demo&service_code=bacheo&lat=19.25&long=-99.60|400",
                "GET|requests/MET-2000-999999.json|404",
                "GET|requests.json?status=pendiente|400",
                "GET|requests.json?start_date=ayer|400",
                "GET|requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z|400",
                "GET|services.json?jurisdiction_id=xyz|404",
                "GET|services/no-existe.json|404",
                "GET|tokens/no-existe.json?api_key=puente-demo|404",
                "GET|tokens/no-existe.json|403"
            })
    void badCallsGetTheSpecsErrorDocumentAndCreateNothing(String method, String call, int status) throws Exception {
        long before = reportsFiled();
        HttpResponse<String> response = method.equals("GET")
                ? get(call)
                : http.send(
                        HttpRequest.newBuilder(URI.create(API + "requests.json"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(call))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        JsonNode errors = JSON.readTree(response.body());
        assertTrue(errors.isArray() && errors.size() >= 1, response.body());
        assertEquals(status, errors.get(0).get("code").asInt());
        assertFalse(errors.get(0).get("description").asText().isBlank());
        assertEquals(before, reportsFiled(), "nothing was created");
    }

    /**
     * Every report in the database, counted there: the API's own list stops at 1,000, so once the suite
     * has filed that many its size no longer changes when one more is created.
     */
    private static long reportsFiled() throws Exception {
        return TestDatabase.number("select count(*) from service_report");
    }

    @Test
    void xmlErrorsUseTheSpecsErrorsElement() throws Exception {
        HttpResponse<String> response = get("requests/MET-2000-999999.xml");
        assertEquals(404, response.statusCode());
        Document xml = xml(response.body());
        assertEquals("errors", xml.getDocumentElement().getNodeName());
        assertEquals("404", xml.getElementsByTagName("code").item(0).getTextContent());
    }
}
