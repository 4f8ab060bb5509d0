package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service report from start to end, in the browser: a citizen files it with a photo on the public
 * form, the department's agent finds it in his queue and resolves it, and the citizen's tracking
 * page shows the history and the satisfaction survey.
 */
class ReportFlowIT {

    private static Browser browser;
    private static Path photo;
    /** A phone photo as phones write them: EXIF with the GPS position and the camera's serial "PuenteCam SN-0042". */
    private static Path gpsPhoto;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.DARK_GRAY);
        image.getGraphics().fillRect(10, 10, 30, 20);
        photo = Files.createTempFile("bache", ".png");
        ImageIO.write(image, "png", photo.toFile());
        gpsPhoto = Files.createTempFile("bache-con-gps", ".jpg");
        try (java.io.InputStream in = ReportFlowIT.class.getResourceAsStream("/bache-con-gps.jpg")) {
            Files.write(gpsPhoto, in.readAllBytes());
        }
    }

    @AfterAll
    static void stop() throws IOException {
        browser.close();
        Files.deleteIfExists(photo);
        Files.deleteIfExists(gpsPhoto);
    }

    private static void fill(String service, String colonia, String description, String street) {
        browser.select("#report\\:service", service);
        browser.select("#report\\:colonia", colonia);
        browser.type("#report\\:description", description).type("#report\\:street", street);
    }

    /** The photo is kept, written again without its EXIF: no GPS position, no camera serial. */
    private static void assertPhotoKeptWithoutMetadata(String folio) {
        try (java.sql.Connection c = TestDatabase.connect();
             java.sql.PreparedStatement q = c.prepareStatement("select p.data from report_photo p join service_report r"
                     + " on r.id = p.report_id where r.folio = ?")) {
            q.setString(1, folio);
            try (java.sql.ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next(), "the photo was kept");
                String kept = new String(rows.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(kept.startsWith("\u00FF\u00D8"), "still a JPEG");
                assertFalse(kept.contains("Exif"), "no EXIF segment left");
                assertFalse(kept.contains("PuenteCam"), "no camera serial left");
                assertFalse(rows.next(), "one photo");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCitizenReportsTheAgentResolvesAndTheCitizenSeesItAndAnswersTheSurvey() {
        String street = "Av. Estado de México " + (100 + (int) (Math.random() * 800));
        browser.open("/reportar");
        browser.assertAccessible();
        fill("Bacheo", "Barrio de Santa Cruz (Cabecera Municipal)", "Bache profundo frente a la escuela, "
                + UUID.randomUUID(), street);
        browser.type("#report\\:reference", "Frente a la primaria");
        browser.keys("#report\\:photos", gpsPhoto.toString());
        browser.type("#report\\:contactEmail", "vecina@example.mx");
        browser.click("#report\\:privacyConsent");
        browser.phoneScreenshot("report-form-phone");
        browser.clickAndWait("#report\\:submit");
        if (!browser.all("#similar").isEmpty()) {
            browser.clickAndWait("#report\\:submit");
        }
        assertEquals("/reporte-enviado", browser.path());
        String folio = browser.text("#folio");
        String code = browser.text("#tracking-code");
        assertTrue(folio.matches("MET-\\d{4}-\\d{6}"), folio);
        assertEquals(10, code.length());
        assertEquals("Dirección de Obras Públicas", browser.text("#department"), "the receipt names the department");
        assertTrue(browser.text("#due").matches("\\d{1,2}.\\p{L}+\\.?.\\d{4}.{1,3}\\d{1,2}:\\d{2}.*"),
                "the receipt gives the deadline: " + browser.text("#due"));
        browser.screenshot("report-sent");
        browser.phoneScreenshot("report-sent-phone");
        assertPhotoKeptWithoutMetadata(folio);

        try (Browser agent = new Browser()) {
            agent.signIn("agente", "demo");
            agent.open("/staff/reportes");
            agent.type("#queue\\:folio", folio);
            agent.click("#queue\\:apply");
            new org.openqa.selenium.support.ui.WebDriverWait(agent.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> agent.pageText().contains(folio) && agent.all("#queue\\:table tbody tr").size() == 1);
            agent.screenshot("queue-agent");
            agent.clickAndWait("#queue\\:table a");
            assertTrue(agent.pageText().contains("Bache profundo"));
            assertEquals(1, agent.all("img.photo").size(), "the photo is on the detail page");
            agent.clickAndWait("#actions\\:take");
            agent.clickAndWait("#actions\\:start");
            agent.clickAndWait("#actions\\:resolve");
            assertTrue(agent.pageText().contains("Escribe qué se hizo para resolverlo."), "a resolution needs a note");
            agent.type("#actions\\:note", "Se rellenó y compactó el bache.").clickAndWait("#actions\\:resolve");
            assertEquals("Resuelto", agent.text("#status"));
            agent.screenshot("report-detail-resolved");
        }

        browser.open("/seguimiento?folio=" + folio + "&codigo=" + code);
        assertEquals("Resuelto", browser.text("#status"));
        String history = browser.text("#history");
        assertTrue(history.contains("Recibido") && history.contains("Asignado") && history.contains("En proceso")
                && history.contains("Resuelto"), history);
        assertTrue(history.contains("Se rellenó y compactó el bache."));
        assertFalse(history.contains("Jorge"), "no staff member's name on the public page");
        assertTrue(browser.pageText().contains("¡Ayúdanos a mejorar!"));
        browser.assertAccessible();
        browser.screenshot("tracking-survey");
        browser.click("#survey\\:fixed\\:0");
        browser.click("#survey\\:knowsService\\:0");
        browser.click("#survey\\:effectiveChannel\\:0");
        browser.click("#survey\\:accountability\\:0");
        browser.type("#survey\\:priorityServices", "Bacheo y alumbrado");
        browser.clickAndWait("#survey\\:send");
        assertTrue(browser.pageText().contains("¡Gracias por tus respuestas!"), browser.pageText());

        browser.open("/seguimiento?folio=" + folio);
        assertEquals("Resuelto", browser.text("#status"));
        assertFalse(browser.pageText().contains("Bache profundo"), "without the code, no description");
    }

    @Test
    void thePhotoChosenBeforeTheSimilarReportsPanelIsFiledWithTheReport() {
        String street = "Calle Allende " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/reportar");
        fill("Bacheo", "Barrio de San Mateo (Cabecera Municipal)", "Bache grande en la esquina", street);
        browser.click("#report\\:privacyConsent");
        browser.clickAndWait("#report\\:submit");
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String first = browser.text("#folio");

        browser.open("/reportar");
        fill("Bacheo", "Barrio de San Mateo (Cabecera Municipal)", "Otro bache, junto a la coladera", street);
        browser.keys("#report\\:photos", photo.toString());
        browser.click("#report\\:privacyConsent");
        browser.clickAndWait("#report\\:submit");
        assertTrue(browser.text("#similar").contains(first), browser.pageText());
        assertTrue(browser.text("#report\\:photos-held").contains("Tu foto sigue adjunta y se enviará con el reporte"),
                "the page says the photo is kept: " + browser.pageText());
        assertEquals("La foto que elegiste se enviará con el reporte.", browser.text("#similar-photos"),
                "the panel says so where the citizen decides");
        browser.assertAccessible();
        browser.screenshot("report-similar-photo-kept");
        browser.phoneScreenshot("report-similar-photo-kept-phone");
        browser.clickAndWait("#report\\:fileAnyway");
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String second = browser.text("#folio");
        assertFalse(second.equals(first));

        try (Browser agent = new Browser()) {
            agent.signIn("agente", "demo");
            agent.open("/staff/reportes");
            agent.type("#queue\\:folio", second);
            agent.click("#queue\\:apply");
            new org.openqa.selenium.support.ui.WebDriverWait(agent.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> agent.pageText().contains(second) && agent.all("#queue\\:table tbody tr").size() == 1);
            agent.clickAndWait("#queue\\:table a");
            assertEquals(1, agent.all("img.photo").size(), "the photo chosen before the panel was filed");
        }
    }

    @Test
    void aServiceCardOfTheHomePageOpensTheFormWithThatService() {
        browser.open("/");
        assertTrue(browser.pageText().contains("Servicios públicos del H. Ayuntamiento de Metepec"), browser.pageText());
        browser.screenshot("home-service-links");
        browser.phoneScreenshot("home-service-links-phone");
        browser.clickAndWait("#service-MET-bacheo");
        assertEquals("/reportar?servicio=bacheo&municipio=MET", browser.path());
        assertEquals("Bacheo", browser.selected("#report\\:service"));
        browser.open("/reportar?servicio=no-existe&municipio=MET");
        assertEquals("Elige el servicio…", browser.selected("#report\\:service"), "an unknown code is ignored");
        browser.open("/?idioma=en");
        assertTrue(browser.pageText().contains("Public services of the H. Ayuntamiento de Metepec"), browser.pageText());
        browser.open("/?idioma=es");
    }

    @Test
    void aSignedInCitizenSeesHisReportsOnHisAccount() {
        browser.signIn("ciudadano", "demo");
        browser.open("/reportar");
        assertEquals("ciudadano@example.mx", browser.attribute("#report\\:contactEmail", "value"), "his contact is filled in");
        assertEquals("María Guadalupe López García", browser.attribute("#report\\:contactName", "value"));
        fill("Recolección de basura", "Bellavista (San Gaspar Tlahuelilpan)", "No pasó el camión recolector el martes",
                "Privada de los Pinos " + UUID.randomUUID().toString().substring(0, 5));
        browser.click("#report\\:privacyConsent");
        browser.clickAndWait("#report\\:submit");
        if (!browser.all("#similar").isEmpty()) {
            browser.clickAndWait("#report\\:submit");
        }
        String folio = browser.text("#folio");
        assertTrue(browser.all("#tracking-code").isEmpty(), "a report filed with an account needs no tracking code");
        browser.open("/mi-cuenta");
        assertTrue(browser.text("#my-reports").contains(folio), browser.pageText());
        assertFalse(browser.pageText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "one date style: " + browser.pageText());
        browser.open("/seguimiento?folio=" + folio);
        assertTrue(browser.pageText().contains("No pasó el camión recolector"), "the owner sees the description");
        browser.signOut();
    }

    @Test
    void badInputGetsAClearMessageAndCreatesNothing() throws IOException {
        browser.open("/reportar").clickAndWait("#report\\:submit");
        assertEquals("Elige el servicio del que quieres reportar un problema.", browser.text("#report\\:service-error"));
        assertEquals("Describe el problema.", browser.text("#report\\:description-error"));
        assertEquals("Elige una colonia de la lista.", browser.text("#report\\:colonia-error"));
        assertEquals("Para enviar el reporte se debe aceptar el aviso de privacidad.",
                browser.text("#report\\:privacyConsent-error"));
        browser.screenshot("report-errors");

        Path fake = Files.createTempFile("programa", ".jpg");
        Files.writeString(fake, "MZ this is a program, not a photo");
        Path huge = Files.createTempFile("enorme", ".jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            file.setLength(20L * 1024 * 1024);
        }
        try {
            fill("Alumbrado público", "Pilares (San Lorenzo Coacalco)", "Luminaria apagada", "Calle Falsa 1");
            browser.click("#report\\:privacyConsent");
            browser.keys("#report\\:photos", fake.toString());
            browser.clickAndWait("#report\\:submit");
            if (!browser.all("#similar").isEmpty()) {
                browser.keys("#report\\:photos", fake.toString());
                browser.clickAndWait("#report\\:submit");
            }
            assertEquals("Solo se aceptan fotos JPEG o PNG.", browser.text("#report\\:photos-error"));
            assertEquals("Luminaria apagada", browser.attribute("#report\\:description", "value"), "nothing typed is lost");

            // Four photos: counted before any is read, refused with the limit.
            browser.keys("#report\\:photos", String.join("\n", photo.toString(), photo.toString(), photo.toString(),
                    gpsPhoto.toString()));
            browser.clickAndWait("#report\\:submit");
            if (!browser.all("#similar").isEmpty()) {
                browser.keys("#report\\:photos", String.join("\n", photo.toString(), photo.toString(), photo.toString(),
                        gpsPhoto.toString()));
                browser.clickAndWait("#report\\:submit");
            }
            assertEquals("Puedes adjuntar como máximo 3 fotos.", browser.text("#report\\:photos-error"));
            assertEquals("Luminaria apagada", browser.attribute("#report\\:description", "value"), "nothing typed is lost");

            browser.keys("#report\\:photos", huge.toString());
            browser.clickAndWait("#report\\:submit");
            assertEquals("Cada foto puede pesar como máximo 5 MB.", browser.text("#report\\:photos-error"));
            assertEquals("/reportar", browser.path(), "no report was filed");
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(huge);
        }
    }
}
