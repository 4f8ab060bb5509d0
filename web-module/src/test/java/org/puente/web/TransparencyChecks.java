package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.organization.Body;
import org.puente.platform.InvalidInputException;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportSteps;
import org.puente.setup.DemoData;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.GroupFigures;
import org.puente.transparency.GroupStats;
import org.puente.transparency.TransparencyScope;
import org.puente.transparency.TransparencyScope.Scope;
import org.puente.transparency.TransparencyService;

/**
 * The transparency figures over a known data set, on the real WAR and database: 15 reports of
 * Metepec filed over two weeks of last November whose second Monday is the Día de la Revolución
 * (an official holiday), in three colonias and three services, resolved on time, late, across the
 * holiday, left open before and after their deadline, rejected and duplicated. Every headline
 * figure, the compliance shares and a median are compared with an independent SQL query written
 * here and with the values worked out by hand below; the small-n rule with a service of 3 reports.
 *
 * <p>Hand calculation (calendar Monday to Friday 09:00-18:00, 48 business hours per report; W is
 * the Monday a week before the holiday M; "now" is Friday M+4 15:00):
 * <pre>
 * A bacheo, Barrio de Santa Cruz unless said       B alumbrado público, Las Marinas
 * A1 W 09:00 -> W 12:00 closed, 180 min, on time    B1 W+1 09:00 -> W+1 15:00, 360 min, on time
 * A2 W 09:00 -> W+2 09:00, 1080 min, on time        B2 W+1 09:00 -> W+3 12:00 closed, 1260 min, on time
 * A3 W+4 09:00 -> M+1 09:00, 540 min (M is a        B3 W+2 09:00 -> W+2 18:00, 540 min, on time
 *    holiday: 1080 without it), on time            B4 W+3 09:00 duplicate of B1
 * A4 W 09:00 -> M+2 09:00, 3240 min, due M+1 12:00: late
 * A5 W+1 09:00 open, due M+2 12:00: overdue        B5 W+3 09:00 open, due M+4 12:00: overdue
 * A6 M+3 09:00 open, within its term               C fugas de agua
 * A7 W+2 10:00 rejected, in Las Marinas            C1 W 10:00 -> W 11:00 closed, 60 min, Santa Cruz
 *                                                  C2 W 10:00 open, due M+1 13:00: overdue (San Jerónimo)
 *                                                  C3 M+1 10:00 open, within (San Jerónimo)
 * total 15; in process 5; resolved 5; closed 3; rejected 1; duplicate 1
 * on time 7, late 1, open overdue 3, open within 2: on-time share 7 / 11
 * median of 60 180 360 540 540 1080 1260 3240 = 540 min = 9.0 h, n = 8
 * </pre>
 *
 * <p>Runs in OpinionSurveyIT's server, which extends it: one server boots for them (see that class).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TransparencyChecks {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /** The Día de la Revolución of last year (third Monday of November), always in the past. */
    private static final LocalDate M = LocalDate.now(MEXICO_CITY)
            .minusYears(1)
            .withMonth(11)
            .withDayOfMonth(1)
            .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));

    private static final LocalDate W = M.minusWeeks(1);
    private static final LocalDateTime NOW = M.plusDays(4).atTime(15, 0);

    @Inject
    private ReportIntake reports;

    @Inject
    private ReportSteps work;

    @Inject
    private TransparencyService transparency;

    @Inject
    private TransparencyScope scopes;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    private static boolean filed;

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0));
    }

    private void stopAt(LocalDateTime local) {
        clock.stopAt(local.atZone(MEXICO_CITY).toInstant());
    }

    private ReportReceipt file(String service, String colonia, LocalDateTime when, Channel channel)
            throws SQLException {
        stopAt(when);
        return reports.file(
                new NewReport(
                        id(
                                "select s.id from public_service s join body b on b.id = s.body_id"
                                        + " where b.code = ? and s.code = ?",
                                DemoData.MUNICIPALITY,
                                service),
                        "Reporte de prueba de transparencia",
                        id(
                                "select c.id from colonia c join delegacion d on d.id = c.delegacion_id join body b on b.id = d.body_id"
                                        + " where b.code = ? and c.name = ?",
                                DemoData.MUNICIPALITY,
                                colonia),
                        "Calle de prueba 12",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null),
                channel);
    }

    private void as(LocalDateTime when, Callable<Void> steps) throws Exception {
        stopAt(when);
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        SignedInCalls.as(servlet, "gerente", steps);
    }

    private void resolve(ReportReceipt r, LocalDateTime when, boolean close) throws Exception {
        as(when, () -> {
            work.startWork(r.id(), null);
            work.resolve(r.id(), "Atendido");
            if (close) {
                work.close(r.id(), "Confirmado");
            }
            return null;
        });
    }

    private static void assertDue(LocalDateTime expected, ReportReceipt r) {
        assertEquals(
                expected.atZone(MEXICO_CITY).toOffsetDateTime().toInstant(),
                r.dueAt().toInstant(),
                r.folio());
    }

    /** Files the data set once (the class's tests run in order on one server). */
    private void fileDataSet() throws Exception {
        if (filed) {
            return;
        }
        String santaCruz = "Barrio de Santa Cruz";
        String marinas = "Las Marinas";
        String sanJeronimo = "San Jerónimo Chicahualco";
        ReportReceipt a1 = file("bacheo", santaCruz, at(W, 9), Channel.OPEN311);
        ReportReceipt a2 = file("bacheo", santaCruz, at(W, 9), Channel.OPEN311);
        ReportReceipt a4 = file("bacheo", santaCruz, at(W, 9), Channel.OPEN311);
        ReportReceipt c1 = file("fuga-agua", santaCruz, at(W, 10), Channel.WEB);
        ReportReceipt c2 = file("fuga-agua", sanJeronimo, at(W, 10), Channel.WEB);
        ReportReceipt a5 = file("bacheo", santaCruz, at(W.plusDays(1), 9), Channel.OPEN311);
        ReportReceipt b1 = file("alumbrado-publico", marinas, at(W.plusDays(1), 9), Channel.WEB);
        ReportReceipt b2 = file("alumbrado-publico", marinas, at(W.plusDays(1), 9), Channel.WEB);
        ReportReceipt b3 = file("alumbrado-publico", marinas, at(W.plusDays(2), 9), Channel.WEB);
        ReportReceipt a7 = file("bacheo", marinas, at(W.plusDays(2), 10), Channel.WEB);
        ReportReceipt b4 = file("alumbrado-publico", marinas, at(W.plusDays(3), 9), Channel.WEB);
        ReportReceipt b5 = file("alumbrado-publico", marinas, at(W.plusDays(3), 9), Channel.WEB);
        ReportReceipt a3 = file("bacheo", santaCruz, at(W.plusDays(4), 9), Channel.OPEN311);
        ReportReceipt c3 = file("fuga-agua", sanJeronimo, at(M.plusDays(1), 10), Channel.WEB);
        ReportReceipt a6 = file("bacheo", santaCruz, at(M.plusDays(3), 9), Channel.WEB);
        // the deadlines of the hand calculation, the holiday M skipped
        assertDue(at(M.plusDays(1), 12), a4);
        assertDue(at(M.plusDays(2), 12), a5);
        assertDue(at(M.plusDays(4), 12), b5);
        assertDue(at(M.plusDays(1), 13), c2);
        assertDue(at(M.plusDays(7), 12), a3);

        resolve(a1, at(W, 12), true);
        resolve(c1, at(W, 11), true);
        resolve(b1, at(W.plusDays(1), 15), false);
        resolve(a2, at(W.plusDays(2), 9), false);
        resolve(b3, at(W.plusDays(2), 18), false);
        resolve(b2, at(W.plusDays(3), 12), true);
        resolve(a3, at(M.plusDays(1), 9), false);
        resolve(a4, at(M.plusDays(2), 9), false);
        as(at(W.plusDays(3), 10), () -> {
            work.reject(a7.id(), "Es una obra particular");
            work.markDuplicate(b4.id(), b1.folio());
            work.startWork(a5.id(), null);
            work.startWork(b5.id(), null);
            return null;
        });
        assertEquals(
                540,
                number("select business_minutes_to_resolve from service_report where id = ?", a3.id()),
                "A3 from Friday 09:00 to Tuesday 09:00 over the holiday Monday: one working day");
        assertEquals(3240, number("select business_minutes_to_resolve from service_report where id = ?", a4.id()));
        filed = true;
    }

    private Scope scope(String service, String delegacion) {
        Body metepec = scopes.municipality(DemoData.MUNICIPALITY).orElseThrow();
        return scopes.read(metepec, null, W.toString(), M.plusDays(4).toString(), service, delegacion);
    }

    private DashboardFigures figures() throws Exception {
        fileDataSet();
        stopAt(NOW);
        return transparency.figures(scope(null, null));
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(101)
    void headlineFiguresMatchAnIndependentQueryAndTheHandCount() throws Exception {
        DashboardFigures f = figures();
        GroupStats t = f.totals();
        assertNotNull(t);
        String range = " from service_report r join body b on b.id = r.body_id where b.code = 'MET'"
                + " and r.received_at >= ? and r.received_at < ?";
        OffsetDateTime from = W.atStartOfDay(MEXICO_CITY).toOffsetDateTime();
        OffsetDateTime until = M.plusDays(5).atStartOfDay(MEXICO_CITY).toOffsetDateTime();
        assertEquals(15, t.total());
        assertEquals(number("select count(*)" + range, from, until), t.total());
        assertEquals(5, t.inProcess());
        assertEquals(
                number(
                        "select count(*)" + range + " and r.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')",
                        from,
                        until),
                t.inProcess());
        assertEquals(5, t.resolved());
        assertEquals(number("select count(*)" + range + " and r.status = 'RESOLVED'", from, until), t.resolved());
        assertEquals(3, t.closed());
        assertEquals(number("select count(*)" + range + " and r.status = 'CLOSED'", from, until), t.closed());
        assertEquals(1, t.rejected());
        assertEquals(1, t.duplicate());
        assertEquals(
                number("select count(*)" + range + " and r.status in ('REJECTED', 'DUPLICATE')", from, until),
                t.rejectedOrDuplicate());
        assertEquals("bacheo", f.mostDemanded().key());
        assertEquals(7, f.mostDemanded().stats().total());
        assertEquals(
                number(
                        "select count(*)" + range + " and r.service_id = (select id from public_service"
                                + " where code = 'bacheo' and body_id = b.id)",
                        from,
                        until),
                f.mostDemanded().stats().total());
        assertEquals("Cabecera Municipal", f.mostAffected().name());
        assertEquals(7, f.mostAffected().stats().total());
        assertEquals(
                List.of("OPEN311:5", "WEB:10"),
                f.byChannel().stream()
                        .map(g -> g.key() + ":" + g.stats().total())
                        .sorted()
                        .toList());

        // the trend by week: the week before the holiday and the week of it
        assertTrue(f.weekly());
        assertEquals(2, f.trend().size());
        assertEquals(List.of(13L, 2L), f.trend().stream().map(p -> p.received()).toList());
        assertEquals(List.of(6L, 2L), f.trend().stream().map(p -> p.resolved()).toList());
        assertNull(f.trend().get(0).receivedYearEarlier(), "nothing was filed a year before");
    }

    @Test
    @Order(102)
    void complianceCountsTheOpenOverdueAsMissed() throws Exception {
        GroupStats t = figures().totals();
        String range = " from service_report r where r.body_id = (select id from body where code = 'MET')"
                + " and r.received_at >= ? and r.received_at < ?";
        OffsetDateTime from = W.atStartOfDay(MEXICO_CITY).toOffsetDateTime();
        OffsetDateTime until = M.plusDays(5).atStartOfDay(MEXICO_CITY).toOffsetDateTime();
        OffsetDateTime now = NOW.atZone(MEXICO_CITY).toOffsetDateTime();
        long onTime = number(
                "select count(*)" + range + " and r.status in ('RESOLVED', 'CLOSED') and r.resolved_at <= r.due_at",
                from,
                until);
        long late = number(
                "select count(*)" + range + " and r.status in ('RESOLVED', 'CLOSED') and r.resolved_at > r.due_at",
                from,
                until);
        long overdue = number(
                "select count(*)" + range + " and r.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and r.due_at < ?",
                from,
                until,
                now);
        long within = number(
                "select count(*)" + range
                        + " and r.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and r.due_at >= ?",
                from,
                until,
                now);
        assertEquals(
                List.of(7L, 1L, 3L, 2L),
                List.of(onTime, late, overdue, within),
                "the independent query agrees with the hand count");
        assertEquals(onTime, t.compliance().onTime());
        assertEquals(late, t.compliance().late());
        assertEquals(overdue, t.compliance().openOverdue());
        assertEquals(within, t.compliance().openWithinTerm());
        assertEquals(7.0 / 11.0, t.compliance().onTimeShare(), 1e-9);
        assertEquals(3.0 / 13.0, t.compliance().shareOf(t.compliance().openOverdue()), 1e-9);
    }

    @Test
    @Order(103)
    void theMedianIsInBusinessHoursWithItsN() throws Exception {
        DashboardFigures f = figures();
        List<Long> minutes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select business_minutes_to_resolve from service_report where body_id = (select id from body where code = 'MET')"
                                + " and status in ('RESOLVED', 'CLOSED') and received_at >= ? and received_at < ?"
                                + " order by business_minutes_to_resolve")) {
            s.setObject(1, W.atStartOfDay(MEXICO_CITY).toOffsetDateTime());
            s.setObject(2, M.plusDays(5).atStartOfDay(MEXICO_CITY).toOffsetDateTime());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    minutes.add(r.getLong(1));
                }
            }
        }
        assertEquals(List.of(60L, 180L, 360L, 540L, 540L, 1080L, 1260L, 3240L), minutes);
        assertEquals(8L, f.totals().median().n());
        assertEquals(9.0, f.totals().median().businessHours(), 1e-9, "(540 + 540) / 2 minutes");
        GroupFigures santaCruz = f.byColonia().stream()
                .filter(g -> g.name().equals("Barrio de Santa Cruz"))
                .findFirst()
                .orElseThrow();
        assertEquals(5L, santaCruz.stats().median().n(), "A1-A4 and C1");
        assertEquals(9.0, santaCruz.stats().median().businessHours(), 1e-9, "60 180 540 1080 3240");
        assertEquals(4.0 / 6.0, santaCruz.stats().compliance().onTimeShare(), 1e-9);
        GroupFigures bacheo = f.byService().get(0);
        assertEquals("bacheo", bacheo.key());
        assertTrue(bacheo.stats().median().isFewerThanFive(), "four resolved bacheos: no median");
        assertEquals(3.0 / 5.0, bacheo.stats().compliance().onTimeShare(), 1e-9);
    }

    @Test
    @Order(104)
    void groupsOfFewerThanFiveShowNoFigureAndAreNeverRanked() throws Exception {
        DashboardFigures f = figures();
        assertEquals(
                3,
                number(
                        "select count(*) from service_report r join public_service s on s.id = r.service_id"
                                + " where s.code = 'fuga-agua' and r.received_at >= ?",
                        W.atStartOfDay(MEXICO_CITY).toOffsetDateTime()));
        GroupFigures fugas = f.byService().stream()
                .filter(g -> g.key().equals("fuga-agua"))
                .findFirst()
                .orElseThrow();
        assertTrue(fugas.isFewerThanFive());
        assertNull(fugas.stats());
        assertEquals("fuga-agua", f.byService().get(f.byService().size() - 1).key(), "small groups come last");
        GroupFigures sanJeronimo = f.byDelegacion().stream()
                .filter(g -> g.name().equals("San Jerónimo Chicahualco"))
                .findFirst()
                .orElseThrow();
        assertNull(sanJeronimo.stats(), "two reports");
        assertTrue(f.byColonia().stream()
                .filter(g -> g.name().equals("San Jerónimo Chicahualco"))
                .allMatch(GroupFigures::isFewerThanFive));
        assertTrue(f.byDepartment().stream()
                .filter(g -> g.name().contains("Agua"))
                .allMatch(GroupFigures::isFewerThanFive));

        // a service with three reports in the range is never the most demanded, and hides even the headline
        DashboardFigures onlyFugas = transparency.figures(scope("fuga-agua", null));
        assertEquals(3, onlyFugas.received());
        assertTrue(onlyFugas.isFewerThanFive());
        assertNull(onlyFugas.totals());
        assertNull(onlyFugas.mostDemanded());
    }

    @Test
    @Order(105)
    void aBadFilterIsRefusedPerParameterAndTheWebAnswers400And404() throws Exception {
        figures();
        Body metepec = scopes.municipality("MET").orElseThrow();
        InvalidInputException inverted = assertThrows(
                InvalidInputException.class, () -> scopes.read(metepec, null, M.toString(), W.toString(), null, null));
        assertEquals(
                List.of("hasta:transparency.range.inverted"),
                inverted.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class,
                () -> scopes.read(metepec, null, W.toString(), M.toString(), "no-existe", "999999"));
        assertEquals(
                List.of("delegacion:transparency.delegacion.unknown", "servicio:transparency.service.unknown"),
                unknown.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .sorted()
                        .toList());

        String query = "?desde=" + W + "&hasta=" + M.plusDays(4);
        HttpResponse<String> json = get("/api/transparencia/met" + query);
        assertEquals(200, json.statusCode());
        assertTrue(
                json.body()
                        .contains(
                                "\"totals\":{\"total\":15,\"inProcess\":5,\"resolved\":5,\"closed\":3,\"rejected\":1,\"duplicate\":1"),
                json.body());
        assertTrue(
                json.body().contains("{\"key\":\"fuga-agua\",\"name\":\"Fugas de agua\",\"fewerThanFive\":true}"),
                json.body());
        assertFalse(json.body().contains("Calle de prueba"), "no street");
        assertFalse(json.body().contains("Reporte de prueba"), "no description");
        HttpResponse<String> badJson = get("/api/transparencia/MET?desde=2020-02-30");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body().contains("\"field\":\"desde\""), badJson.body());
        assertEquals(404, get("/api/transparencia/XYZ").statusCode());

        HttpResponse<String> page = get("/transparencia/MET" + query);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"fig-total\">15<"), "the page's total");
        assertTrue(page.body().contains("El servicio más solicitado es Bacheo, con 7 reportes."));
        assertFalse(page.body().contains("Calle de prueba"));
        HttpResponse<String> invertedPage = get("/transparencia/MET?desde=" + M + "&hasta=" + W);
        assertEquals(400, invertedPage.statusCode());
        assertTrue(invertedPage.body().contains("La fecha final no puede ser anterior a la inicial."));
        assertEquals(404, get("/transparencia/NOPE").statusCode());
        assertEquals(404, get("/transparencia/MET/otra-cosa").statusCode());

        HttpResponse<String> card = get("/transparencia/MET/tarjeta" + query);
        assertEquals(200, card.statusCode());
        assertTrue(card.body().contains("id=\"card-total\">15<"));
        assertTrue(card.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("frame-ancestors *;"));
        assertTrue(page.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("frame-ancestors 'self';"));
    }

    @Test
    @Order(106)
    void figuresAreKeptAMinuteAndThenCountTheNewReport() throws Exception {
        DashboardFigures first = figures();
        file("bacheo", "Barrio de Santa Cruz", at(M.plusDays(4), 10), Channel.WEB);
        stopAt(NOW.plusSeconds(30));
        DashboardFigures cached = transparency.figures(scope(null, null));
        assertSame(first, cached, "within the minute: the same figures, no query");
        assertEquals(15, cached.totals().total());
        stopAt(NOW.plusSeconds(61));
        DashboardFigures fresh = transparency.figures(scope(null, null));
        assertEquals(16, fresh.totals().total());
        assertEquals(NOW.plusSeconds(61).atZone(MEXICO_CITY).toInstant(), fresh.computedAt());
        clock.release();
    }

    // ---------------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        URI uri =
                URI.create("http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofMinutes(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private long id(String sql, Object... parameters) throws SQLException {
        return number(sql, parameters);
    }

    private long number(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row: " + sql);
                return r.getLong(1);
            }
        }
    }
}
