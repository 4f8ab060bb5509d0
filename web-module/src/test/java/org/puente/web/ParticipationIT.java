package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.puente.organization.Body;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportSteps;
import org.puente.report.ReportTracking;
import org.puente.report.SurveyAnswers;
import org.puente.report.SurveyResponse.Degree;
import org.puente.setup.DemoData;
import org.puente.transparency.BrowserFamily;
import org.puente.transparency.DeviceClass;
import org.puente.transparency.OsFamily;
import org.puente.transparency.PageViews;
import org.puente.transparency.SurveyResults;
import org.puente.transparency.SurveyResults.Question;
import org.puente.transparency.SurveyResults.QuestionResults;
import org.puente.transparency.SurveyResults.Share;
import org.puente.transparency.TransparencyScope;
import org.puente.transparency.VisitCounters;
import org.puente.transparency.VisitFigures;

/**
 * The survey's results and the visit figures on the real WAR and its H2 database: a known set of
 * answered surveys (two services, two delegaciones, one report received before the range) compared
 * with hand-written values and with SQL of its own; page views made over HTTP by browsers, robots
 * and scripts, flushed and read back per week; and the public page that shows both.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipationIT {

    private static final String ANDROID_PHONE = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private static final String WINDOWS_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80";
    private static final String IPAD = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String FREE_TEXT = "Que arreglen la calle de Rosalía Quintero, vecina del 14";

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(ParticipationIT.class, AdjustableClock.class, SignedInCalls.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private ReportIntake reports;

    @Inject
    private ReportTracking tracking;

    @Inject
    private ReportSteps work;

    @Inject
    private SurveyResults surveys;

    @Inject
    private TransparencyScope scopes;

    @Inject
    private PageViews pageViews;

    @Inject
    private VisitCounters counters;

    @Inject
    private VisitFigures visits;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    // ---------------------------------------------------------------------------------------------
    // The survey

    /**
     * Bacheo: six surveys received in the last 30 days (three in Cabecera Municipal, three in San
     * Lorenzo Coacalco) and one 40 days ago; alumbrado: three. Each answer is written here by hand.
     */
    @Test
    @Order(1)
    void theSurveysDistributionsMatchTheAnswersGiven() throws Exception {
        clock.stopAt(Instant.now().minus(Duration.ofDays(40)));
        ReportReceipt early;
        try {
            early = file("bacheo", "Barrio de Santa Cruz");
        } finally {
            clock.release();
        }
        surveyed("agente", early, true, true, true, Degree.MUCHO, null);
        // fixed, knows the service, effective channel, accountability
        surveyed("agente", file("bacheo", "Barrio de Santa Cruz"), true, true, true, Degree.MUCHO, FREE_TEXT);
        surveyed("agente", file("bacheo", "Barrio de Santa Cruz"), true, true, false, Degree.MUCHO, null);
        surveyed(
                "agente",
                file("bacheo", "Barrio de Santa Cruz"),
                false,
                false,
                true,
                Degree.POCO,
                "Bacheo y alumbrado");
        surveyed("agente", file("bacheo", "Pilares"), true, true, true, Degree.NADA, null);
        surveyed("agente", file("bacheo", "Pilares"), true, false, true, Degree.MUCHO, null);
        surveyed("agente", file("bacheo", "Pilares"), false, true, false, Degree.POCO, null);
        surveyed("agente.servicios", file("alumbrado-publico", "Pilares"), true, true, true, Degree.MUCHO, null);
        surveyed("agente.servicios", file("alumbrado-publico", "Pilares"), true, true, true, Degree.MUCHO, null);
        surveyed(
                "agente.servicios",
                file("alumbrado-publico", "Barrio de Santa Cruz"),
                false,
                true,
                false,
                Degree.NADA,
                null);

        SurveyResults.Results last30 = surveys.of(scope("30d", null, null));
        assertTrue(last30.shown());
        assertEquals(9, last30.responses(), "the report received 40 days ago is outside the range");
        assertEquals(List.of(6L, 3L), counts(last30, Question.FIXED));
        assertEquals(List.of(67, 33), percents(last30, Question.FIXED));
        assertEquals(List.of(7L, 2L), counts(last30, Question.KNOWS_SERVICE));
        assertEquals(List.of(6L, 3L), counts(last30, Question.EFFECTIVE_CHANNEL));
        assertEquals(List.of(5L, 2L, 2L), counts(last30, Question.ACCOUNTABILITY));
        assertEquals(List.of(56, 22, 22), percents(last30, Question.ACCOUNTABILITY));

        QuestionResults accountability = last30.questions().get(Question.ACCOUNTABILITY.ordinal());
        assertEquals(
                List.of("Alumbrado público", "Bacheo"),
                accountability.services().stream()
                        .map(SurveyResults.ServiceShare::serviceName)
                        .toList());
        SurveyResults.Distribution alumbrado = accountability.services().get(0).distribution();
        assertFalse(alumbrado.shown(), "three answers: fewer than 5, withheld");
        assertEquals(0, alumbrado.n());
        assertTrue(alumbrado.shares().isEmpty());
        SurveyResults.Distribution bacheo = accountability.services().get(1).distribution();
        assertEquals(6, bacheo.n());
        assertEquals(
                List.of(3L, 2L, 1L), bacheo.shares().stream().map(Share::count).toList());
        assertEquals(
                List.of(50, 33, 17),
                bacheo.shares().stream().map(Share::percent).toList());

        // the same from SQL of its own
        long since = 30;
        assertEquals(
                sql(
                        "select count(*) from survey_response s join service_report r on r.id = s.report_id"
                                + " join public_service p on p.id = r.service_id where p.code = 'bacheo' and s.accountability = 'MUCHO'"
                                + " and r.received_at >= ?",
                        startOfRange(since)),
                bacheo.shares().get(0).count());
        assertEquals(
                sql(
                        "select count(*) from survey_response s join service_report r on r.id = s.report_id"
                                + " where s.knows_service = true and r.received_at >= ?",
                        startOfRange(since)),
                counts(last30, Question.KNOWS_SERVICE).get(0));
        assertEquals(
                sql(
                        "select count(*) from survey_response s join service_report r on r.id = s.report_id"
                                + " where r.received_at >= ?",
                        startOfRange(since)),
                last30.responses());

        SurveyResults.Results year = surveys.of(scope("12m", null, null));
        assertEquals(10, year.responses(), "the twelve months hold the early one too");
        assertEquals(
                List.of(4L, 2L, 1L),
                year
                        .questions()
                        .get(Question.ACCOUNTABILITY.ordinal())
                        .services()
                        .get(1)
                        .distribution()
                        .shares()
                        .stream()
                        .map(Share::count)
                        .toList());

        SurveyResults.Results bacheoOnly = surveys.of(scope("30d", "bacheo", null));
        assertEquals(6, bacheoOnly.responses());
        assertEquals(List.of(4L, 2L), counts(bacheoOnly, Question.FIXED));
        assertEquals(1, bacheoOnly.questions().get(0).services().size());

        SurveyResults.Results alumbradoOnly = surveys.of(scope("30d", "alumbrado-publico", null));
        assertFalse(alumbradoOnly.shown(), "three surveys in the filter: nothing shown");
        assertEquals(0, alumbradoOnly.responses());
        assertTrue(alumbradoOnly.questions().stream().noneMatch(q -> q.overall().shown()));

        long sanLorenzo = sql(
                "select d.id from delegacion d join body b on b.id = d.body_id where b.code = ?"
                        + " and d.name = 'San Lorenzo Coacalco'",
                DemoData.MUNICIPALITY);
        SurveyResults.Results pilares = surveys.of(scope("30d", null, Long.toString(sanLorenzo)));
        assertEquals(5, pilares.responses(), "three bacheo and two alumbrado surveys in Pilares");
        assertEquals(List.of(4L, 1L), counts(pilares, Question.FIXED));
        assertEquals(List.of(3L, 1L, 1L), counts(pilares, Question.ACCOUNTABILITY));
    }

    /** The public page shows them, never the free text, and refuses a filter it cannot read. */
    @Test
    @Order(2)
    void thePublicPageShowsTheFiguresButNoFreeText() throws Exception {
        HttpResponse<String> page = get("/transparencia/participacion?municipio=MET&periodo=30d", ANDROID_PHONE);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Encuestas contestadas: 9."), html);
        assertTrue(html.contains("¿Se resolvió el problema que reportaste?"), "the question as the citizen read it");
        assertTrue(html.contains("Menos de 5 respuestas"), "alumbrado's row");
        assertTrue(html.contains("56 %"), "5 of 9 said mucho");
        assertFalse(html.contains("Rosalía"), "no free text");
        assertFalse(html.contains("Bacheo y alumbrado"), "no free text");

        HttpResponse<String> few =
                get("/transparencia/participacion?municipio=MET&periodo=30d&servicio=alumbrado-publico", ANDROID_PHONE);
        assertTrue(few.body().contains("Hay menos de 5 respuestas en este periodo"), few.body());

        HttpResponse<String> inverted =
                get("/transparencia/participacion?municipio=MET&desde=2026-05-10&hasta=2026-05-01", ANDROID_PHONE);
        assertEquals(400, inverted.statusCode());
        assertTrue(inverted.body().contains("La fecha final no puede ser anterior a la inicial."));
        assertEquals(
                400,
                get("/transparencia/participacion?municipio=MET&servicio=no-existe", ANDROID_PHONE)
                        .statusCode());
        assertEquals(
                404,
                get("/transparencia/participacion?municipio=XYZ", ANDROID_PHONE).statusCode());
    }

    // ---------------------------------------------------------------------------------------------
    // Visits

    /**
     * Page views over HTTP on three days of March 2026 (the application's clock stopped there):
     * browsers' views of public pages count; the intranet, a static file, a missing page, a robot, a
     * script and a form's POST do not. Flushed, read per week, and compared with the table itself.
     */
    @Test
    @Order(3)
    void pageViewsAreCountedByDaySystemAndBrowserAndReadPerWeek() throws Exception {
        pageViews.flush(); // what the earlier tests' requests left
        try {
            // Sunday 1 March, 23:30 in Metepec (05:30 UTC on Monday): still Sunday's
            clock.stopAt(Instant.parse("2026-03-02T05:30:00Z"));
            assertEquals(200, get("/", ANDROID_PHONE).statusCode());
            assertEquals(200, get("/agenda", IPHONE).statusCode());
            // Wednesday 4 March, noon
            clock.stopAt(Instant.parse("2026-03-04T18:00:00Z"));
            assertEquals(200, get("/", ANDROID_PHONE).statusCode());
            assertEquals(200, get("/", ANDROID_PHONE).statusCode());
            assertEquals(200, get("/agenda?pagina=1", WINDOWS_EDGE).statusCode());
            assertEquals(200, get("/login", WINDOWS_EDGE).statusCode());
            assertEquals(200, get("/", GOOGLEBOT).statusCode());
            assertEquals(200, get("/", "curl/8.5.0").statusCode());
            assertEquals(404, get("/no-existe", WINDOWS_EDGE).statusCode());
            get("/favicon.ico", WINDOWS_EDGE);
            get("/staff/reportes", WINDOWS_EDGE);
            assertEquals(302, get("/agenda?idioma=en", WINDOWS_EDGE).statusCode(), "the language switch redirects");
            // Tuesday 10 March
            clock.stopAt(Instant.parse("2026-03-10T16:00:00Z"));
            assertEquals(200, get("/agenda", IPAD).statusCode());
            assertEquals(200, get("/agenda", IPAD).statusCode());
        } finally {
            clock.release();
        }
        assertEquals(
                8,
                pageViews.flush(),
                "2 on Sunday; 4 on Wednesday (two of / by the phone, /agenda and /login"
                        + " by the computer); 2 on the 10th");

        assertEquals(
                2,
                sql(
                        "select sum(views) from page_view_count where view_day = ? and page_path = '/'"
                                + " and device = 'PHONE' and os = 'ANDROID' and browser = 'CHROME'",
                        LocalDate.of(2026, 3, 4)));
        assertEquals(
                1,
                sql(
                        "select sum(views) from page_view_count where view_day = ? and page_path = '/agenda'"
                                + " and device = 'DESKTOP' and os = 'WINDOWS' and browser = 'EDGE'",
                        LocalDate.of(2026, 3, 4)),
                "the path without its query string");
        assertEquals(
                0,
                sql("select count(*) from page_view_count where page_path like '/staff%'"
                        + " or page_path like '%.ico' or page_path = '/no-existe'"));
        assertEquals(
                1,
                sql(
                        "select sum(views) from page_view_count where view_day = ? and page_path = '/'",
                        LocalDate.of(2026, 3, 1)),
                "23:30 in Metepec is still Sunday");
        assertEquals(
                2,
                sql(
                        "select views from page_view_count where view_day = ? and device = 'TABLET'",
                        LocalDate.of(2026, 3, 10)),
                "one row, added to");

        VisitFigures.Figures march = visits.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14));
        assertEquals(8, march.range().total());
        assertEquals(
                sql(
                        "select sum(views) from page_view_count where view_day between ? and ?",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 14)),
                march.range().total());
        assertEquals(
                List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)),
                march.weeks().stream().map(VisitFigures.Counts::from).toList(),
                "newest first, cut to the range");
        assertEquals(
                List.of(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 1)),
                march.weeks().stream().map(VisitFigures.Counts::to).toList());
        assertEquals(
                List.of(2L, 4L, 2L),
                march.weeks().stream().map(VisitFigures.Counts::total).toList());
        VisitFigures.Counts second = march.weeks().get(1);
        assertEquals(2, second.device(DeviceClass.PHONE));
        assertEquals(2, second.device(DeviceClass.DESKTOP));
        assertEquals(0, second.device(DeviceClass.TABLET));
        assertEquals(2, second.system(OsFamily.ANDROID));
        assertEquals(2, second.system(OsFamily.WINDOWS));
        assertEquals(2, second.browser(BrowserFamily.EDGE));
        assertEquals(2, second.browser(BrowserFamily.CHROME));
        VisitFigures.Counts first = march.weeks().get(2);
        assertEquals(1, first.system(OsFamily.IOS));
        assertEquals(1, first.browser(BrowserFamily.SAFARI));
        assertEquals(2, march.weeks().get(0).device(DeviceClass.TABLET));
        assertEquals(List.of(OsFamily.ANDROID, OsFamily.IOS, OsFamily.WINDOWS), march.systemColumns());
        assertEquals(List.of(BrowserFamily.CHROME, BrowserFamily.SAFARI, BrowserFamily.EDGE), march.browserColumns());

        HttpResponse<String> page =
                get("/transparencia/participacion?periodo=fechas&desde=2026-03-01&hasta=2026-03-14", WINDOWS_EDGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Páginas vistas: 8 ("), page.body());
        assertTrue(page.body().contains("Computadora"));
        assertTrue(
                visits.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).isEmpty());
    }

    /** Eight flushes of one new counter at once (as several nodes would): every view is kept. */
    @Test
    @Order(4)
    void concurrentUpsertsOfOneCounterLoseNothing() throws Exception {
        VisitCounters.Key key = new VisitCounters.Key(
                LocalDate.of(2026, 4, 1),
                "/carrera-" + UUID.randomUUID(),
                DeviceClass.PHONE,
                OsFamily.ANDROID,
                BrowserFamily.CHROME);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers, threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(() -> {
                    go.await(1, TimeUnit.MINUTES);
                    return addWithOneRetry(key);
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sql("select count(*) from page_view_count where page_path = ?", key.path()));
        assertEquals(writers, sql("select views from page_view_count where page_path = ?", key.path()));
    }

    /** What {@link PageViews} does with a counter: the upsert, and once more if another writer inserted first. */
    private int addWithOneRetry(VisitCounters.Key key) {
        try {
            counters.add(key, 1);
            return 1;
        } catch (RuntimeException e) {
            counters.add(key, 1);
            return 2;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private TransparencyScope.Scope scope(String period, String service, String delegacion) {
        Body metepec = scopes.municipality(DemoData.MUNICIPALITY).orElseThrow();
        return scopes.read(metepec, period, null, null, service, delegacion);
    }

    private static List<Long> counts(SurveyResults.Results r, Question q) {
        return r.questions().get(q.ordinal()).overall().shares().stream()
                .map(Share::count)
                .toList();
    }

    private static List<Integer> percents(SurveyResults.Results r, Question q) {
        return r.questions().get(q.ordinal()).overall().shares().stream()
                .map(Share::percent)
                .toList();
    }

    /** The first instant of the range "the last N days", ending today in Metepec. */
    private java.time.OffsetDateTime startOfRange(long days) {
        java.time.ZoneId zone =
                java.time.ZoneId.of(stringSql("select time_zone from body where code = ?", DemoData.MUNICIPALITY));
        return LocalDate.now(zone).minusDays(days - 1).atStartOfDay(zone).toOffsetDateTime();
    }

    private ReportReceipt file(String service, String colonia) throws SQLException {
        long serviceId = sql(
                "select s.id from public_service s join body b on b.id = s.body_id"
                        + " where b.code = ? and s.code = ?",
                DemoData.MUNICIPALITY,
                service);
        long coloniaId = sql(
                "select c.id from colonia c join delegacion d on d.id = c.delegacion_id"
                        + " join body b on b.id = d.body_id where b.code = ? and c.name = ?",
                DemoData.MUNICIPALITY,
                colonia);
        return reports.file(
                new NewReport(
                        serviceId,
                        "Reporte de la encuesta " + UUID.randomUUID(),
                        coloniaId,
                        "Avenida Tecnológico",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null),
                Channel.WEB);
    }

    private void surveyed(
            String agent,
            ReportReceipt receipt,
            boolean fixed,
            boolean knows,
            boolean channel,
            Degree degree,
            String priorities)
            throws Exception {
        asStaff(agent, () -> {
            work.startWork(receipt.id(), null);
            work.resolve(receipt.id(), "Atendido");
            return null;
        });
        tracking.answerSurvey(
                receipt.folio(),
                receipt.trackingCode(),
                new SurveyAnswers(knows, priorities, channel, degree, fixed, false, null));
    }

    private <T> T asStaff(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private HttpResponse<String> get(String path, String userAgent) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI uri =
                URI.create("http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path);
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("User-Agent", userAgent)
                        .header("Accept-Language", "es-MX")
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long sql(String query, Object... parameters) throws SQLException {
        return Long.parseLong(stringSql(query, parameters));
    }

    private String stringSql(String query, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row: " + query);
                String value = r.getString(1);
                return value == null ? "0" : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
