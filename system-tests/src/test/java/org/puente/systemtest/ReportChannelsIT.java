package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report filed through every channel (the public form without and with an account, the operator's
 * phone intake, Open311), with and without contact data, and each one opened by the staff who work it:
 * real people leave their contact out, and staff must still be able to work their reports.
 */
class ReportChannelsIT {

    private static final Pattern FOLIO = Pattern.compile("\"service_request_id\"\\s*:\\s*\"(MET-\\d{4}-\\d{6})\"");

    private static Browser browser;
    private static Visitor manager;

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser();
        manager = Visitor.signedIn("gerente");
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void anAnonymousWebReportWithoutContactOpensForStaff() throws Exception {
        String folio = fileOnTheWeb("Bache sin datos de contacto " + UUID.randomUUID(), null);
        assertOpensForStaff(folio, true, "Bache sin datos de contacto");
    }

    @Test
    void anAnonymousWebReportWithAnEmailOpensForStaffWithIt() throws Exception {
        String folio = fileOnTheWeb("Bache con correo " + UUID.randomUUID(), "vecino.canales@example.mx");
        String page = assertOpensForStaff(folio, false, "Bache con correo");
        assertTrue(page.contains("vecino.canales@example.mx"), "the reporter's e-mail, for staff only");
    }

    @Test
    void aSignedInCitizenWhoLeavesHisContactEmptyGetsAReportStaffCanOpen() throws Exception {
        browser.signIn("ciudadano", "demo");
        try {
            String folio = submit(fill(
                            "Bacheo",
                            "Barrio de Santa Cruz (Cabecera Municipal)",
                            "Bache de ciudadano con cuenta " + UUID.randomUUID())
                    .clearContact());
            // The account is the way back to him, so staff see his e-mail even with the form's contact left empty.
            assertOpensForStaff(folio, false, "Bache de ciudadano con cuenta");
        } finally {
            browser.signOut();
        }
    }

    @Test
    void aPhoneCallWithoutCallerDataAndOneWithItBothOpenForStaff() throws Exception {
        try (Browser operator = new Browser()) {
            operator.signIn("operador", "demo");
            String anonymous = phoneCall(operator, "Luminaria apagada, llamada sin datos " + UUID.randomUUID(), null);
            assertOpensForStaff(anonymous, true, "llamada sin datos");
            String known =
                    phoneCall(operator, "Luminaria apagada, llamada con datos " + UUID.randomUUID(), "Rosa Téllez");
            String page = assertOpensForStaff(known, false, "llamada con datos");
            assertTrue(page.contains("Rosa Téllez"), "the caller's name, for staff only");
        }
    }

    @Test
    void open311PostsWithoutAndWithContactOpenForStaff() throws Exception {
        String bare = postOpen311("description=" + enc("Bache reportado por API sin contacto"));
        assertOpensForStaff(bare, true, "Bache reportado por API sin contacto");
        String withContact = postOpen311("description=" + enc("Bache reportado por API con contacto")
                + "&first_name=Luis&last_name=Arce&email=" + enc("luis.arce@example.mx"));
        String page = assertOpensForStaff(withContact, false, "Bache reportado por API con contacto");
        assertTrue(page.contains("luis.arce@example.mx"), "the API reporter's e-mail, for staff only");
    }

    private static String fileOnTheWeb(String description, String email) {
        ReportFormPage form = fill("Bacheo", "Barrio de Santa Cruz (Cabecera Municipal)", description);
        if (email != null) {
            form.contactEmail(email);
        }
        return submit(form);
    }

    private static String phoneCall(Browser operator, String description, String callerName) {
        ReportFormPage form = ReportFormPage.open(operator, "/staff/atender")
                .fill(
                        "Alumbrado público",
                        "Pilares (San Lorenzo Coacalco)",
                        description,
                        "Calle Pino " + (int) (Math.random() * 900));
        if (callerName != null) {
            form.contactName(callerName);
        }
        if (!operator.all("#report\\:privacyConsent").isEmpty()) {
            form.acceptPrivacyNotice();
        }
        form.submitPastSimilar();
        String folio = ReceiptPage.on(operator).folio();
        assertTrue(folio.matches("MET-\\d{4}-\\d{6}"), operator.pageText());
        return folio;
    }

    /** Opens the public form and fills what every report needs, privacy notice accepted. */
    private static ReportFormPage fill(String service, String colonia, String description) {
        return ReportFormPage.open(browser)
                .fill(service, colonia, description, "Calle Canales " + (100 + (int) (Math.random() * 800)))
                .acceptPrivacyNotice();
    }

    private static String submit(ReportFormPage form) {
        form.submitPastSimilar();
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String folio = ReceiptPage.on(browser).folio();
        assertTrue(folio.matches("MET-\\d{4}-\\d{6}"), folio);
        return folio;
    }

    private static String postOpen311(String fields) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/open311/v2/requests.json"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "api_key=puente-demo&service_code=bacheo&lat=19.2549&long=-99.6047&" + fields))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        Matcher folio = FOLIO.matcher(answer.body());
        assertTrue(folio.find(), answer.body());
        return folio.group(1);
    }

    /** The manager opens the report's detail page: it answers, shows the report, and says whether a contact exists. */
    private static String assertOpensForStaff(String folio, boolean anonymous, String description) throws Exception {
        long id;
        try (Connection c = TestDatabase.connect()) {
            id = TestDatabase.id(c, "select id from service_report where folio = ?", folio);
        }
        HttpResponse<String> detail = manager.get("/staff/reporte?id=" + id);
        assertEquals(200, detail.statusCode(), folio + ": " + detail.body());
        String page = detail.body();
        assertTrue(page.contains(folio), folio + " on its detail page");
        assertTrue(page.contains(description), "the description, for staff");
        assertFalse(page.contains("Ocurrió un error"), "no error on " + folio);
        assertEquals(
                anonymous,
                page.contains("Anónimo"),
                folio + (anonymous ? " says it has no contact" : " shows its contact"));
        return page;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
