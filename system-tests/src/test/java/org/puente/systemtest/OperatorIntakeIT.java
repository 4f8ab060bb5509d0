package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's phone intake (issue 9), with the keyboard as an operator works: the caller's data
 * right after the address, the map out of the way, the texts speaking to the operator; a caller who
 * reports an open folio is added to it from the similar-reports panel; earlier reports by phone.
 */
class OperatorIntakeIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
        browser.signIn("operador", "demo");
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String active() {
        WebElement focused = browser.driver().switchTo().activeElement();
        String id = focused.getAttribute("id");
        return id == null || id.isEmpty() ? focused.getTagName() + "." + focused.getAttribute("class") : id;
    }

    /** Presses Tab until the submit button has the focus; returns the ids that had it on the way. */
    private static List<String> tabsToSubmitFrom(String css) {
        browser.find(css).click();
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 30 && !"report:submit".equals(path.isEmpty() ? "" : path.get(path.size() - 1)); i++) {
            // Sent to the page, not to an element: a file input would take the keys as a file's name.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            path.add(active());
        }
        return path;
    }

    @Test
    void theCallersDataComeRightAfterTheAddressAndTheMapIsOutOfTheWay() {
        OperatorIntakePage.open(browser);
        // Chromium applies autofocus when it next renders the page, not before load returns.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> "report:service".equals(active()));
        String page = browser.pageText();
        assertTrue(page.contains("Datos de quien llama"), page);
        assertFalse(page.contains("Si nos dejas un correo"), "no text speaks to the citizen: " + page);
        assertFalse(page.contains("Tus datos de contacto"), page);
        assertTrue(browser.all("#use-location").isEmpty(), "the operator's own location is of no use");
        assertEquals("off", browser.attribute("#report\\:street", "autocomplete"));

        List<String> path = tabsToSubmitFrom("#report\\:reference");
        assertEquals(
                List.of("report:contactName", "report:contactEmail", "report:contactPhone"),
                path.subList(0, 3),
                "Tab from the references goes to the caller: " + path);
        assertEquals("report:submit", path.get(path.size() - 1), String.valueOf(path));
        assertTrue(path.size() <= 9, "the submit button is at most 9 Tabs from the references: " + path);
        assertTrue(
                path.stream().noneMatch(id -> id.contains("leaflet") || id.equals("report-map")),
                "the map is out of the tab path: " + path);
        browser.assertAccessible();
        browser.screenshot("operator-intake");
        browser.phoneScreenshot("operator-intake-phone");
    }

    @Test
    void aCallerReportingAnOpenFolioIsAddedToItAndHisEarlierReportsAreShown() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String street = "Calle Morelos " + run;
        String phone = "722 " + (1_000_000 + Math.abs(run.hashCode()) % 8_999_999);
        OperatorIntakePage.open(browser)
                .service("Fugas de agua")
                .description("Fuga de agua en la banqueta")
                .colonia("Pilares")
                .street(street)
                .callerPhone(phone)
                .acceptPrivacyNotice()
                .submit();
        assertEquals("/staff/atender-enviado", browser.path(), browser.pageText());
        ReceiptPage receipt = ReceiptPage.on(browser);
        String first = receipt.folio();
        assertTrue(browser.pageText().contains("Dicte a la persona su folio"), browser.pageText());
        assertFalse(browser.pageText().contains("No lo compartas"), "the receipt speaks to the operator");
        assertFalse(receipt.department().isBlank(), "the receipt names the department");
        assertFalse(receipt.due().isBlank(), "the receipt gives the deadline");
        browser.screenshot("operator-receipt");

        OperatorIntakePage intake = OperatorIntakePage.open(browser)
                .service("Fugas de agua")
                .description("Sigue saliendo agua")
                .colonia("Pilares")
                .street(street)
                .callerName("Ana Ruiz")
                .callerEmail("ana-" + run + "@example.mx")
                .callerPhoneAndTab(phone);
        assertTrue(intake.awaitEarlierReport(first).contains("Reportes anteriores de este teléfono"));
        intake.acceptPrivacyNotice().submit();

        assertTrue(intake.similar().contains(first), browser.pageText());
        assertTrue(intake.similar().contains("¿La persona reporta alguno de estos?"));
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Sumar a quien llama a este folio", focused.getText().strip(), "the focus is on the first choice");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        List<WebElement> choices = browser.all("#similar .similar-choice");
        if (choices.size() == 1) {
            assertEquals("report:fileAnyway", active(), "submit comes right after the choices");
        }
        browser.assertAccessible();
        browser.screenshot("operator-similar");
        browser.phoneScreenshot("operator-similar-phone");

        receipt = intake.addCallerToFirstSimilar();
        assertEquals("/staff/atender-enviado", browser.path(), browser.pageText());
        assertEquals(first, receipt.folio(), "the caller follows the first report: no second one");
        assertTrue(browser.pageText().contains("Persona sumada al reporte"), browser.pageText());
        assertTrue(browser.text("#followed-notice").contains("Le escribiremos a su correo"));
        browser.assertAccessible();
        browser.screenshot("operator-followed");

        String history = TrackingPage.open(browser, first).history();
        assertFalse(history.contains("Ana"), "no personal data in the public history");
        assertFalse(history.contains("Otra persona reportó"), "and no note without the tracking code: " + history);
    }

    @Test
    void aTypedFolioThatIsNoneGetsAClearMessage() {
        OperatorIntakePage.open(browser).followFolio("MET-1999-000001");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.pageText().contains("No encontramos un reporte con ese folio"));
        assertEquals("/staff/atender", browser.path());
        assertTrue(
                browser.all("#report\\:service-error").isEmpty()
                        || browser.text("#report\\:service-error").isEmpty(),
                "Enter in the folio follows it, it does not file a report: " + browser.pageText());
    }

    @Test
    void theBodysCalendarPageShowsTheYearAndTheDatesInOneStyle() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo");
            admin.open("/staff/organismos");
            String href = admin.attribute("a[href*='organismo?id=']", "href");
            admin.open("/staff/organismo?id=" + href.substring(href.indexOf("id=") + 3) + "&idioma=en");
            String page = admin.pageText();
            assertTrue(page.matches("(?s).*Holidays in 20\\d\\d\\b.*"), page);
            assertFalse(page.matches("(?s).*\\d,\\d{3}.*"), "no year with a grouping comma: " + page);
            assertFalse(page.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates: " + page);
            assertTrue(
                    page.matches("(?s).*\\b[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d\\b.*"),
                    "dates as \"Jan 1, 2026\": " + page);
            assertTrue(page.matches("(?s).*9:00.?AM to 6:00.?PM.*"), "times as elsewhere in English: " + page);
            admin.screenshot("body-calendar-en");
            admin.open("/staff/organismos?idioma=es");
        }
    }
}
