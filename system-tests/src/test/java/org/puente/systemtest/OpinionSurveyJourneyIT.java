package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An opinion survey in the browser: Metepec's communication staff build one with the four kinds of question (a
 * choice with one option refused first) and publish it; a citizen on a phone (390 px) answers it, after a first
 * try without the required answers that keeps what he wrote; staff approve his free text and publish the results;
 * the public page shows the charts with their figures in text. Axe at every step, screenshots at 390 and 1366 px.
 */
class OpinionSurveyJourneyIT extends SharedBrowser {

    @Test
    void staffBuildAndPublishACitizenAnswersOnAPhoneAndTheResultsArePublished() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = "Horario de la biblioteca municipal " + run;
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn("comunicacion", "demo");
        SurveyBuilderPage builder = SurveyBuilderPage.openList(browser);
        assertTrue(browser.pageText().contains("¿Cómo está el alumbrado público de tu colonia?"), "the demo's surveys");
        browser.assertAccessible();
        browser.screenshot("survey-staff-list-1366");

        builder.create(title, "Queremos ajustar el horario de la biblioteca a lo que necesitas.");
        assertEquals("Borrador", builder.status());
        builder.addQuestion("Opción única", "¿Qué día prefieres que abra en fin de semana?", true, "Sábado");
        assertEquals("Escribe de 2 a 10 opciones, una por renglón.", builder.error("question", "options"));
        assertEquals(
                "¿Qué día prefieres que abra en fin de semana?",
                browser.attribute("#question\\:text", "value"),
                "nothing typed is lost");
        builder.addQuestion("Opción única", "¿Qué día prefieres que abra en fin de semana?", true, "Sábado", "Domingo")
                .addQuestion(
                        "Opción múltiple",
                        "¿Para qué usas la biblioteca?",
                        false,
                        "Estudiar",
                        "Préstamo de libros",
                        "Internet",
                        "Talleres")
                .addQuestion("Escala del 1 al 5", "¿Cómo calificas el horario actual?", true)
                .addQuestion("Texto libre breve", "¿Qué más te gustaría?", false);
        assertEquals(4, browser.all("#question-list > li").size());
        browser.assertAccessible();
        browser.screenshot("survey-builder-1366");
        browser.phoneScreenshot("survey-builder-390");
        String closes = LocalDateTime.now(ZoneId.of("America/Mexico_City"))
                .plusDays(10)
                .withHour(18)
                .withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        builder.publishUntil(closes);
        assertEquals("Abierta", builder.status());
        String id = builder.id();
        assertTrue(browser.all("#question\\:add").isEmpty(), "a published survey's questions are fixed");

        try (Browser citizen = new Browser()) {
            citizen.driver().manage().window().setSize(new Dimension(390, 844));
            citizen.open("/encuestas");
            assertTrue(citizen.pageText().contains(title), "the open survey is listed");
            citizen.assertAccessible();
            citizen.screenshot("survey-public-list-390");
            SurveyFormPage form = SurveyFormPage.open(citizen, id);
            citizen.assertAccessible();
            citizen.screenshot("survey-form-390");
            scrollTo(citizen, "pregunta-1");
            citizen.screenshot("survey-form-questions-390");
            form.write(3, "Que abra los domingos por la mañana <para estudiar>").submit();
            assertEquals("Responde esta pregunta: es obligatoria.", form.error(0, "single"));
            assertEquals("Responde esta pregunta: es obligatoria.", form.error(2, "scale"));
            assertEquals("Que abra los domingos por la mañana <para estudiar>", form.textValue(3), "nothing lost");
            citizen.assertAccessible();
            scrollTo(citizen, "pregunta-1");
            citizen.screenshot("survey-form-refused-390");
            form.choose(0, 1).check(1, 0).check(1, 2).rate(2, 4).submit();
            assertTrue(citizen.pageText().contains("¡Gracias! Tu respuesta quedó registrada."), citizen.pageText());
            assertTrue(citizen.pageText().contains("Ya respondiste esta encuesta."));
            citizen.assertAccessible();
            citizen.screenshot("survey-answered-390");
        }

        browser.open("/staff/encuesta?id=" + id);
        assertTrue(browser.pageText().contains("Que abra los domingos por la mañana <para estudiar>"));
        builder.approveFirstText().publishResults();
        assertTrue(browser.pageText().contains("Los resultados están publicados."));
        browser.assertAccessible();
        browser.screenshot("survey-staff-results-1366");

        try (Browser visitor = new Browser()) {
            visitor.driver().manage().window().setSize(new Dimension(1366, 900));
            SurveyFormPage.open(visitor, id);
            assertFalse(visitor.all("table.opinion-chart").isEmpty(), "the charts");
            assertEquals(3, visitor.all("table.opinion-chart").size(), "two choices and the scale");
            String results = visitor.text("#results");
            assertTrue(results.contains("1 persona respondió"), results);
            assertTrue(results.contains("100.0 %"), "figures in text");
            assertTrue(results.contains("Promedio: 4.00"), results);
            assertTrue(results.contains("Que abra los domingos por la mañana <para estudiar>"), "the approved text");
            visitor.assertAccessible();
            scrollTo(visitor, "results");
            visitor.screenshot("survey-results-1366");
            visitor.driver().manage().window().setSize(new Dimension(390, 844));
            visitor.assertAccessible();
            scrollTo(visitor, "results");
            visitor.screenshot("survey-results-390");
            scrollTo(visitor, "resultado-2");
            visitor.screenshot("survey-results-chart-390");
            Number overflow = (Number) ((JavascriptExecutor) visitor.driver())
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), "no sideways scroll on a phone");
        }
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }
}
