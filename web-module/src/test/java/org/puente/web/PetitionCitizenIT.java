package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockSetting;
import org.puente.casework.HistoryLine;
import org.puente.identity.UserAccount;
import org.puente.notification.Mailer;
import org.puente.organization.Body;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChanged;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionEntry;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionStatus;
import org.puente.petition.PetitionSurveyAnswers;
import org.puente.petition.PetitionTracking;
import org.puente.petition.PetitionType;
import org.puente.petition.PetitionView;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.SurveyResponse;

/**
 * The citizen's side of a petition on the real WAR: filing through the intake service and through the public
 * form (bad input refused on its fields, nothing saved), the acuse and the response e-mailed with their PDFs
 * (GreenMail inside the container), tracking by folio alone (no history, no text) and with the code (the
 * public entries, never a staff note), the documents' downloads, the answer to a prevención, and the survey
 * answered once. Staff steps, which the staff helper's services take, are taken here on the entity in a
 * transaction, firing {@link PetitionChanged} as those services do.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetitionCitizenIT {

    /** GreenMail's SMTP port inside the container; not the one of ReportIT or PlatformIT. */
    private static final int SMTP_PORT = 32027;

    private static final Pattern FOLIO = Pattern.compile("MET-PQR-\\d{4}-\\d{6}");

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(PetitionCitizenIT.class, TestSql.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addAsResource(
                        new StringAsset("puente.demo=true\n"
                                + "puente.smtp.host=localhost\n"
                                + "puente.smtp.port=" + SMTP_PORT + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Inject
    private PetitionIntake intake;

    @Inject
    private PetitionTracking tracking;

    @Inject
    private Mailer mailer;

    @Inject
    private CaseClocks clocks;

    @Inject
    private Event<PetitionChanged> changes;

    @Inject
    private Clock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theServiceFilesAPetitionAndTheAcuseIsMailedWithItsPdf() throws Exception {
        assertTrue(mailer.isConfigured(), "the deployment configures puente.smtp.host");
        String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            PetitionReceipt receipt = intake.file(
                    new NewPetition(
                            metepec(),
                            PetitionType.PETICION,
                            null,
                            CaseIdentity.RESERVED,
                            obras(),
                            "Poda de árbol",
                            "Rosa Reservada pide podar el fresno de su calle",
                            "Rosa Reservada",
                            email,
                            null,
                            true,
                            null),
                    PetitionChannel.WEB);
            assertTrue(FOLIO.matcher(receipt.folio()).matches(), receipt.folio());
            assertNotNull(receipt.trackingCode(), "no account: a tracking code");
            assertNotNull(receipt.firstCountedDay());
            sendAll();

            List<MimeMessage> toFiler = to(smtp, email);
            assertFalse(toFiler.isEmpty(), "GreenMail received the acuse for " + email);
            MimeMessage acuse = toFiler.get(0);
            assertEquals("Acuse de recibo de tu Petición " + receipt.folio(), acuse.getSubject());
            Multipart parts = (Multipart) acuse.getContent();
            assertEquals(2, parts.getCount(), "the text and the PDF");
            String text = String.valueOf(parts.getBodyPart(0).getContent());
            assertTrue(text.contains("recibió tu Petición con el folio " + receipt.folio()), text);
            assertTrue(text.contains("/seguimiento?folio=" + receipt.folio()), text);
            assertFalse(text.contains(receipt.trackingCode()), "the code is not mailed: " + text);
            BodyPart pdf = parts.getBodyPart(1);
            assertEquals("acuse-" + receipt.folio() + ".pdf", pdf.getFileName());
            assertEquals(Part.ATTACHMENT, pdf.getDisposition());
            assertTrue(pdf.getContentType().startsWith("application/pdf"), pdf.getContentType());
            String document = pdfText(bytes(pdf.getInputStream()));
            assertTrue(document.contains("Acuse de recibo"), document);
            assertTrue(document.contains(receipt.folio()), document);
            assertTrue(document.contains("Municipio de Metepec") || document.contains("Metepec"), document);
            assertFalse(document.contains("fresno"), "no word of the citizen: " + document);

            // The department is told, without the reserved filer's name, address or words.
            List<MimeMessage> toDepartment = to(smtp, "obras.publicas@metepec.gob.mx");
            MimeMessage notice = toDepartment.stream()
                    .filter(m -> subject(m).contains(receipt.folio()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the department's notice of " + receipt.folio()));
            String noticeText = String.valueOf(notice.getContent());
            assertTrue(noticeText.contains("identidad reservada"), noticeText);
            assertFalse(noticeText.contains("Rosa"), noticeText);
            assertFalse(noticeText.contains(email), noticeText);
            assertFalse(noticeText.contains("fresno"), noticeText);
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(2)
    void badInputIsRefusedOnItsFieldsAndNothingIsSaved() throws Exception {
        long before = sql().number("select count(*) from petition");
        InvalidInputException noType = assertThrows(
                InvalidInputException.class,
                () -> intake.file(form(null, CaseIdentity.IDENTIFIED, " ", null), PetitionChannel.WEB));
        assertEquals(Set.of("type", "text"), fields(noType));
        InvalidInputException noContact = assertThrows(
                InvalidInputException.class,
                () -> intake.file(
                        form(PetitionType.QUEJA, CaseIdentity.IDENTIFIED, "Me trataron mal", null),
                        PetitionChannel.WEB));
        assertEquals(Set.of("contactEmail"), fields(noContact));
        InvalidInputException anonymousComplaint = assertThrows(
                InvalidInputException.class,
                () -> intake.file(
                        form(PetitionType.QUEJA, CaseIdentity.ANONYMOUS, "Me trataron mal", null),
                        PetitionChannel.WEB));
        assertEquals(Set.of("identity"), fields(anonymousComplaint));
        assertEquals(before, sql().number("select count(*) from petition"), "nothing saved");
    }

    @Test
    @Order(3)
    void thePublicFormShowsTheHoursRefusesOnItsFieldsKeepsWhatWasTypedAndFiles() throws Exception {
        Browser browser = new Browser();
        String page = browser.get("/peticion").body();
        assertTrue(page.contains("Lunes a viernes de 9:00 a 18:00"), "Metepec's attention hours: " + page);
        assertTrue(page.contains("su plazo empieza a contar el siguiente día hábil"), page);
        long before = sql().number("select count(*) from petition");

        Map<String, String> wrong = new LinkedHashMap<>(bodyField(page));
        wrong.put("petition:type", "");
        wrong.put("petition:identity", "IDENTIFIED");
        wrong.put("petition:subject", "Luminaria apagada");
        wrong.put("petition:text", "");
        HttpResponse<String> refused = browser.submit("/peticion", "petition", wrong);
        assertEquals(200, refused.statusCode());
        String again = refused.body();
        assertTrue(again.contains("Elige el tipo: petición, queja, reclamo, sugerencia o denuncia."), again);
        assertTrue(again.contains("Describe tu petición."), again);
        assertTrue(again.contains("id=\"petition:type-error\""), again);
        assertTrue(again.contains("id=\"petition:text-error\""), again);
        assertTrue(again.contains("value=\"Luminaria apagada\""), "what was typed stays: " + again);
        assertEquals(before, sql().number("select count(*) from petition"), "nothing saved");

        String email = "luis-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        Map<String, String> right = new LinkedHashMap<>(bodyField(again));
        right.put("petition:type", "PETICION");
        right.put("petition:identity", "IDENTIFIED");
        right.put("petition:subject", "Luminaria apagada");
        right.put("petition:text", "La luminaria de la esquina lleva una semana apagada.");
        right.put("petition:contactName", "Luis Vecino");
        right.put("petition:contactEmail", email);
        right.put("petition:privacyConsent", "true");
        HttpResponse<String> filed = browser.submit("/peticion", "petition", right);
        assertEquals("/peticion-enviada", browser.location(filed));
        String receipt = browser.get("/peticion-enviada").body();
        Matcher folio = FOLIO.matcher(receipt);
        assertTrue(folio.find(), receipt);
        Matcher code = Pattern.compile("id=\"tracking-code\">([A-Z0-9]+)<").matcher(receipt);
        assertTrue(code.find(), receipt);
        assertTrue(receipt.contains("Su plazo empieza a contar el"), receipt);
        assertEquals(before + 1, sql().number("select count(*) from petition"));
        assertEquals("WEB", sql().string("select channel from petition where folio = ?", folio.group()));

        // The browser that filed it knows its code for the session: the acuse opens by folio alone.
        HttpResponse<byte[]> acuse = browser.bytes("/acuse?folio=" + folio.group());
        assertEquals(200, acuse.statusCode());
        assertEquals("%PDF-", new String(acuse.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(
                "application/pdf",
                acuse.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(
                "attachment; filename=\"acuse-" + folio.group() + ".pdf\"",
                acuse.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(acuse.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        Browser stranger = new Browser();
        assertEquals(404, stranger.bytes("/acuse?folio=" + folio.group()).statusCode(), "another browser: 404");
        assertEquals(
                404,
                stranger.bytes("/acuse?folio=" + folio.group() + "&codigo=" + code.group(1))
                        .statusCode(),
                "a code in the address opens nothing");
        assertEquals(404, browser.bytes("/respuesta?folio=" + folio.group()).statusCode(), "no response yet");
    }

    @Test
    @Order(4)
    void theFolioAloneShowsNoHistoryAndTheCodeShowsThePublicEntriesButNeverANote() throws Exception {
        PetitionReceipt receipt = intake.file(
                form(
                        PetitionType.RECLAMO,
                        CaseIdentity.IDENTIFIED,
                        "El camión de basura no pasó en mi calle",
                        "r@example.mx"),
                PetitionChannel.WEB);
        String note = "Nota interna: revisar con la cuadrilla " + UUID.randomUUID();
        inTransaction(() -> {
            Petition p = petition(receipt.folio());
            p.note(note, admin(), OffsetDateTime.now(clock));
            return null;
        });

        PetitionView alone = tracking.track(receipt.folio(), null).orElseThrow();
        assertFalse(alone.filer());
        assertEquals(PetitionType.RECLAMO, alone.type());
        assertEquals(PetitionStatus.RECIBIDA, alone.status());
        assertNotNull(alone.dueAt());
        assertTrue(alone.history().isEmpty(), "no history without the code");
        assertTrue(alone.trace().isEmpty());
        assertNull(alone.response());
        PetitionView wrongCode = tracking.track(receipt.folio(), "ZZZZZZZZ").orElseThrow();
        assertTrue(wrongCode.codeMismatch());
        assertTrue(wrongCode.history().isEmpty());

        PetitionView mine =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertTrue(mine.filer());
        assertEquals(
                List.of("RECEIVED"),
                mine.history().stream().map(HistoryLine::kind).toList(),
                "the note is not public");
        assertFalse(mine.trace().isEmpty(), "¿Cómo se calculó?");

        Browser browser = new Browser();
        String publicPage = browser.get("/seguimiento?folio=" + receipt.folio()).body();
        assertTrue(publicPage.contains("id=\"petition-folio\">" + receipt.folio()), publicPage);
        assertFalse(publicPage.contains("id=\"history\""), publicPage);
        assertFalse(publicPage.contains("camión de basura"), publicPage);
        assertFalse(publicPage.contains(note), publicPage);
        String filerPage =
                browser.track(receipt.folio(), receipt.trackingCode()).body();
        // An old link with the code in its address: the code goes into the session, the address loses it.
        Browser oldLink = new Browser();
        HttpResponse<String> old =
                oldLink.get("/seguimiento?folio=" + receipt.folio() + "&codigo=" + receipt.trackingCode());
        assertEquals(302, old.statusCode(), old.body());
        assertEquals(
                runnerRequest.getContextPath() + "/seguimiento?folio=" + receipt.folio(),
                URI.create(old.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                        + URI.create(old.headers().firstValue("Location").orElseThrow())
                                .getRawQuery());
        assertTrue(
                oldLink.get("/seguimiento?folio=" + receipt.folio()).body().contains("id=\"history\""),
                "the old link still opens the filer's page");
        assertTrue(filerPage.contains("id=\"history\""), filerPage);
        assertTrue(filerPage.contains("¿Cómo se calculó?"), filerPage);
        assertFalse(filerPage.contains("Nota interna"), "never a staff note: " + filerPage);
        assertTrue(
                filerPage.contains("href=\"" + runnerRequest.getContextPath() + "/acuse?folio=" + receipt.folio()),
                filerPage);
    }

    @Test
    @Order(5)
    void theFilerAnswersAPrevencion() throws Exception {
        // Metepec's complaints on Ley 1755's terms, which allow a prevención and the filer's one extension.
        inTransaction(() -> {
            Body body = em.find(Body.class, metepec());
            // The demo may have set Metepec's complaints already: change that setting, or make one.
            ClockSetting setting = em.createNamedQuery("ClockSetting.of", ClockSetting.class)
                    .setParameter("body", body)
                    .setParameter("caseType", PetitionType.QUEJA.caseType())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (setting == null) {
                em.persist(new ClockSetting(
                        body,
                        PetitionType.QUEJA.caseType(),
                        ClockPreset.CO_LEY_1755_GENERAL,
                        ClockPreset.CO_LEY_1755_GENERAL.terms(),
                        OffsetDateTime.now(clock),
                        admin()));
            } else {
                setting.change(
                        ClockPreset.CO_LEY_1755_GENERAL,
                        ClockPreset.CO_LEY_1755_GENERAL.terms(),
                        OffsetDateTime.now(clock),
                        admin());
            }
            return null;
        });
        PetitionReceipt receipt = intake.file(
                form(
                        PetitionType.QUEJA,
                        CaseIdentity.IDENTIFIED,
                        "Me cobraron de más en la ventanilla",
                        "q@example.mx"),
                PetitionChannel.WEB);
        inTransaction(() -> {
            Petition p = petition(receipt.folio());
            p.prevent(
                    clocks.clockOf(p.getBody()), "Indica la fecha y la ventanilla", admin(), OffsetDateTime.now(clock));
            changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.PREVENTION));
            return null;
        });

        PetitionView prevented =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertTrue(prevented.prevented());
        assertNotNull(prevented.answerDue());
        assertTrue(prevented.answerExtendable(), "Ley 1755 lets the filer ask once for more time");
        assertNull(prevented.dueAt(), "the clock stands still");
        assertTrue(prevented.history().stream()
                .anyMatch(e -> "PREVENTION".equals(e.kind()) && "Indica la fecha y la ventanilla".equals(e.text())));
        assertFalse(tracking.track(receipt.folio(), null).orElseThrow().prevented(), "not without the code");

        assertEquals(
                "error.notFound",
                assertThrows(
                                BusinessException.class,
                                () -> tracking.answerPrevention(receipt.folio(), null, "El lunes"))
                        .getMessageKey());
        BusinessException blank = assertThrows(
                BusinessException.class, () -> tracking.answerPrevention(receipt.folio(), receipt.trackingCode(), " "));
        assertEquals("answer", blank.getField());
        assertEquals("petition.answer.required", blank.getMessageKey());

        tracking.extendAnswerTime(receipt.folio(), receipt.trackingCode());
        assertFalse(
                tracking.track(receipt.folio(), receipt.trackingCode())
                        .orElseThrow()
                        .answerExtendable(),
                "once");
        tracking.answerPrevention(receipt.folio(), receipt.trackingCode(), "El lunes 7, ventanilla 3 de Tesorería");

        PetitionView answered =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertEquals(PetitionStatus.EN_TRAMITE, answered.status());
        assertFalse(answered.prevented());
        assertNotNull(answered.dueAt(), "the clock runs again");
        assertEquals(
                List.of("RECEIVED", "PREVENTION", "ANSWER_TIME_EXTENDED", "CITIZEN_ANSWER"),
                answered.history().stream().map(HistoryLine::kind).toList());
        assertEquals(
                "El lunes 7, ventanilla 3 de Tesorería",
                answered.history().get(3).text());
    }

    @Test
    @Order(6)
    void theResponseIsMailedWithItsPdfDownloadedAndSurveyedOnce() throws Exception {
        String email = "ana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            PetitionReceipt receipt = intake.file(
                    form(
                            PetitionType.PETICION,
                            CaseIdentity.IDENTIFIED,
                            "Solicito copia del reglamento de mercados",
                            email),
                    PetitionChannel.WEB);
            assertEquals(
                    "survey.notYet",
                    assertThrows(
                                    BusinessException.class,
                                    () -> tracking.answerSurvey(
                                            receipt.folio(),
                                            receipt.trackingCode(),
                                            new PetitionSurveyAnswers(true, true, SurveyResponse.Degree.MUCHO)))
                            .getMessageKey());
            inTransaction(() -> {
                Petition p = petition(receipt.folio());
                p.respond(
                        clocks.clockOf(p.getBody()),
                        "Le enviamos el reglamento vigente de mercados.",
                        admin(),
                        OffsetDateTime.now(clock));
                changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.RESPONDED));
                return null;
            });
            sendAll();
            MimeMessage response = to(smtp, email).stream()
                    .filter(m -> subject(m).startsWith("Respuesta a tu Petición"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the response e-mail"));
            Multipart parts = (Multipart) response.getContent();
            assertTrue(String.valueOf(parts.getBodyPart(0).getContent()).contains("Le enviamos el reglamento vigente"));
            assertEquals(
                    "respuesta-" + receipt.folio() + ".pdf",
                    parts.getBodyPart(1).getFileName());
            String document = pdfText(bytes(parts.getBodyPart(1).getInputStream()));
            assertTrue(document.contains("Le enviamos el reglamento vigente de mercados."), document);
            assertTrue(document.contains(receipt.folio()), document);

            Browser browser = new Browser();
            browser.track(receipt.folio(), receipt.trackingCode());
            HttpResponse<byte[]> pdf = browser.bytes("/respuesta?folio=" + receipt.folio());
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

            PetitionView answered =
                    tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
            assertEquals("Le enviamos el reglamento vigente de mercados.", answered.response());
            assertTrue(answered.surveyOpen());
            InvalidInputException incomplete = assertThrows(
                    InvalidInputException.class,
                    () -> tracking.answerSurvey(
                            receipt.folio(), receipt.trackingCode(), new PetitionSurveyAnswers(null, true, null)));
            assertEquals(Set.of("answered", "accountability"), fields(incomplete));
            tracking.answerSurvey(
                    receipt.folio(),
                    receipt.trackingCode(),
                    new PetitionSurveyAnswers(true, true, SurveyResponse.Degree.POCO));
            assertEquals(
                    "survey.already",
                    assertThrows(
                                    BusinessException.class,
                                    () -> tracking.answerSurvey(
                                            receipt.folio(),
                                            receipt.trackingCode(),
                                            new PetitionSurveyAnswers(false, false, SurveyResponse.Degree.NADA)))
                            .getMessageKey());
            PetitionView surveyed =
                    tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
            assertTrue(surveyed.surveyAnswered());
            assertFalse(surveyed.surveyOpen());
            List<List<String>> rows = sql().rows(
                            "select s.problem_fixed, s.accountability from survey_response s join petition p"
                                    + " on p.id = s.petition_id where p.folio = ? and s.report_id is null",
                            receipt.folio());
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("true", rows.get(0).get(0).toLowerCase());
            assertEquals("POCO", rows.get(0).get(1));
        } finally {
            smtp.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private NewPetition form(PetitionType type, CaseIdentity identity, String text, String email) throws Exception {
        return new NewPetition(
                metepec(),
                type,
                null,
                identity,
                null,
                "Asunto de prueba",
                text,
                identity == CaseIdentity.ANONYMOUS ? null : "Vecina de prueba",
                email,
                null,
                true,
                null);
    }

    private static Set<String> fields(InvalidInputException refusal) {
        return refusal.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet());
    }

    private long metepec() throws Exception {
        return sql().number("select id from body where code = 'MET'");
    }

    private long obras() throws Exception {
        return sql().number("select id from department where name = 'Dirección de Obras Públicas'");
    }

    private Petition petition(String folio) {
        return em.createNamedQuery("Petition.byFolio", Petition.class)
                .setParameter("folio", folio)
                .getSingleResult();
    }

    private UserAccount admin() {
        return em.createQuery("select u from UserAccount u where u.username = 'admin'", UserAccount.class)
                .getSingleResult();
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private TestSql sql() {
        return new TestSql(dataSource);
    }

    private void sendAll() {
        int rounds = 0;
        while (mailer.sendDue() > 0) {
            assertTrue(++rounds < 40, "the outbox empties within 40 batches");
        }
    }

    private static List<MimeMessage> to(GreenMail smtp, String email) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Address[] to = m.getAllRecipients();
            if (to == null) {
                continue;
            }
            for (Address a : to) {
                if (a instanceof InternetAddress i && email.equalsIgnoreCase(i.getAddress())) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(InputStream in) throws Exception {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The municipality choice, when the form shows one (more than one municipality): Metepec. */
    private Map<String, String> bodyField(String page) throws Exception {
        return page.contains("name=\"petition:body\"") ? Map.of("petition:body", String.valueOf(metepec())) : Map.of();
    }

    /** A visitor's browser on the deployment: its cookies, JSF forms posted with their view state, no redirect followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base = "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
        private String lastPage = "";

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            lastPage = response.body();
            return response;
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Posts a form of the page last read (its view state and button "FORM:submit") with these fields. */
        HttpResponse<String> submit(String path, String form, Map<String, String> fields) throws Exception {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put(form, form);
            all.put(form + ":submit", "x");
            all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                lastPage = response.body();
            }
            return response;
        }

        /**
         * Types the folio and the code into /seguimiento's form (posted: the code is never in an address) and
         * returns the page it lands on, by folio only.
         */
        HttpResponse<String> track(String folio, String code) throws Exception {
            get("/seguimiento?folio=" + folio);
            HttpResponse<String> posted =
                    submit("/seguimiento", "lookup", Map.of("lookup:folio", folio, "lookup:codigo", code));
            assertEquals(302, posted.statusCode(), posted.body());
            String target = posted.headers().firstValue("Location").orElseThrow();
            assertFalse(target.contains(code), "the code stays out of the address: " + target);
            return get(target.substring(target.indexOf("/seguimiento")));
        }

        /** The path (without the context path and query) a redirect points at. */
        String location(HttpResponse<String> response) {
            assertEquals(302, response.statusCode(), response.uri() + " " + response.body());
            String path = URI.create(response.headers().firstValue("Location").orElseThrow())
                    .getPath();
            return path.substring(runnerRequest.getContextPath().length());
        }
    }
}
