package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 14's acceptance for ARCO: a citizen signs in, downloads his data (his e-mail and his consent are in
 * it) and asks for the cancellation of his data; the data-protection officer answers it and carries it out
 * on /staff/arco; afterwards he cannot sign in, the public transparency dashboard still counts his two
 * reports, and no public page, feed or export shows his name, e-mail or street.
 */
class ArcoJourneyIT extends SharedBrowser {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totals\":\\{\"total\":(\\d+)");
    private static final int MAX_PAGES = 250;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aCitizensCancellationIsCarriedOutAndHisReportsStayCountedWithoutHisData() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Rosa Cancelación " + run;
        String email = "rosa-cancela-" + run + "@example.mx";
        String street = "Calle del Olvido " + run.replaceAll("[^0-9]", "7").substring(0, 3);
        String password = "una-contraseña-larga";
        // The dashboard's count of Metepec's bacheo reports before his (a filter of its own, so no cached figure).
        String filter = "/api/transparencia/MET?periodo=todo&servicio=bacheo";
        long before = total(filter);
        long figuresAt = System.nanoTime();

        RegistrationPage.open(browser).register(name, email, password);
        browser.signIn(email, password);
        assertEquals("/mi-cuenta", browser.path());
        List<String> folios = new ArrayList<>();
        for (String what : List.of("Bache profundo", "Bache en la banqueta")) {
            ReportFormPage.open(browser)
                    .fill(
                            "Bacheo",
                            "Barrio de Santa Cruz (Cabecera Municipal)",
                            what + ": lo reporta " + name + " " + run,
                            street)
                    .acceptPrivacyNotice()
                    .submitPastSimilar();
            assertEquals("/reporte-enviado", browser.path(), browser.pageText());
            folios.add(ReceiptPage.on(browser).folio());
        }

        // Access: his data as JSON, within his session, as the link downloads it.
        browser.open("/mi-cuenta");
        String json = fetch(browser.attribute("#download-json", "href"));
        assertTrue(json.startsWith("200 "), json);
        assertTrue(json.contains("\"correo\":\"" + email + "\""), json);
        assertTrue(
                Pattern.compile(
                                "\"consentimientos\":\\[\\{\"tema\":\"privacy-notice:[A-Z]+:account\",\"version\":\"[^\"]+\","
                                        + "\"fecha\":\"\\d{4}-\\d\\d-\\d\\dT")
                        .matcher(json)
                        .find(),
                "his consent, read from its consent row: " + json);
        for (String folio : folios) {
            assertTrue(json.contains("\"folio\":\"" + folio + "\""), json);
        }

        // Cancellation, asked on his data page.
        MyArcoSection.open(browser).ask("Cancelación", "Cancelen todos mis datos personales y cierren mi cuenta.");
        assertEquals("/mi-cuenta", browser.path(), browser.pageText());
        Matcher filed = Pattern.compile("folio (MET-ARCO-\\d{4}-\\d{6})").matcher(browser.pageText());
        assertTrue(filed.find(), browser.pageText());
        String arco = filed.group(1);
        List<String> mine = MyArcoSection.open(browser).folios();
        assertEquals(List.of(arco), mine);
        browser.screenshot("arco-my-account");
        phone(() -> {
            scrollTo("arco");
            browser.screenshot("arco-my-account-phone");
        });
        browser.signOut();

        browser.open("/derechos-arco");
        browser.assertAccessible();
        browser.phoneScreenshot("arco-public-form-phone");
        browser.screenshot("arco-public-form");

        // The officer: the desk, the request, the answer with its execution date, then the cancellation.
        browser.signIn("admin", "demo");
        ArcoDeskPages desk = ArcoDeskPages.open(browser);
        assertTrue(desk.row(arco).contains("Cancelación"), desk.row(arco));
        assertTrue(desk.row(arco).contains("En término"), desk.row(arco));
        browser.screenshot("arco-desk");
        phone(() -> {
            scrollTo("results-title");
            browser.screenshot("arco-desk-phone");
        });
        browser.assertAccessible();
        desk.openRequest(arco);
        assertTrue(browser.pageText().contains(email), "the officer sees who asked");
        desk.answer("Procede la cancelación: sus datos se bloquean y anonimizan.");
        assertTrue(desk.state().contains("Respondida"), desk.state());
        assertTrue(desk.executionDue().matches(".*\\d{4}.*"), "carry out by: " + desk.executionDue());
        browser.screenshot("arco-case-answered");
        browser.assertAccessible();
        desk.carryOutCancellation();
        assertTrue(browser.pageText().contains("Cancelación ejecutada"), browser.pageText());
        assertTrue(desk.state().contains("Ejecutada"), desk.state());
        assertTrue(desk.history().contains("Ejecutada"), desk.history());
        assertFalse(browser.pageText().contains(email), "nothing of him left, even for the officer");
        browser.screenshot("arco-case-carried-out");
        phone(() -> {
            scrollTo("facts-title");
            browser.screenshot("arco-case-carried-out-phone");
            scrollTo("history-title");
            browser.screenshot("arco-case-history-phone");
        });
        browser.signOut();

        browser.signIn(email, password);
        assertTrue(browser.pageText().contains("Usuario o contraseña incorrectos"), browser.pageText());

        // The dashboard still counts his two reports (once its figure of a minute ago has expired).
        long waited = Duration.ofNanos(System.nanoTime() - figuresAt).toSeconds();
        if (waited < 62) {
            Thread.sleep((62 - waited) * 1000);
        }
        assertEquals(before + 2, total(filter), "his reports stay in the public figures");
        String openData = get("/datos/reportes.csv?periodo=todo").body();
        for (String folio : folios) {
            assertTrue(openData.contains(folio), "his report stays in the open data: " + folio);
        }
        browser.open("/transparencia/MET");
        browser.screenshot("arco-transparency-after");

        // No public page, feed or export shows him.
        List<String> leaks = crawl(List.of(name, "Rosa Cancelación", email, "rosa-cancela-" + run, street), folios);
        assertEquals(List.of(), leaks, "personal data on public surfaces after the cancellation");
    }

    private List<String> crawl(List<String> secrets, List<String> folios) throws Exception {
        Set<String> seeds = new LinkedHashSet<>(List.of(
                "/",
                "/transparencia",
                "/transparencia/MET",
                "/transparencia/MET/tarjeta",
                "/api/transparencia/MET?periodo=todo",
                "/datos/reportes.csv?periodo=todo",
                "/datos/reportes.json?periodo=todo",
                "/open311/v2/requests.json",
                "/open311/v2/requests.xml",
                "/agenda",
                "/derechos-arco"));
        for (String folio : folios) {
            seeds.add("/seguimiento?folio=" + folio);
            seeds.add("/open311/v2/requests/" + folio + ".json");
        }
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        List<String> leaks = new ArrayList<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> answer = get(path);
            fetched++;
            String lower = answer.body().toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                    leaks.add(path + " shows \"" + secret + "\"");
                }
            }
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher m = LINK.matcher(answer.body());
                while (m.find()) {
                    String link = publicLink(m.group(1).replace("&amp;", "&"));
                    if (link != null && seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
        }
        assertTrue(fetched >= 30, "the crawl reached the public site (" + fetched + " answers)");
        return leaks;
    }

    private static String publicLink(String href) {
        String path = href.startsWith(Browser.BASE_URL) ? href.substring(Browser.BASE_URL.length()) : href;
        if (!path.startsWith("/")
                || path.startsWith("//")
                || path.startsWith("/staff")
                || path.startsWith("/salir")
                || path.startsWith("/jakarta.faces.resource")
                || path.contains("idioma=")
                || path.endsWith(".ics")
                || path.startsWith("/mi-cuenta")) {
            return null;
        }
        return path;
    }

    private long total(String path) throws Exception {
        String body = get(path).body();
        Matcher m = TOTAL.matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                        .header("Accept-Language", "es-MX")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A download in the browser's session: "STATUS\nBODY". */
    private String fetch(String href) {
        Object answer = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t =>"
                                + " done(r.status + ' \\n' + t))).catch(e => done('failed ' + e));",
                        href);
        return String.valueOf(answer);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void phone(Runnable shots) {
        org.openqa.selenium.Dimension before =
                browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            shots.run();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
