package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A forum in the browser: a citizen opens a thread, the expert answers officially, another reader
 * flags the citizen's post, the moderator hides it from his queue, and once the forum's time is over
 * it is a read-only archive. Screenshots of the forum, the thread, the queue and the archive.
 */
class ForumPagesIT {

    @Test
    void aThreadAnOfficialAnswerAFlagTheModeratorAndTheArchive() throws Exception {
        String topic = "Calidad del aire " + UUID.randomUUID().toString().substring(0, 6);
        long forum = openForumNow(topic);
        String title = "¿Es seguro hacer ejercicio al aire libre?";
        String body = "En mi colonia hay mucho humo por las mañanas. <i>¿Qué recomiendan?</i>";
        String secondReader = "lector-" + UUID.randomUUID() + "@example.mx";

        try (Browser citizen = new Browser();
                Browser expert = new Browser();
                Browser reader = new Browser();
                Browser moderator = new Browser()) {
            citizen.open("/foro?evento=" + forum);
            assertEquals(topic, citizen.text("h1"));
            assertTrue(citizen.text("#threads-empty").contains("Todavía no hay temas"));
            citizen.clickAndWait("a[href*='/login?volver=']");
            new LoginPage(citizen).signIn("ciudadano", "demo");
            assertEquals("/foro?evento=" + forum, citizen.path(), "back to the forum after signing in");
            citizen.clickAndWait("#new-thread\\:start");
            assertEquals("Escribe el título del tema.", citizen.text("#new-thread\\:title-error"));
            citizen.type("#new-thread\\:title", title)
                    .type("#new-thread\\:body", body)
                    .clickAndWait("#new-thread\\:start");
            assertTrue(citizen.path().startsWith("/tema?id="), citizen.path());
            String thread = citizen.path();
            assertEquals(title, citizen.text("#thread-title"));
            assertTrue(citizen.text("#post-list").contains(body), "the markup is shown as text");
            assertTrue(citizen.all("#post-list i").isEmpty());
            assertTrue(citizen.text("#post-list").contains("María G."), "a citizen by given name and initial");

            expert.signIn("experto", "demo");
            expert.open(thread);
            expert.type("#reply\\:body", "Evita el ejercicio intenso cuando el índice de calidad del aire sea malo.")
                    .clickAndWait("#reply\\:send");
            assertTrue(expert.text(".forum-post.official").contains("Respuesta oficial"));
            assertTrue(expert.text(".forum-post.official").contains("Dr. Roberto Sánchez Islas"));

            RegistrationPage.open(reader).register("Rosa Lectora Prueba", secondReader, "una-contraseña-larga");
            reader.signIn(secondReader, "una-contraseña-larga");
            reader.open(thread);
            assertEquals(
                    1,
                    reader.all("#post-list .flag").size(),
                    "only the citizen's post can be flagged, not the official one");
            reader.clickAndWait("#post-list .flag");
            assertTrue(reader.pageText().contains("el moderador revisará el mensaje"), reader.pageText());
            reader.clickAndWait("#post-list .flag");
            assertTrue(reader.pageText().contains("Ya reportaste este mensaje"), reader.pageText());
            reader.assertAccessible();
            reader.phoneScreenshot("forum-thread-phone");

            moderator.signIn("moderador", "demo");
            moderator.open("/staff/moderar-foro?evento=" + forum);
            assertTrue(
                    moderator.text("#queue").contains(title)
                            && moderator.text("#queue").contains("1 reporte"),
                    moderator.text("#queue"));
            moderator.assertAccessible();
            moderator.screenshot("forum-moderation-queue");
            moderator.clickAndWait("#queue .hide");
            moderator
                    .type("input[id$=':reason']", "Mensaje duplicado en otro tema")
                    .clickAndWait("input[id$=':confirm-hide']");
            assertTrue(moderator.pageText().contains("Mensaje oculto"), moderator.pageText());
            assertFalse(moderator.all("#queue-empty").isEmpty(), "the queue is empty again");

            citizen.open("/foro?evento=" + forum);
            assertTrue(
                    citizen.all("#threads .thread").isEmpty(), "a thread whose opening post is hidden is not public");
            citizen.assertAccessible();
            citizen.screenshot("forum-list");

            closeForumNow(forum);
            // The server's timer closes it within fifteen seconds; the page is opened again until it says so.
            new WebDriverWait(citizen.driver(), Duration.ofSeconds(40))
                    .pollingEvery(Duration.ofSeconds(1))
                    .until(d -> {
                        citizen.open("/foro?evento=" + forum);
                        return !citizen.all("#forum-archive").isEmpty();
                    });
            assertTrue(citizen.text("#forum-archive").contains("archivo de consulta"));
            assertTrue(citizen.all("#new-thread\\:start").isEmpty(), "no new threads in an archive");
            citizen.phoneScreenshot("forum-archive-phone");
        }
    }

    /** A forum not yet open says only when it opens, and gives its last day, not the midnight after it. */
    @Test
    void aForumNotYetOpenSaysWhenItOpensAndItsLastDay() throws Exception {
        // Monday 1 to Sunday 21 March 2027 in Mexico City: it ends at midnight after the 21st.
        OffsetDateTime first = OffsetDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-6));
        String topic =
                "Prevención del golpe de calor " + UUID.randomUUID().toString().substring(0, 6);
        long forum = TestDatabase.event("FORUM", topic, first, first.plusDays(21), "SCHEDULED");
        try (Browser citizen = new Browser()) {
            citizen.open("/foro?evento=" + forum);
            assertEquals(topic, citizen.text("h1"));
            assertEquals(
                    "Este foro abre el lunes, 1 de marzo de 2027; podrás participar a partir de ese día.",
                    citizen.text("#forum-soon"));
            assertEquals("1 de marzo de 2027 – 21 de marzo de 2027", citizen.text("#forum-days"));
            String page = citizen.pageText();
            assertFalse(page.contains("Abre el primero"), page);
            assertFalse(page.contains("22 de marzo") || page.contains("00:00"), page);
            assertTrue(citizen.all("#threads-empty").isEmpty()
                    && citizen.all("#new-thread\\:start").isEmpty());
            citizen.assertAccessible();
            citizen.screenshot("forum-not-yet-open");
            citizen.phoneScreenshot("forum-not-yet-open-phone");
        } finally {
            try (Connection c = TestDatabase.connect()) {
                TestDatabase.update(c, "update engagement_event set status = 'CANCELLED' where id = ?", forum);
            }
        }
    }

    /** A forum of the demo expert, open since yesterday for two weeks. */
    static long openForumNow(String topic) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return TestDatabase.event("FORUM", topic, now.minusDays(1), now.plusDays(13), "OPEN");
    }

    static void closeForumNow(long forum) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestDatabase.update(
                    c,
                    "update engagement_event set ends_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                    forum);
        }
    }
}
