package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A chat from the unit's request to the expert's agenda, in the browser: the Enlace files it (after
 * an empty attempt shows every field's message), the evaluator proposes another window, the Enlace
 * counter-proposes another day, the evaluator approves, assigns the existing expert, reviews the
 * conflicts and schedules it with a moderator; the timeline shows every step, the calendar shows the
 * event and the expert finds it among his events.
 */
class EngagementFlowIT extends SharedBrowser {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final String EXPERT = "Dr. Roberto Sánchez Islas";
    private static final String MODERATOR = "Lucía Ramírez Soto";

    @AfterEach
    void signOutIfSignedIn() {
        if (!browser.all("#logout input[type=submit]").isEmpty()) {
            browser.signOut();
        }
    }

    @Test
    void aChatGoesFromTheUnitsRequestThroughAdjustmentAndCounterProposalToTheCalendarAndTheExpert() throws Exception {
        LocalDate today = LocalDate.now(MEXICO_CITY);
        LocalDate day = nextWorkingDay(today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
        LocalDate counterDay = nextWorkingDay(day.plusDays(1));
        String topic =
                "Vacunación contra la influenza " + UUID.randomUUID().toString().substring(0, 8);
        Path notPdf = Files.createTempFile("oficio", ".pdf");
        Path letter = Files.createTempFile("oficio", ".pdf");
        Files.writeString(notPdf, "MZ this is a program, not a letter");
        Files.writeString(
                letter,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        try {
            // The Enlace files the request; an empty form first shows every problem beside its field.
            browser.signIn("enlace", "demo");
            RequestFormPage form = RequestFormPage.openFromList(browser);
            assertEquals("/staff/solicitud-nueva", browser.path());
            form.letter(notPdf).submit();
            assertEquals("Un chat trata un solo tema.", form.error("topics"));
            assertEquals("Indica la fecha y el horario.", form.error("schedule"));
            assertEquals("Escribe el nombre del experto.", form.error("expertName"));
            assertTrue(form.error("expertEmail").startsWith("Escribe un correo electrónico válido"));
            assertEquals("El oficio debe ser un archivo PDF.", form.error("letter"));
            assertEquals("true", form.attribute("topics", "aria-invalid"));
            assertEquals("/staff/solicitud-nueva", browser.path(), "nothing was filed");
            browser.assertAccessible();
            fullPageScreenshot("engagement-form-errors");
            browser.phoneScreenshot("engagement-form-errors-phone");

            form.day(day)
                    .window("11:00-13:00")
                    .topics(topic)
                    .newExpert(
                            "Dra. Ana Beltrán Ríos",
                            "Jefa de Epidemiología",
                            "ana.beltran." + UUID.randomUUID().toString().substring(0, 6) + "@salud.gob.mx")
                    .notes("Campaña de invierno; público general.")
                    .letter(letter)
                    .submit();
            assertTrue(browser.path().startsWith("/staff/solicitud?id="), browser.path() + " " + browser.pageText());
            RequestPage request = RequestPage.on(browser);
            String detail = request.path();
            String folio = request.folio();
            assertTrue(folio.matches("[A-Z]+-\\d{4}-\\d{4}"), folio);
            assertTrue(request.messages().contains(folio), "the message shows the folio");
            assertEquals("Recibida", request.status());
            String letterUrl = request.letterAddress();
            assertEquals("application/pdf", contentTypeOf(letterUrl), "the letter downloads as a PDF");
            assertTrue(
                    headerOf(letterUrl, "content-disposition").startsWith("attachment;"),
                    "the letter is a download, never shown inside Puente's origin");
            assertEquals("sandbox; default-src 'none'", headerOf(letterUrl, "content-security-policy"));
            browser.signOut();

            // The evaluator finds it in his queue and proposes the afternoon window instead.
            browser.signIn("evaluador", "demo");
            browser.open("/staff/solicitudes");
            WebElement inQueue = browser.all("#requests\\:queue a.folio-link").stream()
                    .filter(a -> a.getText().equals(folio))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            folio + " is not in the evaluator's queue: " + browser.text("#requests\\:queue")));
            browser.assertAccessible();
            fullPageScreenshot("engagement-queue");
            inQueue.click();
            waitFor(() -> browser.path().equals(detail) && request.offersAdjustment());
            browser.assertAccessible();
            request.adjustment("16:00-18:00", "En la mañana hay otro chat de la Secretaría; proponemos la tarde.")
                    .proposeAdjustment();
            assertEquals("Ajuste propuesto", request.status());
            browser.signOut();

            // The Enlace answers with a day of his own, in the morning.
            browser.signIn("enlace", "demo");
            RequestPage.open(browser, detail);
            assertTrue(request.adjustment().contains("16:00"), request.adjustment());
            browser.assertAccessible();
            request.counterPropose(
                    counterDay, "11:00-13:00", "El experto no puede en la tarde; proponemos el día siguiente.");
            assertEquals("Contrapropuesta", request.status());
            browser.signOut();

            // The evaluator approves, assigns the expert with an account, reviews the conflicts, schedules.
            browser.signIn("evaluador", "demo");
            RequestPage.open(browser, detail).approve();
            assertEquals("Aprobada", request.status());
            request.assignExistingExpert(EXPERT);
            assertEquals("Experto confirmado", request.status());
            assertTrue(request.expertAccount().contains(EXPERT));
            // Another chat of the same moderator (and expert) in that window: a conflict to review.
            String other =
                    "Chat de la misma hora " + UUID.randomUUID().toString().substring(0, 6);
            java.time.OffsetDateTime clashStart = counterDay
                    .atTime(11, 0)
                    .atZone(java.time.ZoneId.of("America/Mexico_City"))
                    .toOffsetDateTime();
            TestDatabase.event("CHAT", other, clashStart, clashStart.plusHours(2), "SCHEDULED");
            request.reviewSchedule(MODERATOR);
            assertTrue(request.conflicts().contains(MODERATOR + " ya modera «" + other + "»"), request.conflicts());
            browser.assertAccessible();
            request.schedule();
            assertEquals(
                    "Hay conflictos: marca que los revisaste antes de programar.",
                    request.error("schedule", "seen"),
                    "the conflicts must be acknowledged");
            request.scheduleConflictsSeen().schedule();
            assertEquals("Programada", request.status());
            assertEquals(MODERATOR, request.moderator());

            assertEquals(
                    List.of(
                            "Recibida",
                            "Ajuste propuesto",
                            "Contrapropuesta",
                            "Aprobada",
                            "Experto confirmado",
                            "Programada"),
                    request.timelineSteps(),
                    "the timeline lists every step");
            String timeline = request.timeline();
            assertTrue(timeline.contains("Ajuste propuesto → Contrapropuesta"), timeline);
            assertTrue(
                    timeline.contains("proponemos la tarde")
                            && timeline.contains("Mariana Torres Lugo")
                            && timeline.contains("Carlos Hernández Vega"),
                    timeline);
            browser.assertAccessible();
            fullPageScreenshot("engagement-detail-timeline");

            // The calendar shows the event on its day.
            request.openCalendar();
            assertEquals("/staff/calendario?fecha=" + counterDay, browser.path());
            waitFor(() ->
                    browser.all(".fc-event").stream().anyMatch(e -> e.getText().contains(topic)));
            WebElement event = browser.all(".fc-event").stream()
                    .filter(e -> e.getText().contains(topic))
                    .findFirst()
                    .orElseThrow();
            assertTrue(event.getAttribute("class").contains("event-CHAT"), event.getAttribute("class"));
            assertTrue(browser.text("#upcoming").contains(topic), browser.text("#upcoming"));
            browser.assertAccessible();
            browser.screenshot("engagement-calendar");
            event.click();
            waitFor(() -> !browser.all("#selected").isEmpty()
                    && browser.text("#selected").contains(MODERATOR));
            assertTrue(browser.text("#selected").contains(folio), "the selected event links to its request");
            browser.signOut();

            // The expert finds it among his events.
            browser.signIn("experto", "demo");
            browser.open("/staff/eventos");
            String events = browser.text("#events");
            assertTrue(events.contains(topic) && events.contains(MODERATOR), events);
            browser.assertAccessible();
            browser.screenshot("engagement-expert-events");
            browser.signOut();

            // The public agenda lists it, with its .ics file, a page at a time.
            boolean listed = false;
            for (int page = 1; page <= 20 && !listed; page++) {
                browser.open("/agenda?pagina=" + page);
                listed = browser.all("#agenda .agenda-title").stream()
                        .anyMatch(e -> e.getText().contains(topic));
                if (!listed && browser.all("a[rel=next]").isEmpty()) {
                    break;
                }
            }
            assertTrue(listed, "the new chat is on the public agenda");
            WebElement item = browser.all("#agenda li.agenda-item").stream()
                    .filter(e -> e.getText().contains(topic))
                    .findFirst()
                    .orElseThrow();
            assertTrue(item.findElement(org.openqa.selenium.By.cssSelector("a[href$='.ics']"))
                    .getAttribute("href")
                    .endsWith(".ics"));
            browser.phoneScreenshot("engagement-public-agenda");
        } finally {
            Files.deleteIfExists(notPdf);
            Files.deleteIfExists(letter);
        }
    }

    /**
     * The form marks what it needs and refuses a window it does not offer on that field; the evaluator
     * sees the expert's clash when he proposes an adjustment into it (and goes on only by ticking that
     * he saw it) and again on the approval form once the Enlace accepted it.
     */
    @Test
    void requiredFieldsAreMarkedAWindowNotOfferedIsRefusedAndConflictsShowOnAdjustmentAndApproval() throws Exception {
        LocalDate day = nextWorkingDay(LocalDate.now(MEXICO_CITY).plusDays(45));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String busy = "Chat ya programado " + suffix;
        String topic = "Donación de sangre " + suffix;
        TestDatabase.event(
                "CHAT",
                busy,
                day.atTime(11, 0).atZone(MEXICO_CITY).toOffsetDateTime(),
                day.atTime(13, 0).atZone(MEXICO_CITY).toOffsetDateTime(),
                "SCHEDULED");

        browser.signIn("enlace", "demo");
        RequestFormPage form = RequestFormPage.open(browser);
        assertTrue(form.intro().contains("marcados con * son obligatorios"), form.intro());
        for (String field : List.of("day", "window", "topics", "expertName", "expertEmail")) {
            assertEquals("*", form.requiredMark(field), field + " is marked");
            assertEquals("true", form.attribute(field, "aria-required"), field + " for screen readers");
        }
        for (String field : List.of("day", "window", "topics")) {
            assertEquals("true", form.attribute(field, "required"), field + " is required");
        }
        assertFalse(form.marksRequired("notes"), "the notes are optional");

        // A window the agency does not offer, slipped into the list by hand.
        form.slipInWindow("09:00-11:00")
                .day(day)
                .window("09:00-11:00")
                .topics(topic)
                .submit();
        assertEquals("/staff/solicitud-nueva", browser.path(), "nothing was filed");
        assertEquals(
                "Ese horario no es de la Agencia: elige uno de la lista (11:00–13:00, 16:00–18:00).",
                form.error("window"));
        assertEquals("true", form.attribute("window", "aria-invalid"));
        assertEquals(topic, form.attribute("topics", "value"), "what was typed stays");
        fullPageScreenshot("engagement-form-required-and-window");
        phoneScreenshotOf("#request\\:window", "engagement-form-required-and-window-phone");

        form.window("16:00-18:00").existingExpert(EXPERT).submit();
        assertTrue(browser.path().startsWith("/staff/solicitud?id="), browser.path() + " " + browser.pageText());
        String detail = browser.path();
        browser.signOut();

        // The evaluator proposes the morning, when the expert already has a chat: he sees it first.
        browser.signIn("evaluador", "demo");
        RequestPage request = RequestPage.open(browser, detail);
        assertTrue(
                request.approvalConflictItems().stream().noneMatch(li -> li.contains(busy)),
                "the afternoon does not clash");
        request.adjustment("11:00-13:00", "Por la tarde no hay moderador; proponemos la mañana.")
                .proposeAdjustment();
        assertEquals("Recibida", request.status(), "not proposed before he saw the conflicts");
        String conflicts = request.adjustmentConflicts();
        assertTrue(conflicts.contains(EXPERT + " ya participa como experto en «" + busy + "»"), conflicts);
        assertEquals("11:00-13:00", request.adjustmentWindow(), "the adjustment typed stays");
        fullPageScreenshot("engagement-adjustment-conflicts");
        phoneScreenshotOf("#adjust-conflicts", "engagement-adjustment-conflicts-phone");
        request.proposeAdjustment();
        assertEquals(
                "El ajuste tiene conflictos: revísalos y marca que los viste, o cambia la fecha u horario.",
                request.error("adjust", "seen"));
        request.adjustmentConflictsSeen().proposeAdjustment();
        assertEquals("Ajuste propuesto", request.status());
        browser.signOut();

        browser.signIn("enlace", "demo");
        RequestPage.open(browser, detail).acceptAdjustment();
        assertEquals("Ajuste aceptado", request.status());
        browser.signOut();

        // Before approving, the evaluator is told of the same clash.
        browser.signIn("evaluador", "demo");
        String beforeApproval = RequestPage.open(browser, detail).approvalConflicts();
        assertTrue(beforeApproval.contains(EXPERT + " ya participa como experto en «" + busy + "»"), beforeApproval);
        browser.assertAccessible();
        fullPageScreenshot("engagement-approval-conflicts");
        phoneScreenshotOf("#approve-conflicts", "engagement-approval-conflicts-phone");
    }

    @Test
    void anEnlaceReportsAnIncidentAndTheContentDepartmentAnswersIt() {
        String problem =
                "No carga la sala del chat " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("enlace", "demo");
        browser.open("/staff/incidencias");
        browser.clickAndWait("#incident\\:submit");
        assertEquals("Describe el problema.", browser.text("#incident\\:description-error"));
        browser.type("#incident\\:description", problem);
        browser.clickAndWait("#incident\\:submit");
        assertTrue(browser.text("#incidents\\:table").contains(problem));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("moderador", "demo");
        browser.open("/staff/incidencias");
        assertTrue(browser.text("#figure-total").matches("\\d+"));
        browser.assertAccessible();
        WebElement row = browser.all("#incidents\\:table tbody tr").stream()
                .filter(r -> r.getText().contains(problem))
                .findFirst()
                .orElseThrow();
        row.findElement(org.openqa.selenium.By.cssSelector("input[type=submit]"))
                .click();
        waitFor(() -> !browser.all("#answer\\:response").isEmpty());
        browser.type("#answer\\:response", "Ya se reinició el servicio; intenta de nuevo.");
        browser.clickAndWait("#answer\\:respond");
        String answered = browser.all("#incidents\\:table tbody tr").stream()
                .filter(r -> r.getText().contains(problem))
                .findFirst()
                .orElseThrow()
                .getText();
        assertTrue(answered.contains("Respondida") && answered.contains("Ya se reinició el servicio"), answered);
    }

    /** The day itself or the next one that is Monday to Friday and no official holiday. */
    private static LocalDate nextWorkingDay(LocalDate from) {
        LocalDate d = from;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Mexico's official holidays (Ley Federal del Trabajo, art. 74), which the agency's calendar has. */
    private static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        return d.equals(LocalDate.of(y, Month.JANUARY, 1))
                || d.equals(LocalDate.of(y, Month.FEBRUARY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
                || d.equals(
                        LocalDate.of(y, Month.MARCH, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)))
                || d.equals(LocalDate.of(y, Month.MAY, 1))
                || d.equals(LocalDate.of(y, Month.SEPTEMBER, 16))
                || (y >= 2024 && (y - 2024) % 6 == 0 && d.equals(LocalDate.of(y, Month.OCTOBER, 1)))
                || d.equals(LocalDate.of(y, Month.NOVEMBER, 1)
                        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)))
                || d.equals(LocalDate.of(y, Month.DECEMBER, 25));
    }

    /** A phone-sized screenshot with the element scrolled into view. */
    private static void phoneScreenshotOf(String css, String name) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
            browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** A screenshot of the whole page, not only of the window's height. */
    private static void fullPageScreenshot(String name) {
        Dimension before = browser.driver().manage().window().getSize();
        Number height = (Number)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight");
        browser.driver()
                .manage()
                .window()
                .setSize(new Dimension(
                        before.getWidth(), Math.min(4000, Math.max(before.getHeight(), height.intValue() + 140))));
        try {
            browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** The content type the server answers for an address, fetched by the signed-in browser. */
    private static String contentTypeOf(String url) {
        Object type = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done(String(e)));",
                        url);
        String answer = String.valueOf(type);
        assertTrue(answer.startsWith("200 "), answer);
        return answer.substring(4).replaceFirst(";.*", "");
    }

    private static String headerOf(String url, String header) {
        Object value = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(String(r.headers.get(arguments[1]))))"
                                + ".catch(e => done(String(e)));",
                        url,
                        header);
        return String.valueOf(value);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
