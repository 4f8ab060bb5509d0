package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockSettings;
import org.puente.casework.HistoryLine;
import org.puente.casework.RecalculationProgress;
import org.puente.casework.TermsInput;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportSteps;
import org.puente.report.ReportTracking;
import org.puente.report.TrackingView;

/**
 * The administrator's legal clocks on the real WAR and its database: terms saved for a body and case type
 * apply to the petitions received after them (and not to those received before); a holiday added later
 * moves an open petition's due date by one business day and writes its DUE_MOVED entry, never a closed
 * one's outcome; removing it moves it back. The application's clock stands at Tue 20 Oct 2026 noon in
 * Metepec, and the petitions are received on Mon 5 Oct 2026 at 10:00 (intake's {@code receivedAt}), a month
 * without official holidays; Metepec works Monday to Friday, 9:00 to 18:00. Every date is counted by hand.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockAdminIT {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-10-05T10:00-06:00");

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(ClockAdminIT.class, AdjustableClock.class, SignedInCalls.class, TestSql.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private ClockSettings settings;

    @Inject
    private PetitionIntake intake;

    @Inject
    private CaseClocks clocks;

    @Inject
    private ReportIntake reports;

    @Inject
    private ReportSteps work;

    @Inject
    private ReportTracking tracking;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @BeforeEach
    void aTuesdayInOctober2026() {
        clock.stopAt(Instant.parse("2026-10-20T18:00:00Z"));
        CaseClocks.forget();
    }

    @AfterEach
    void release() {
        clock.release();
        CaseClocks.forget();
    }

    @Test
    @Order(1)
    void termsSavedForAComplaintApplyToTheComplaintsReceivedAfterThem() throws Exception {
        TestSql sql = new TestSql(dataSource);
        // The municipal preset, 15 business days from Tue 6 Oct: 6-9 (4), 12-16 (9), 19-23 (14), Mon 26 Oct (15).
        PetitionReceipt before = file(PetitionType.QUEJA);
        assertEquals(OffsetDateTime.parse("2026-10-26T18:00-06:00"), before.dueAt());

        Long metepec = metepec().getId();
        TermsInput input = TermsInput.of(ClockPreset.MX_MUNICIPAL, ClockPreset.MX_MUNICIPAL.terms());
        input.setAmount(5);
        input.setWarningPercent(false);
        input.setWarningValue(1);
        asAdmin(() -> settings.save(metepec, PetitionType.QUEJA, input));
        assertEquals(
                "mx-municipal 5 BUSINESS_DAYS|DAY_AFTER_RECEIPT|U1|0|-|-|-",
                sql.string(
                        "select preset_code || ' ' || terms from clock_setting where body_id = ? and case_type = ?",
                        metepec,
                        "petition.QUEJA"));
        assertEquals(
                1L,
                sql.number(
                        "select count(*) from audit_entry where action = 'CLOCK_CHANGED' and subject_ref = ?",
                        "MET petition.QUEJA"));

        // 5 business days from Tue 6 Oct: 6, 7, 8, 9 (4), Mon 12 Oct (5). The warning: from the start of day 5.
        PetitionReceipt after = file(PetitionType.QUEJA);
        assertEquals(OffsetDateTime.parse("2026-10-12T18:00-06:00"), after.dueAt());
        assertEquals(
                "5 BUSINESS_DAYS|DAY_AFTER_RECEIPT|U1|0|-|-|-",
                sql.string("select clock_terms from petition where id = ?", after.id()));
        assertEquals(
                OffsetDateTime.parse("2026-10-12T09:00-06:00").toInstant(),
                sql.timestamp("select warn_from from petition where id = ?", after.id())
                        .toInstant());
        assertEquals(
                OffsetDateTime.parse("2026-10-26T18:00-06:00").toInstant(),
                sql.timestamp("select due_at from petition where id = ?", before.id())
                        .toInstant(),
                "the complaint received before keeps its terms");

        List<ClockSettings.TypeTerms> table = asAdmin(() -> settings.termsOf(metepec));
        assertEquals(PetitionType.values().length, table.size());
        ClockSettings.TypeTerms queja = table.get(PetitionType.QUEJA.ordinal());
        assertEquals(5, queja.terms().term().amount());
        assertTrue(queja.setting() != null);
        assertEquals(
                15,
                table.get(PetitionType.PETICION.ordinal()).terms().term().amount(),
                "the other types keep their terms (the demo's own setting or the preset)");
    }

    @Test
    @Order(2)
    void aHolidayAddedLaterMovesTheOpenPetitionsDueDateAndNeverAClosedOnesOutcome() throws Exception {
        TestSql sql = new TestSql(dataSource);
        Long metepec = metepec().getId();
        // 15 business days from Tue 6 Oct: due Mon 26 Oct 2026 at 18:00 (as above).
        PetitionReceipt open = file(PetitionType.PETICION);
        PetitionReceipt closed = file(PetitionType.PETICION);
        assertEquals(OffsetDateTime.parse("2026-10-26T18:00-06:00"), open.dueAt());
        respond(closed.id(), OffsetDateTime.parse("2026-10-12T10:00-06:00"));

        String job = asAdmin(() -> settings.addHoliday(metepec, LocalDate.of(2026, 10, 14), "Día de prueba del reloj"));
        RecalculationProgress done = waitFor(job);
        assertFalse(done.failed());
        assertTrue(done.moved() >= 1);

        // Wed 14 Oct no longer counts: day 15 is Tue 27 Oct.
        OffsetDateTime moved = OffsetDateTime.parse("2026-10-27T18:00-06:00");
        assertEquals(moved.toInstant(), due(sql, open.id()).toInstant());
        List<List<String>> entries =
                sql.rows("select text from petition_entry where petition_id = ? and kind = 'DUE_MOVED'", open.id());
        assertEquals(List.of(List.of("Día de prueba del reloj")), entries);
        assertEquals(
                OffsetDateTime.parse("2026-10-26T18:00-06:00").toInstant(),
                sql.timestamp(
                                "select due_before from petition_entry where petition_id = ? and kind = 'DUE_MOVED'",
                                open.id())
                        .toInstant());
        assertEquals(
                moved.toInstant(),
                sql.timestamp(
                                "select due_after from petition_entry where petition_id = ? and kind = 'DUE_MOVED'",
                                open.id())
                        .toInstant());

        // The closed one: answered Mon 12 Oct, due Mon 26 Oct, met its term; nothing of it changes.
        assertEquals(
                OffsetDateTime.parse("2026-10-26T18:00-06:00").toInstant(),
                sql.timestamp("select clock_closed_due from petition where id = ?", closed.id())
                        .toInstant());
        assertEquals(
                "true",
                sql.string("select cast(clock_met_term as varchar(5)) from petition where id = ?", closed.id())
                        .toLowerCase());
        assertEquals(
                0L,
                sql.number(
                        "select count(*) from petition_entry where petition_id = ? and kind = 'DUE_MOVED'",
                        closed.id()));

        // A petition received after the change is counted with the holiday at once.
        assertEquals(moved, file(PetitionType.PETICION).dueAt());

        // Removing the holiday moves the open one back, and says so in its history.
        Long holiday = sql.number(
                "select h.id from holiday h join business_calendar c on c.id = h.calendar_id"
                        + " where c.body_id = ? and h.holiday_date = ?",
                metepec,
                LocalDate.of(2026, 10, 14));
        waitFor(asAdmin(() -> settings.removeHoliday(metepec, holiday)));
        assertEquals(
                OffsetDateTime.parse("2026-10-26T18:00-06:00").toInstant(),
                due(sql, open.id()).toInstant());
        assertEquals(
                2L,
                sql.number(
                        "select count(*) from petition_entry where petition_id = ? and kind = 'DUE_MOVED'", open.id()));
    }

    @Test
    @Order(3)
    void aHolidayAddedLaterMovesAnOpenReportsDueDateAndNeverAFinishedOnesOutcome() throws Exception {
        TestSql sql = new TestSql(dataSource);
        Long metepec = metepec().getId();
        Long bacheo = sql.number("select id from public_service where body_id = ? and code = 'bacheo'", metepec);
        Long colonia = sql.number(
                "select c.id from colonia c join delegacion d on d.id = c.delegacion_id"
                        + " where d.body_id = ? and c.name = 'Barrio de Santa Cruz'",
                metepec);
        // Filed Tue 20 Oct 2026 at 12:00 with 48 business hours: 6 h that Tuesday, 9 on Wed 21, Thu 22, Fri 23
        // and Mon 26 (42), the last 6 h on Tue 27 → 15:00.
        ReportReceipt open = asUser("operador", () -> reports.file(report(bacheo, colonia, "abierto"), Channel.PHONE));
        ReportReceipt rejected =
                asUser("operador", () -> reports.file(report(bacheo, colonia, "rechazado"), Channel.PHONE));
        assertEquals(OffsetDateTime.parse("2026-10-27T15:00-06:00").toInstant(), due(sql, "service_report", open.id()));
        assertEquals(
                "48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-",
                sql.string("select clock_terms from service_report where id = ?", open.id()));
        asUser("agente", () -> {
            work.reject(rejected.id(), "Es una obra particular");
            return null;
        });
        assertEquals(
                "true",
                sql.string("select cast(clock_met_term as varchar(5)) from service_report where id = ?", rejected.id())
                        .toLowerCase(),
                "rejected the day it arrived: within its term, recorded once");

        waitFor(asAdmin(() -> settings.addHoliday(metepec, LocalDate.of(2026, 10, 22), "Suspensión de labores")));

        // Thu 22 Oct no longer counts: the last 6 h fall on Wed 28 → 15:00.
        OffsetDateTime moved = OffsetDateTime.parse("2026-10-28T15:00-06:00");
        assertEquals(moved.toInstant(), due(sql, "service_report", open.id()));
        assertEquals(
                List.of(List.of("Suspensión de labores", "RECEIVED")),
                sql.rows(
                        "select note, to_status from report_transition where report_id = ? and kind = 'DUE_MOVED'",
                        open.id()));
        assertEquals(
                OffsetDateTime.parse("2026-10-27T15:00-06:00").toInstant(),
                sql.timestamp(
                                "select due_before from report_transition where report_id = ? and kind = 'DUE_MOVED'",
                                open.id())
                        .toInstant());
        assertEquals(
                0L,
                sql.number(
                        "select count(*) from report_transition where report_id = ? and kind = 'DUE_MOVED'",
                        rejected.id()));
        assertEquals(
                OffsetDateTime.parse("2026-10-27T15:00-06:00").toInstant(),
                sql.timestamp("select clock_closed_due from service_report where id = ?", rejected.id())
                        .toInstant(),
                "a finished report's term never moves");

        // The reporter's tracking page says why, with the dates before and after (the folio alone shows it too).
        TrackingView seen = tracking.track(open.folio(), null).orElseThrow();
        HistoryLine last = seen.history().get(seen.history().size() - 1);
        assertEquals("DUE_MOVED", last.kind());
        assertEquals("Suspensión de labores", last.text());
        assertEquals(moved.toInstant(), last.dueAfter().toInstant());

        Long holiday = sql.number(
                "select h.id from holiday h join business_calendar c on c.id = h.calendar_id"
                        + " where c.body_id = ? and h.holiday_date = ?",
                metepec,
                LocalDate.of(2026, 10, 22));
        waitFor(asAdmin(() -> settings.removeHoliday(metepec, holiday)));
        assertEquals(OffsetDateTime.parse("2026-10-27T15:00-06:00").toInstant(), due(sql, "service_report", open.id()));
    }

    private static NewReport report(Long service, Long colonia, String what) {
        return new NewReport(
                service,
                "Bache " + what + " para probar el reloj",
                colonia,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                null);
    }

    private static java.time.Instant due(TestSql sql, String table, Long id) throws Exception {
        return sql.timestamp("select due_at from " + table + " where id = ?", id)
                .toInstant();
    }

    private <T> T asUser(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    @Test
    @Order(4)
    void thePageAndItsJsonCallsAreTheAdministrators() throws Exception {
        String base = "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
        HttpClient admin = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = send(
                        admin,
                        HttpRequest.newBuilder(URI.create(base + "/login")).GET())
                .body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(login);
        assertTrue(state.find());
        HttpResponse<String> signedIn = send(
                admin,
                form(
                        HttpRequest.newBuilder(URI.create(base + "/login")),
                        Map.of(
                                "login", "login",
                                "login:username", "admin",
                                "login:password", "demo",
                                "login:submit", "x",
                                "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"))));
        assertEquals(3, signedIn.statusCode() / 100, "signed in and sent on");

        HttpResponse<String> page = send(
                admin,
                HttpRequest.newBuilder(URI.create(base + "/staff/plazos?organismo=MET"))
                        .GET());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Plazos legales y días inhábiles"), html);
        assertTrue(html.contains("H. Ayuntamiento de Metepec"));
        assertTrue(html.contains("1 antes del vencimiento"), "the complaint's warning saved above");
        assertTrue(html.contains("(ajustado por el organismo)"));
        assertTrue(html.contains("Horario de atención"));
        assertTrue(html.contains("Los casos abiertos conservan los plazos con los que se recibieron"));

        HttpResponse<String> refused = send(
                admin,
                form(
                        HttpRequest.newBuilder(URI.create(base + "/api/plazos/MET/dias-inhabiles")),
                        Map.of("fecha", "mañana", "nombre", "Día sin fecha")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"holidayDay\""), refused.body());
        assertEquals(
                404,
                send(
                                admin,
                                HttpRequest.newBuilder(URI.create(base + "/api/plazos/recalculos/nada"))
                                        .GET())
                        .statusCode());

        HttpClient anonymous = HttpClient.newHttpClient();
        assertEquals(
                403,
                send(
                                anonymous,
                                form(
                                        HttpRequest.newBuilder(URI.create(base + "/api/plazos/MET/dias-inhabiles")),
                                        Map.of("fecha", "2026-10-15", "nombre", "Día ajeno")))
                        .statusCode());
        assertEquals(
                0L,
                new TestSql(dataSource)
                        .number("select count(*) from holiday where holiday_date = ?", LocalDate.of(2026, 10, 15)));
    }

    // ---------------------------------------------------------------------------------------------

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept-Language", "es-MX").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder form(HttpRequest.Builder request, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private PetitionReceipt file(PetitionType type) {
        return intake.file(
                new NewPetition(
                        metepec().getId(),
                        type,
                        null,
                        CaseIdentity.IDENTIFIED,
                        null,
                        "Prueba del reloj",
                        "Una petición para probar los plazos del organismo.",
                        "Lucía Prueba",
                        "lucia.prueba@example.mx",
                        null,
                        true,
                        RECEIVED),
                PetitionChannel.WEB);
    }

    private void respond(Long petitionId, OffsetDateTime at) throws Exception {
        transaction.begin();
        try {
            Petition petition = em.find(Petition.class, petitionId);
            UserAccount admin = em.createQuery(
                            "select u from UserAccount u where u.username = 'admin'", UserAccount.class)
                    .getSingleResult();
            petition.respond(clocks.clockOf(petition.getBody()), "Respuesta de prueba.", admin, at);
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    private RecalculationProgress waitFor(String job) throws Exception {
        return asAdmin(() -> {
            long until = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < until) {
                RecalculationProgress p = settings.progress(job).orElseThrow();
                if (p.finished()) {
                    return p;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("The recalculation did not finish within a minute");
        });
    }

    private static OffsetDateTime due(TestSql sql, Long petitionId) throws Exception {
        return sql.timestamp("select due_at from petition where id = ?", petitionId);
    }

    private Body metepec() {
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", "MET")
                .getSingleResult();
    }

    private <T> T asAdmin(Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, "admin", part);
    }
}
