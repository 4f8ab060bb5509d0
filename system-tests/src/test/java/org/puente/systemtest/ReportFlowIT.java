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

    /** An agent finds the report in his queue and opens it. */
    private static StaffReportPage openInQueue(Browser agent, String folio) {
        StaffQueuePage.open(agent).find(folio);
        return StaffQueuePage.on(agent).openFirst();
    }

    /** The photo is kept, written again without its EXIF: no GPS position, no camera serial. */
    private static void assertPhotoKeptWithoutMetadata(String folio) {
        try (java.sql.Connection c = TestDatabase.connect();
                java.sql.PreparedStatement q =
                        c.prepareStatement("select p.data from report_photo p join service_report r"
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
    void aCitizenReportsTheAgentResolvesAndTheCitizenSeesItAndAnswersTheSurvey() throws Exception {
        String street = "Av. Estado de México " + (100 + (int) (Math.random() * 800));
        ReportFormPage form = ReportFormPage.open(browser);
        browser.assertAccessible();
        form.fill(
                        "Bacheo",
                        "Barrio de Santa Cruz (Cabecera Municipal)",
                        "Bache profundo frente a la escuela, " + UUID.randomUUID(),
                        street)
                .reference("Frente a la primaria")
                .photos(gpsPhoto)
                .contactEmail("vecina@example.mx")
                .acceptPrivacyNotice();
        browser.phoneScreenshot("report-form-phone");
        form.submitPastSimilar();
        assertEquals("/reporte-enviado", browser.path());
        ReceiptPage receipt = ReceiptPage.on(browser);
        String folio = receipt.folio();
        String code = receipt.trackingCode();
        assertTrue(folio.matches("MET-\\d{4}-\\d{6}"), folio);
        assertEquals(10, code.length());
        assertEquals("Dirección de Obras Públicas", receipt.department(), "the receipt names the department");
        assertTrue(
                receipt.due().matches("\\d{1,2}.\\p{L}+\\.?.\\d{4}.{1,3}\\d{1,2}:\\d{2}.*"),
                "the receipt gives the deadline: " + receipt.due());
        browser.screenshot("report-sent");
        browser.phoneScreenshot("report-sent-phone");
        assertPhotoKeptWithoutMetadata(folio);

        try (Browser agent = new Browser()) {
            agent.signIn("agente", "demo");
            StaffQueuePage.open(agent).find(folio);
            agent.screenshot("queue-agent");
            StaffReportPage detail = StaffQueuePage.on(agent).openFirst();
            assertTrue(agent.pageText().contains("Bache profundo"));
            assertEquals(1, detail.photos(), "the photo is on the detail page");
            detail.take().start().resolve();
            assertTrue(agent.pageText().contains("Escribe qué se hizo para resolverlo."), "a resolution needs a note");
            detail.note("Se rellenó y compactó el bache.").resolve();
            assertEquals("Resuelto", detail.status());
            agent.screenshot("report-detail-resolved");
        }

        TrackingPage tracking = TrackingPage.open(browser, folio, code);
        assertEquals("Resuelto", tracking.status());
        String history = tracking.history();
        assertTrue(
                history.contains("Recibido")
                        && history.contains("Asignado")
                        && history.contains("En proceso")
                        && history.contains("Resuelto"),
                history);
        assertTrue(history.contains("Se rellenó y compactó el bache."));
        assertFalse(history.contains("Jorge"), "no staff member's name on the public page");
        assertTrue(browser.pageText().contains("¡Ayúdanos a mejorar!"));
        browser.assertAccessible();
        browser.screenshot("tracking-survey");
        tracking.answerSurvey(true, true, true, true)
                .priorityServices("Bacheo y alumbrado")
                .sendSurvey();
        assertTrue(browser.pageText().contains("¡Gracias por tus respuestas!"), browser.pageText());

        // Another visitor with the folio alone: the status, never the description.
        String stranger = Visitor.anonymous().get("/seguimiento?folio=" + folio).body();
        assertTrue(stranger.contains("Resuelto"), stranger);
        assertFalse(stranger.contains("Bache profundo"), "without the code, no description");
    }

    @Test
    void thePhotoChosenBeforeTheSimilarReportsPanelIsFiledWithTheReport() {
        String street = "Calle Allende " + UUID.randomUUID().toString().substring(0, 6);
        ReportFormPage.open(browser)
                .fill("Bacheo", "Barrio de San Mateo (Cabecera Municipal)", "Bache grande en la esquina", street)
                .acceptPrivacyNotice()
                .submit();
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String first = ReceiptPage.on(browser).folio();

        ReportFormPage form = ReportFormPage.open(browser)
                .fill("Bacheo", "Barrio de San Mateo (Cabecera Municipal)", "Otro bache, junto a la coladera", street)
                .photos(photo)
                .acceptPrivacyNotice()
                .submit();
        assertTrue(form.similar().contains(first), browser.pageText());
        assertTrue(
                form.photosHeld().contains("Tu foto sigue adjunta y se enviará con el reporte"),
                "the page says the photo is kept: " + browser.pageText());
        assertEquals(
                "La foto que elegiste se enviará con el reporte.",
                browser.text("#similar-photos"),
                "the panel says so where the citizen decides");
        browser.assertAccessible();
        browser.screenshot("report-similar-photo-kept");
        browser.phoneScreenshot("report-similar-photo-kept-phone");
        form.fileAnyway();
        assertEquals("/reporte-enviado", browser.path(), browser.pageText());
        String second = ReceiptPage.on(browser).folio();
        assertFalse(second.equals(first));

        try (Browser agent = new Browser()) {
            agent.signIn("agente", "demo");
            assertEquals(1, openInQueue(agent, second).photos(), "the photo chosen before the panel was filed");
        }
    }

    @Test
    void aServiceCardOfTheHomePageOpensTheFormWithThatService() {
        browser.open("/");
        assertTrue(
                browser.pageText().contains("Servicios públicos del H. Ayuntamiento de Metepec"), browser.pageText());
        browser.screenshot("home-service-links");
        browser.phoneScreenshot("home-service-links-phone");
        browser.clickAndWait("#service-MET-bacheo");
        assertEquals("/reportar?servicio=bacheo&municipio=MET", browser.path());
        assertEquals("Bacheo", ReportFormPage.on(browser).selectedService());
        assertEquals(
                "Elige el servicio…",
                ReportFormPage.open(browser, "/reportar?servicio=no-existe&municipio=MET")
                        .selectedService(),
                "an unknown code is ignored");
        browser.open("/?idioma=en");
        assertTrue(
                browser.pageText().contains("Public services of the H. Ayuntamiento de Metepec"), browser.pageText());
        browser.open("/?idioma=es");
    }

    @Test
    void aSignedInCitizenSeesHisReportsOnHisAccount() {
        browser.signIn("ciudadano", "demo");
        ReportFormPage form = ReportFormPage.open(browser);
        assertEquals("ciudadano@example.mx", form.value("contactEmail"), "his contact is filled in");
        assertEquals("María Guadalupe López García", form.value("contactName"));
        form.fill(
                        "Recolección de basura",
                        "Bellavista (San Gaspar Tlahuelilpan)",
                        "No pasó el camión recolector el martes",
                        "Privada de los Pinos " + UUID.randomUUID().toString().substring(0, 5))
                .acceptPrivacyNotice()
                .submitPastSimilar();
        ReceiptPage receipt = ReceiptPage.on(browser);
        String folio = receipt.folio();
        assertFalse(receipt.hasTrackingCode(), "a report filed with an account needs no tracking code");
        browser.open("/mi-cuenta");
        assertTrue(browser.text("#my-reports").contains(folio), browser.pageText());
        assertFalse(
                browser.pageText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "one date style: " + browser.pageText());
        TrackingPage.open(browser, folio);
        assertTrue(browser.pageText().contains("No pasó el camión recolector"), "the owner sees the description");
        browser.signOut();
    }

    @Test
    void badInputGetsAClearMessageAndCreatesNothing() throws IOException {
        ReportFormPage form = ReportFormPage.open(browser).submit();
        assertEquals("Elige el servicio del que quieres reportar un problema.", form.error("service"));
        assertEquals("Describe el problema.", form.error("description"));
        assertEquals("Elige una colonia de la lista.", form.error("colonia"));
        assertEquals("Para enviar el reporte se debe aceptar el aviso de privacidad.", form.error("privacyConsent"));
        browser.screenshot("report-errors");

        Path fake = Files.createTempFile("programa", ".jpg");
        Files.writeString(fake, "MZ this is a program, not a photo");
        Path huge = Files.createTempFile("enorme", ".jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            file.setLength(20L * 1024 * 1024);
        }
        try {
            form.fill("Alumbrado público", "Pilares (San Lorenzo Coacalco)", "Luminaria apagada", "Calle Falsa 1")
                    .acceptPrivacyNotice()
                    .photos(fake)
                    .submit();
            if (form.showsSimilar()) {
                form.photos(fake).submit();
            }
            assertEquals("Solo se aceptan fotos JPEG o PNG.", form.error("photos"));
            assertEquals("Luminaria apagada", form.value("description"), "nothing typed is lost");

            // Four photos: counted before any is read, refused with the limit.
            form.photos(photo, photo, photo, gpsPhoto).submit();
            if (form.showsSimilar()) {
                form.photos(photo, photo, photo, gpsPhoto).submit();
            }
            assertEquals("Puedes adjuntar como máximo 3 fotos.", form.error("photos"));
            assertEquals("Luminaria apagada", form.value("description"), "nothing typed is lost");

            form.photos(huge).submit();
            assertEquals("Cada foto puede pesar como máximo 5 MB.", form.error("photos"));
            assertEquals("/reportar", browser.path(), "no report was filed");
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(huge);
        }
    }
}
