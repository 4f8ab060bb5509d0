package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
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
import org.puente.calendar.CalendarService;
import org.puente.casework.ClockCalendar;
import org.puente.identity.CitizenRegistration;
import org.puente.identity.PersonalDataExport;
import org.puente.notification.Mailer;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.AgentOption;
import org.puente.report.AssignOutcome;
import org.puente.report.CallerHistory;
import org.puente.report.Channel;
import org.puente.report.Contact;
import org.puente.report.DeadlineWatch;
import org.puente.report.EarlierReport;
import org.puente.report.FollowReceipt;
import org.puente.report.NewReport;
import org.puente.report.PublicReports;
import org.puente.report.QueueFilter;
import org.puente.report.QueueRow;
import org.puente.report.ReportDispatch;
import org.puente.report.ReportFollowing;
import org.puente.report.ReportIntake;
import org.puente.report.ReportQueue;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportStatus;
import org.puente.report.ReportSteps;
import org.puente.report.ReportTracking;
import org.puente.report.SurveyAnswers;
import org.puente.report.SurveyResponse;
import org.puente.report.TrackingView;
import org.puente.setup.DemoData;

/**
 * The service-report workflow on the real WAR, a real Payara Micro and its H2 database: folio
 * numbers under concurrent intake, idempotent resubmission, deadlines in business hours with the
 * real calendar rows, the staff service refusing every forbidden step, the deadline watch, and
 * e-mail through a real SMTP server (GreenMail, started inside the container).
 *
 * <p>The deployment adds, besides this class: {@link AdjustableClock} (the application's clock, which
 * a test may stop at an instant), {@link SignedInCalls} (runs part of a test as a signed-in demo
 * account), GreenMail's jars, and the SMTP settings pointing at GreenMail's port.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportIT {

    /** GreenMail's SMTP port inside the container; an unusual one, so as not to meet another test's server. */
    private static final int SMTP_PORT = 32025;

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Pattern FOLIO = Pattern.compile("MET-(\\d{4})-(\\d{6})");
    private static final String GERENTE_EMAIL = "gerente@demo.puente.mx";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(ReportIT.class, AdjustableClock.class, SignedInCalls.class, TestSql.class)
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
    private ReportIntake reports;

    @Inject
    private ReportTracking tracking;

    @Inject
    private ReportQueue queue;

    @Inject
    private ReportDispatch dispatch;

    @Inject
    private ReportSteps work;

    @Inject
    private ReportFollowing following;

    @Inject
    private CallerHistory callers;

    @Inject
    private org.puente.audit.AuditLog audit;

    @Inject
    private DeadlineWatch watch;

    @Inject
    private org.puente.identity.AccountService accounts;

    @Inject
    private org.puente.identity.PersonalData personalData;

    @Inject
    private org.puente.identity.OwnAccount ownAccount;

    @Inject
    private org.puente.report.ReportContacts contacts;

    @Inject
    private PublicReports publicReports;

    @Inject
    private Mailer mailer;

    @Inject
    private CalendarService calendars;

    @Inject
    private AdjustableClock clock;

    /** The Arquillian runner's own request: tells on which port and path the deployment answers. */
    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    // ---------------------------------------------------------------------------------------------
    // 1. Folios

    /**
     * Runs first, on a fresh server: the 50 intakes take the first numbers of the year's folio
     * sequence, which start-up prepared (no intake creates one, so none needs a second connection).
     */
    @Test
    @Order(1)
    void fiftyConcurrentIntakesGetFiftyDistinctConsecutiveFolios() throws Exception {
        int submissions = 50;
        long bacheo = bacheo();
        long colonia = colonia("Barrio de Santa Cruz");
        int year = LocalDate.now(MEXICO_CITY).getYear();
        ExecutorService pool = Executors.newFixedThreadPool(submissions, threads);
        try {
            CountDownLatch ready = new CountDownLatch(submissions);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ReportReceipt>> futures = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                NewReport form = report(bacheo, colonia, "Bache número " + i + " frente al mercado", null, null);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(2, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("never released");
                    }
                    return reports.file(form, Channel.WEB);
                }));
            }
            assertTrue(ready.await(2, TimeUnit.MINUTES), "all 50 submitters are waiting at the start line");
            go.countDown();
            List<ReportReceipt> receipts = new ArrayList<>();
            for (Future<ReportReceipt> f : futures) {
                receipts.add(f.get(5, TimeUnit.MINUTES)); // a failed intake fails the test with its cause
            }

            Set<String> folios = receipts.stream().map(ReportReceipt::folio).collect(Collectors.toSet());
            assertEquals(submissions, folios.size(), "distinct folios: " + folios);
            TreeSet<Long> numbers = new TreeSet<>();
            for (String folio : folios) {
                Matcher m = FOLIO.matcher(folio);
                assertTrue(m.matches(), "MET-<year>-<6 digits>: " + folio);
                assertEquals(year, Integer.parseInt(m.group(1)), folio);
                numbers.add(Long.parseLong(m.group(2)));
            }
            assertEquals(submissions, numbers.size());
            assertEquals(
                    submissions - 1,
                    numbers.last() - numbers.first(),
                    "no number lost or skipped when no intake fails: " + numbers);
            for (ReportReceipt r : receipts) {
                assertFalse(r.alreadyFiled());
                assertEquals(r.folio(), string("select folio from service_report where id = ?", r.id()));
                assertEquals(
                        Long.parseLong(r.folio().substring(9)),
                        number("select folio_number from service_report where id = ?", r.id()));
            }
            assertEquals(
                    submissions,
                    number(
                            "select count(*) from service_report where folio_year = ? and folio_number"
                                    + " between ? and ?",
                            year,
                            numbers.first(),
                            numbers.last()));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. Idempotency

    @Test
    @Order(2)
    void aResubmissionWithTheSameKeyGivesTheFirstReport() throws SQLException {
        String key = "reintento-" + UUID.randomUUID();
        NewReport form = report(bacheo(), colonia("Barrio de San Mateo"), "Bache profundo en la esquina", null, key);
        ReportReceipt first = reports.file(form, Channel.WEB);
        ReportReceipt again = reports.file(form, Channel.WEB);
        assertFalse(first.alreadyFiled());
        assertTrue(again.alreadyFiled());
        assertEquals(first.folio(), again.folio());
        assertEquals(first.id(), again.id());
        assertEquals(first.trackingCode(), again.trackingCode(), "the retry shows the same tracking code");
        assertEquals(1, number("select count(*) from service_report where idempotency_key = ?", key));
        assertEquals(1, number("select count(*) from report_transition where report_id = ?", first.id()));
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where subject = ?",
                        "Nuevo reporte " + first.folio() + ": Bacheo"),
                "the department is told once");
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Deadlines

    /**
     * Filed on the Friday before the first Monday of February (Día de la Constitución, a holiday in
     * the calendar rows) at 17:00: one hour that Friday, nothing on the weekend nor on the holiday,
     * nine hours a day from Tuesday, so the 48 hours end on the Tuesday after at 11:00, and 75% of
     * them (36 h) on Friday at 17:00.
     */
    @Test
    @Order(3)
    void theDeadlineSkipsTheWeekendAndTheHolidayOfTheCalendar() throws SQLException {
        int year = LocalDate.now(MEXICO_CITY).getYear();
        LocalDate constitucion = LocalDate.of(year, 2, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        assertEquals(
                1,
                number(
                        "select count(*) from holiday h join business_calendar c on c.id = h.calendar_id"
                                + " join body b on b.id = c.body_id where b.code = 'MET' and h.holiday_date = ?",
                        constitucion),
                "the demo calendar of Metepec has " + constitucion + " as a holiday");
        ZonedDateTime fridayAfternoon = constitucion.minusDays(3).atTime(17, 0).atZone(MEXICO_CITY);

        clock.stopAt(fridayAfternoon.toInstant());
        ReportReceipt receipt;
        try {
            receipt = reports.file(
                    report(bacheo(), colonia("Barrio de Coaxustenco"), "Bache antes del puente", null, null),
                    Channel.WEB);
        } finally {
            clock.release();
        }

        OffsetDateTime received = timestamp("received_at", receipt.id());
        OffsetDateTime atRisk = timestamp("warn_from", receipt.id());
        OffsetDateTime due = timestamp("due_at", receipt.id());
        assertEquals(fridayAfternoon.toInstant(), received.toInstant());
        assertEquals(
                constitucion.plusDays(8).atTime(11, 0).atZone(MEXICO_CITY).toInstant(),
                due.toInstant(),
                "due on the Tuesday after next at 11:00, got " + due.atZoneSameInstant(MEXICO_CITY));
        assertEquals(
                constitucion.plusDays(4).atTime(17, 0).atZone(MEXICO_CITY).toInstant(),
                atRisk.toInstant(),
                "at risk on Friday at 17:00, got " + atRisk.atZoneSameInstant(MEXICO_CITY));
        assertTrue(receipt.folio().startsWith("MET-" + year + "-"), receipt.folio());

        ClockCalendar time = calendars.businessTime(metepec(), year);
        assertFalse(time.isWorkingDay(constitucion));
        assertEquals(Duration.ofHours(48), time.between(received, due));
        assertEquals(Duration.ofHours(36), time.between(received, atRisk));
    }

    /** A report filed now: its deadline is 48 business hours of Metepec's real calendar away. */
    @Test
    @Order(4)
    void aReportFiledNowIsDueAfter48BusinessHoursOnAWorkingDay() throws Exception {
        // A phone report is filed by the operator who took the call (he records the caller's consent).
        NewReport call =
                report(bacheo(), colonia("Barrio del Espíritu Santo"), "Bache que creció con la lluvia", null, null);
        ReportReceipt receipt = asStaff("operador", () -> reports.file(call, Channel.PHONE));
        OffsetDateTime received = timestamp("received_at", receipt.id());
        OffsetDateTime due = timestamp("due_at", receipt.id());
        int year = received.atZoneSameInstant(MEXICO_CITY).getYear();
        ClockCalendar time = calendars.businessTime(metepec(), year);

        // The legal clock counts whole minutes: a call taken at 10:14:35 counts from 10:14.
        OffsetDateTime counted = received.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        assertEquals(time.plus(counted, Duration.ofHours(48)).toInstant(), due.toInstant());
        assertEquals(Duration.ofHours(48), time.between(counted, due));
        LocalDate dueDay = due.atZoneSameInstant(MEXICO_CITY).toLocalDate();
        assertTrue(time.isWorkingDay(dueDay), "due on a working day: " + dueDay);
        assertFalse(
                dueDay.getDayOfWeek() == DayOfWeek.SATURDAY || dueDay.getDayOfWeek() == DayOfWeek.SUNDAY,
                dueDay.toString());
        assertEquals(
                0,
                number(
                        "select count(*) from holiday h join business_calendar c on c.id = h.calendar_id"
                                + " join body b on b.id = c.body_id where b.code = 'MET' and h.holiday_date = ?",
                        dueDay));
        assertTrue(due.isAfter(received.plusDays(2)), "48 business hours are more than two calendar days");
    }

    // ---------------------------------------------------------------------------------------------
    // 4. The staff service refuses every forbidden step

    /**
     * One report in each status, brought there by the agent of Obras Públicas through the service's
     * allowed steps; then, on each, every step into a status that {@link ReportStatus} forbids from
     * there. Each is refused with "report.transition.forbidden" and changes nothing: the status, the
     * history and the outbox stay as they were. No step leads into RECEIVED, so the seven pairs into
     * RECEIVED have nothing to call; the entity test (ReportStatusTest) covers the verbs for all pairs.
     */
    @Test
    @Order(5)
    void everyForbiddenStepIsRefusedByTheStaffService() throws Exception {
        long bacheo = bacheo();
        long colonia = colonia("Barrio de San Miguel");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<ReportStatus, ReportReceipt> in = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            in.put(
                    status,
                    reports.file(
                            report(
                                    bacheo,
                                    colonia,
                                    "Bache para el estado " + status,
                                    "vecino-" + status.name().toLowerCase() + "-" + run + "@example.mx",
                                    null),
                            Channel.WEB));
        }
        ReportReceipt original =
                reports.file(report(bacheo, colonia, "El primer reporte de este bache", null, null), Channel.WEB);

        asStaff("agente", () -> {
            work.take(in.get(ReportStatus.ASSIGNED).id(), "Lo atiendo yo");
            work.startWork(in.get(ReportStatus.IN_PROGRESS).id(), null);
            for (ReportStatus s : List.of(ReportStatus.RESOLVED, ReportStatus.CLOSED)) {
                work.startWork(in.get(s).id(), null);
                work.resolve(in.get(s).id(), "Se rellenó el bache");
            }
            work.close(in.get(ReportStatus.CLOSED).id(), null);
            work.reject(in.get(ReportStatus.REJECTED).id(), "No es un bache sino una obra particular");
            work.markDuplicate(in.get(ReportStatus.DUPLICATE).id(), original.folio());
            return null;
        });
        Map<ReportStatus, Long> historyBefore = new EnumMap<>(ReportStatus.class);
        Map<ReportStatus, Long> mailBefore = new EnumMap<>(ReportStatus.class);
        for (ReportStatus s : ReportStatus.values()) {
            assertEquals(
                    s.name(),
                    string(
                            "select status from service_report where id = ?",
                            in.get(s).id()),
                    "the allowed steps brought the report to " + s);
            historyBefore.put(
                    s,
                    number(
                            "select count(*) from report_transition where report_id = ?",
                            in.get(s).id()));
            mailBefore.put(
                    s,
                    number(
                            "select count(*) from outbox_message where recipient = (select contact_email"
                                    + " from service_report where id = ?)",
                            in.get(s).id()));
        }

        Map<ReportStatus, List<Step>> stepsInto = new EnumMap<>(ReportStatus.class);
        stepsInto.put(ReportStatus.ASSIGNED, List.of(new Step("take", id -> work.take(id, "Lo tomo"))));
        stepsInto.put(
                ReportStatus.IN_PROGRESS,
                List.of(
                        new Step("startWork", id -> work.startWork(id, "Empezamos")),
                        new Step("reopen", id -> work.reopen(id, "El bache sigue ahí"))));
        stepsInto.put(ReportStatus.RESOLVED, List.of(new Step("resolve", id -> work.resolve(id, "Quedó reparado"))));
        stepsInto.put(ReportStatus.CLOSED, List.of(new Step("close", id -> work.close(id, "Se cierra"))));
        stepsInto.put(ReportStatus.REJECTED, List.of(new Step("reject", id -> work.reject(id, "No procede"))));
        stepsInto.put(
                ReportStatus.DUPLICATE,
                List.of(new Step("markDuplicate", id -> work.markDuplicate(id, original.folio()))));

        int pairs = asStaff("agente", () -> {
            int tried = 0;
            for (ReportStatus from : ReportStatus.values()) {
                for (Map.Entry<ReportStatus, List<Step>> into : stepsInto.entrySet()) {
                    if (from.canMoveTo(into.getKey())) {
                        continue;
                    }
                    tried++;
                    for (Step step : into.getValue()) {
                        long id = in.get(from).id();
                        BusinessException refused = assertThrows(
                                BusinessException.class,
                                () -> step.call().accept(id),
                                step.name() + " must be refused on a " + from + " report");
                        assertEquals(
                                "report.transition.forbidden",
                                refused.getMessageKey(),
                                step.name() + " on a " + from + " report");
                    }
                }
            }
            return tried;
        });
        assertEquals(30, pairs, "forbidden pairs that a staff step leads to");

        for (ReportStatus s : ReportStatus.values()) {
            assertEquals(
                    s.name(),
                    string(
                            "select status from service_report where id = ?",
                            in.get(s).id()));
            assertEquals(
                    historyBefore.get(s),
                    number(
                            "select count(*) from report_transition where report_id = ?",
                            in.get(s).id()),
                    "no step was recorded on the " + s + " report");
            assertEquals(
                    mailBefore.get(s),
                    number(
                            "select count(*) from outbox_message where recipient = (select"
                                    + " contact_email from service_report where id = ?)",
                            in.get(s).id()),
                    "the reporter of the " + s + " report was told of no refused step");
        }
        assertEquals(
                "agente",
                string(
                        "select u.username from"
                                + " service_report r join user_account u on u.id = r.assignee_id where r.id = ?",
                        in.get(ReportStatus.ASSIGNED).id()));
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        "vecino-rejected-" + run + "@example.mx",
                        "Tu reporte " + in.get(ReportStatus.REJECTED).folio() + ": Rechazado"),
                "the allowed rejection was told to the reporter");
    }

    private record Step(String name, LongConsumer call) {}

    // ---------------------------------------------------------------------------------------------
    // 5. The deadline watch

    @Test
    @Order(6)
    void theWatchMarksAtRiskThenOverdueAndTellsTheManagerOnce() throws SQLException {
        ReportReceipt receipt = reports.file(
                report(bacheo(), colonia("Las Marinas"), "Bache que nadie atiende", null, null), Channel.WEB);
        OffsetDateTime atRisk = timestamp("warn_from", receipt.id());
        OffsetDateTime due = timestamp("due_at", receipt.id());
        String overdueSubject = "Reporte vencido " + receipt.folio();
        assertTrue(atRisk.isBefore(due));

        watch.sweep(atRisk.minusMinutes(1));
        assertEquals("ON_TIME", deadlineState(receipt));

        watch.sweep(atRisk.plusMinutes(1));
        assertEquals("AT_RISK", deadlineState(receipt), "75% of the business time is used");
        assertEquals(0, number("select count(*) from outbox_message where subject = ?", overdueSubject));

        OffsetDateTime inAMonth = OffsetDateTime.now().plusDays(30);
        assertTrue(watch.sweep(inAMonth) >= 1);
        assertEquals("OVERDUE", deadlineState(receipt));
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        GERENTE_EMAIL,
                        overdueSubject),
                "Metepec's manager is told");
        assertEquals(
                1, number("select count(*) from outbox_message where subject = ?", overdueSubject), "and nobody else");
        String body = string("select body from outbox_message where subject = ?", overdueSubject);
        assertTrue(
                body.contains("El reporte " + receipt.folio() + " de Bacheo (Las Marinas) venció su plazo de atención"),
                body);

        watch.sweep(inAMonth.plusMinutes(5));
        assertEquals("OVERDUE", deadlineState(receipt));
        assertEquals(
                1,
                number("select count(*) from outbox_message where subject = ?", overdueSubject),
                "a second sweep tells nobody again");
    }

    /**
     * An address typed into anonymous reports was never confirmed: it gets one "report received" a day
     * however many reports name it (the web form's and Open311's), so the form cannot mail-bomb anybody;
     * the department still hears of every report.
     */
    @Test
    @Order(14)
    void anAddressTypedIntoAnonymousReportsGetsOneReceiptADay() throws SQLException {
        String stranger = "desconocida-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        long colonia = colonia("Barrio de San Mateo");
        List<String> folios = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            folios.add(reports.file(
                            report(
                                    bacheo(),
                                    colonia,
                                    "Bache número " + i + " frente a la casa de alguien",
                                    i == 2 ? stranger.toUpperCase() : stranger,
                                    null),
                            Channel.WEB)
                    .folio());
        }
        folios.add(reports.file(report(bacheo(), colonia, "Otro bache por la API", stranger, null), Channel.OPEN311)
                .folio());
        assertEquals(1, number("select count(*) from outbox_message where lower(recipient) = ?", stranger));
        for (String folio : folios) {
            assertEquals(
                    1,
                    number(
                            "select count(*) from outbox_message where subject = ?",
                            "Nuevo reporte " + folio + ": Bacheo"),
                    "the department is told of " + folio);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 6. E-mail through SMTP

    @Test
    @Order(7)
    void theReporterGetsTheReceiptByEmail() throws Exception {
        assertTrue(mailer.isConfigured(), "the test deployment configures puente.smtp.host");
        String email = "vecina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            ReportReceipt receipt = reports.file(
                    report(bacheo(), colonia("Barrio de Santa Cruz"), "Bache enfrente de la escuela", email, null),
                    Channel.WEB);
            // Sends what is due, in batches of 50 (the earlier tests queued more than one batch).
            int rounds = 0;
            while (mailer.sendDue() > 0) {
                assertTrue(++rounds < 40, "the outbox empties within 40 batches");
            }

            // MailTimers may have claimed the receipt in its own batch (sendDue then skips it): it arrives once that
            // batch is sent, seen on PostgreSQL on a loaded machine; a minute at most.
            List<MimeMessage> toReporter = receivedFor(smtp, email);
            for (long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    toReporter.isEmpty() && System.nanoTime() < until; ) {
                Thread.sleep(200);
                toReporter = receivedFor(smtp, email);
            }
            // Normally one; MailTimers may send the same message at the same moment (at least once).
            assertFalse(toReporter.isEmpty(), "GreenMail received the receipt for " + email);
            for (MimeMessage m : toReporter) {
                assertEquals("Recibimos tu reporte " + receipt.folio(), m.getSubject());
                String text = String.valueOf(m.getContent()).replace("\r\n", "\n");
                assertTrue(
                        text.contains("Recibimos tu reporte " + receipt.folio() + " sobre Bacheo. Lo atenderá"
                                + " Dirección de Obras Públicas; el plazo de atención vence el"),
                        text);
                assertTrue(text.contains("/seguimiento?folio=" + receipt.folio()), text);
                assertEquals("no-responder@puente.gob.mx", ((InternetAddress) m.getFrom()[0]).getAddress());
            }
            assertNotNull(
                    string("select sent_at from outbox_message where recipient = ?", email),
                    "the outbox records it as sent");
        } finally {
            smtp.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 7. "Me too" (issue 9): a caller follows an open report and is told of its next change

    @Test
    @Order(8)
    void aCallerAttachedToAnOpenFolioIsToldOfItsNextChange() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reporter = "vecina-" + run + "@example.mx";
        String caller = "llamada-" + run + "@example.mx";
        ReportReceipt original = reports.file(
                report(bacheo(), colonia("Barrio de San Miguel"), "Bache que ya reportó una vecina", reporter, null),
                Channel.WEB);
        assertEquals("Dirección de Obras Públicas", original.department(), "the receipt names the department");
        assertTrue(
                Duration.between(timestamp("due_at", original.id()), original.dueAt())
                                .abs()
                                .toMillis()
                        < 1,
                "the receipt gives the deadline (stored to the microsecond): " + original.dueAt());
        assertEquals(MEXICO_CITY, original.timeZone(), "shown in Metepec's time zone");

        FollowReceipt followed = asStaff(
                "operador",
                () -> following.attachCaller(
                        original.folio(),
                        new Contact("Ana Ruiz Pérez", caller, "722 555 0101"),
                        true,
                        "Otra persona reportó el mismo problema."));
        assertEquals(original.folio(), followed.folio());
        assertTrue(followed.toldByEmail());
        assertFalse(followed.alreadyFollowing());
        assertEquals(
                1,
                number(
                        "select count(*) from report_follower where report_id = ? and follower_email = ?",
                        original.id(),
                        caller));
        assertEquals(
                "Ana Ruiz Pérez",
                string("select follower_name from report_follower where report_id = ?", original.id()));
        assertEquals(
                2,
                number("select count(*) from report_transition where report_id = ?", original.id()),
                "the history has the step");
        String note = string(
                "select note from report_transition where report_id = ? and to_status = from_status", original.id());
        assertEquals("Otra persona reportó el mismo problema.", note, "the step carries no personal data");
        assertEquals("RECEIVED", string("select status from service_report where id = ?", original.id()));
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        caller,
                        "Te avisaremos del reporte " + original.folio()));

        FollowReceipt again = asStaff(
                "operador",
                () -> following.attachCaller(
                        original.folio(),
                        new Contact(null, caller, null),
                        true,
                        "Otra persona reportó el mismo problema."));
        assertTrue(again.alreadyFollowing(), "the same address follows once");
        assertEquals(1, number("select count(*) from report_follower where report_id = ?", original.id()));

        String citizen = "vecino-web-" + run + "@example.mx";
        FollowReceipt onTheWeb =
                following.followByEmail(original.folio(), citizen, true, "Otra persona reportó el mismo problema.");
        assertFalse(onTheWeb.alreadyFollowing());
        assertEquals(2, number("select count(*) from report_follower where report_id = ?", original.id()));
        assertEquals("WEB", string("select channel from report_follower where follower_email = ?", citizen));

        asStaff("agente", () -> {
            work.take(original.id(), "Lo atiendo yo");
            return null;
        });
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        caller,
                        "El reporte " + original.folio() + " que sigues: Asignado"),
                "the follower is told");
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        citizen,
                        "El reporte " + original.folio() + " que sigues: Asignado"),
                "the citizen who followed is told");
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        reporter,
                        "Tu reporte " + original.folio() + ": Asignado"),
                "the reporter is told as before");
    }

    @Test
    @Order(9)
    void aClosedOrUnknownFolioIsNotFollowedAndACallersEarlierReportsAreFoundByPhone() throws Exception {
        String digits = String.valueOf(1_000_000 + (long) (Math.random() * 8_999_999));
        ReportReceipt closed = asStaff(
                "operador",
                () -> reports.file(
                        new NewReport(
                                bacheo(),
                                "Bache en la privada",
                                colonia("Barrio de Santa Cruz"),
                                "Privada Juárez",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "722-" + digits.substring(0, 3) + "-" + digits.substring(3),
                                true,
                                null,
                                null),
                        Channel.PHONE));
        asStaff("agente", () -> {
            work.reject(closed.id(), "Es una obra particular");
            return null;
        });
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> asStaff(
                        "operador",
                        () -> following.attachCaller(
                                closed.folio(), Contact.none(), false, "Otra persona reportó el mismo problema.")));
        assertEquals(
                "follow.folio.closed",
                ((InvalidInputException) refused).getProblems().get(0).getMessageKey());
        assertEquals(0, number("select count(*) from report_follower where report_id = ?", closed.id()));
        BusinessException unknown = assertThrows(
                BusinessException.class,
                () -> following.followByEmail(
                        "MET-1999-999999", "ana@example.mx", true, "Otra persona reportó el mismo problema."));
        assertEquals(
                "follow.folio.unknown",
                ((InvalidInputException) unknown).getProblems().get(0).getMessageKey());

        List<EarlierReport> earlier = asStaff("operador", () -> callers.byPhone("+52 (722) " + digits));
        assertEquals(
                List.of(closed.folio()),
                earlier.stream().map(EarlierReport::folio).toList(),
                "the same number written otherwise finds the caller's report");
        assertEquals(ReportStatus.REJECTED, earlier.get(0).status());
        assertEquals(
                List.of(),
                asStaff("operador", () -> callers.byPhone("722 " + digits.substring(1) + "9")),
                "another number finds nothing");
        assertThrows(
                EJBAccessException.class,
                () -> asStaff("agente", () -> callers.byPhone("722" + digits)),
                "an agent, who sees one department, does not look callers up");
    }

    // ---------------------------------------------------------------------------------------------
    // 8. Issue 9: the managers' queue and the agents' detail page

    /** A partial folio finds its report; the full folio finds exactly one; the count agrees with the page. */
    @Test
    @Order(8)
    void aPartialFolioFindsTheReportAndTheFullOneExactlyOne() throws Exception {
        ReportReceipt receipt = reports.file(
                report(bacheo(), colonia("Pilares"), "Bache para buscar por folio", null, null), Channel.WEB);
        Matcher m = FOLIO.matcher(receipt.folio());
        assertTrue(m.matches(), receipt.folio());
        String year = m.group(1);
        String digits = m.group(2);
        String unpadded = String.valueOf(Long.parseLong(digits));
        asStaff("gerente", () -> {
            for (String typed :
                    List.of(digits, year + "-" + digits, "met-" + year + "-" + unpadded, " " + unpadded + " ")) {
                QueueFilter byFolio = new QueueFilter(null, null, null, null, false, typed);
                List<String> found = queue.queue(byFolio, 0, 100, "folio", true).stream()
                        .map(QueueRow::folio)
                        .toList();
                assertTrue(
                        found.contains(receipt.folio()), "\"" + typed + "\" finds " + receipt.folio() + ": " + found);
                assertEquals(found.size(), queue.count(byFolio), "the count of \"" + typed + "\" is the rows'");
            }
            QueueFilter full = new QueueFilter(null, null, null, null, false, receipt.folio());
            assertEquals(1, queue.count(full));
            assertEquals(
                    List.of(receipt.folio()),
                    queue.queue(full, 0, 25, "folio", true).stream()
                            .map(QueueRow::folio)
                            .toList());
            QueueFilter wildcard = new QueueFilter(null, null, null, null, false, "%_%");
            assertEquals(0, queue.count(wildcard), "LIKE wildcards typed by staff are taken literally");
            return null;
        });
    }

    /** Nothing selected: a refusal that asks for a selection, and nothing happens. */
    @Test
    @Order(9)
    void aBulkStepWithNothingSelectedIsRefusedAndChangesNothing() throws Exception {
        long mail = number("select count(*) from outbox_message");
        long steps = number("select count(*) from report_transition");
        long servicios = number("select id from department where name = 'Dirección de Servicios Públicos'");
        long agente = number("select id from user_account where username = 'agente'");
        asStaff("gerente", () -> {
            BusinessException refused =
                    assertThrows(BusinessException.class, () -> dispatch.reassign(List.of(), servicios, null));
            assertEquals("queue.selection.required", refused.getMessageKey());
            refused = assertThrows(BusinessException.class, () -> dispatch.assign(List.of(), agente, null));
            assertEquals("queue.selection.required", refused.getMessageKey());
            return null;
        });
        assertEquals(mail, number("select count(*) from outbox_message"));
        assertEquals(steps, number("select count(*) from report_transition"));
    }

    /**
     * The manager gives reports to a person: a received one becomes assigned, an in-progress one
     * changes hands without a status step; the person is told by e-mail; a report of another
     * department is left as it is and counted.
     */
    @Test
    @Order(10)
    void theManagerAssignsReportsToAnAgentOfTheirDepartment() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ReportReceipt received = reports.file(
                report(
                        bacheo(),
                        colonia("Pilares"),
                        "Bache para asignar",
                        "vecina-asignar-" + run + "@example.mx",
                        null),
                Channel.WEB);
        ReportReceipt inProgress = reports.file(
                report(
                        bacheo(),
                        colonia("Pilares"),
                        "Bache en proceso para asignar",
                        "vecina-proceso-" + run + "@example.mx",
                        null),
                Channel.WEB);
        long alumbrado = number(
                "select s.id from public_service s join body b on b.id = s.body_id"
                        + " where b.code = ? and s.code = 'alumbrado-publico'",
                DemoData.MUNICIPALITY);
        ReportReceipt otherDepartment =
                reports.file(report(alumbrado, colonia("Pilares"), "Luminaria apagada", null, null), Channel.WEB);
        long agente = number("select id from user_account where username = 'agente'");
        asStaff("agente", () -> {
            work.startWork(inProgress.id(), null);
            return null;
        });
        // the agent started it without taking it: it is in progress with nobody
        assertNull(string("select assignee_id from service_report where id = ?", inProgress.id()));
        long reporterMailBefore = number(
                "select count(*) from outbox_message where recipient = ?", "vecina-proceso-" + run + "@example.mx");

        AssignOutcome outcome = asStaff("gerente", () -> {
            List<AgentOption> agents = queue.agents();
            assertTrue(
                    agents.contains(new AgentOption(
                            agente,
                            "Jorge Luis Pérez Nava",
                            number("select department_id from user_account where id = ?", agente),
                            "Dirección de Obras Públicas")),
                    agents.toString());
            return dispatch.assign(List.of(received.id(), inProgress.id(), otherDepartment.id()), agente, "Te toca");
        });
        assertEquals(new AssignOutcome(2, 1, "Jorge Luis Pérez Nava"), outcome);
        assertEquals("ASSIGNED", string("select status from service_report where id = ?", received.id()));
        assertEquals("IN_PROGRESS", string("select status from service_report where id = ?", inProgress.id()));
        for (ReportReceipt r : List.of(received, inProgress)) {
            assertEquals(agente, number("select assignee_id from service_report where id = ?", r.id()));
            assertEquals(
                    1,
                    number(
                            "select count(*) from outbox_message where recipient = ? and subject = ?",
                            "agente@demo.puente.mx",
                            "Te asignaron el reporte " + r.folio() + ": Bacheo"),
                    "the person is told");
        }
        assertEquals(
                "HANDOVER",
                string(
                        "select kind from report_transition where report_id = ? order by id desc"
                                + " fetch first 1 rows only",
                        inProgress.id()));
        assertEquals(
                reporterMailBefore,
                number(
                        "select count(*) from outbox_message where recipient = ?",
                        "vecina-proceso-" + run + "@example.mx"),
                "a hand-over is not told to the reporter");
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        "vecina-asignar-" + run + "@example.mx",
                        "Tu reporte " + received.folio() + ": Asignado"),
                "the step into ASSIGNED is, as every status step");
        assertNull(string("select assignee_id from service_report where id = ?", otherDepartment.id()));
        assertEquals(
                new AssignOutcome(0, 1, "Jorge Luis Pérez Nava"),
                asStaff("gerente", () -> dispatch.assign(List.of(received.id()), agente, null)),
                "he has it already");
    }

    /** An internal note: in the staff history, marked; never on the public page; never e-mailed. */
    @Test
    @Order(11)
    void anInternalNoteStaysWithTheStaff() throws Exception {
        String email = "vecino-nota-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        ReportReceipt receipt =
                reports.file(report(bacheo(), colonia("Pilares"), "Bache con nota interna", email, null), Channel.WEB);
        long mail = number("select count(*) from outbox_message where recipient = ?", email);
        String note = "El vecino es conflictivo; ir con dos personas";
        asStaff("operador", () -> {
            work.addInternalNote(receipt.id(), note);
            BusinessException refused =
                    assertThrows(BusinessException.class, () -> work.addInternalNote(receipt.id(), " "));
            assertEquals("report.internalNote.required", refused.getMessageKey());
            return null;
        });
        org.puente.casework.HistoryLine step = asStaff("agente", () -> {
            List<org.puente.casework.HistoryLine> history =
                    queue.detail(receipt.id()).history();
            return history.get(history.size() - 1);
        });
        assertEquals(note, step.text());
        assertTrue(step.internal());
        assertEquals("Rosa María Castillo Díaz", step.actorName());
        assertEquals("NOTE", step.kind());
        assertEquals("RECEIVED", string("select status from service_report where id = ?", receipt.id()));
        TrackingView tracked =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertEquals(1, tracked.history().size(), "the reporter sees only the receipt step");
        assertTrue(tracked.history().stream().noneMatch(s -> note.equals(s.text())));
        assertEquals(mail, number("select count(*) from outbox_message where recipient = ?", email), "no e-mail");
        assertEquals(
                receipt.folio(),
                publicReports.byFolio(metepec(), receipt.folio()).orElseThrow().folio());
        assertTrue(
                publicReports
                                .byFolio(metepec(), receipt.folio())
                                .orElseThrow()
                                .toString()
                                .indexOf(note)
                        < 0,
                "nor in the Open311 answer");
        assertEquals(0, number("select count(*) from outbox_message where body like ?", "%conflictivo%"));
    }

    /**
     * Resolved with an evidence photo (checked by content) that the reporter sees; he says it was not
     * fixed and reopens it: back in the queue in progress, his step, the department told, a new
     * deadline, every earlier step kept; after the next resolution he is surveyed again.
     */
    @Test
    @Order(12)
    void theReporterSeesTheEvidenceAndReopensAReportThatWasNotFixed() throws Exception {
        ReportReceipt receipt = reports.file(
                report(
                        bacheo(),
                        colonia("Pilares"),
                        "Bache que vuelve a salir",
                        "vecina-reabre-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx",
                        null),
                Channel.WEB);
        java.io.ByteArrayOutputStream drawn = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", drawn);
        byte[] png = drawn.toByteArray();
        byte[] headerOnly = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        asStaff("agente", () -> {
            work.take(receipt.id(), null);
            work.startWork(receipt.id(), null);
            BusinessException refused = assertThrows(
                    BusinessException.class, () -> work.resolve(receipt.id(), "Listo", "no soy una foto".getBytes()));
            assertEquals("report.photo.type", refused.getMessageKey());
            BusinessException broken =
                    assertThrows(BusinessException.class, () -> work.resolve(receipt.id(), "Listo", headerOnly));
            assertEquals("report.photo.unreadable", broken.getMessageKey(), "a PNG header alone is no photo");
            work.resolve(receipt.id(), "Se rellenó con asfalto", png);
            return null;
        });
        assertEquals("RESOLVED", string("select status from service_report where id = ?", receipt.id()));
        TrackingView resolved =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertEquals(1, resolved.evidenceIds().size());
        long photo = resolved.evidenceIds().get(0);
        assertTrue(tracking.evidence(receipt.folio(), receipt.trackingCode(), photo)
                .isPresent());
        assertFalse(tracking.evidence(receipt.folio(), "ZZZZZZZZZZ", photo).isPresent(), "not without the code");
        assertTrue(
                tracking.track(receipt.folio(), null)
                        .orElseThrow()
                        .evidenceIds()
                        .isEmpty(),
                "not in public");
        assertTrue(
                resolved.history().stream().anyMatch(s -> "Se rellenó con asfalto".equals(s.text())),
                "the reporter reads the resolution note");
        TrackingView byFolioOnly = tracking.track(receipt.folio(), null).orElseThrow();
        assertEquals(resolved.history().size(), byFolioOnly.history().size(), "the folio alone shows every step");
        assertTrue(
                byFolioOnly.history().stream().allMatch(s -> s.text() == null),
                "but no note: a note is written for the reporter " + byFolioOnly.history());
        assertTrue(resolved.surveyOpen());
        assertTrue(resolved.reopenable());
        long steps = number("select count(*) from report_transition where report_id = ?", receipt.id());
        String department = string(
                "select d.email from department d join service_report r on r.department_id = d.id" + " where r.id = ?",
                receipt.id());

        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> tracking.answerSurvey(
                        receipt.folio(),
                        receipt.trackingCode(),
                        new SurveyAnswers(true, null, true, SurveyResponse.Degree.MUCHO, false, true, " ")));
        assertEquals(
                Set.of("reopenReason"),
                noReason.getProblems().stream().map(BusinessException::getField).collect(Collectors.toSet()));
        OffsetDateTime reopenedAt = OffsetDateTime.now();
        tracking.answerSurvey(
                receipt.folio(),
                receipt.trackingCode(),
                new SurveyAnswers(
                        true,
                        null,
                        true,
                        SurveyResponse.Degree.POCO,
                        false,
                        true,
                        "El bache volvió a abrirse con la lluvia"));

        assertEquals("IN_PROGRESS", string("select status from service_report where id = ?", receipt.id()));
        assertEquals("ON_TIME", string("select deadline_state from service_report where id = ?", receipt.id()));
        assertNull(string("select resolved_at from service_report where id = ?", receipt.id()));
        assertTrue(timestamp("due_at", receipt.id()).isAfter(reopenedAt), "a deadline ahead of the reopening");
        assertEquals(
                steps + 1,
                number("select count(*) from report_transition where report_id = ?", receipt.id()),
                "every earlier step is kept, and the reopening added");
        assertEquals(
                "CITIZEN",
                string(
                        "select kind from report_transition where report_id = ? order by id desc"
                                + " fetch first 1 rows only",
                        receipt.id()));
        assertEquals(
                "false",
                string(
                                "select cast(problem_fixed as varchar(5)) from survey_response where report_id = ?",
                                receipt.id())
                        .toLowerCase());
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ?",
                        department,
                        "Reporte reabierto por el ciudadano " + receipt.folio() + ": Bacheo"),
                "the department is told");
        assertTrue(string(
                        "select body from outbox_message where subject = ? and recipient = ?",
                        "Reporte reabierto por el ciudadano " + receipt.folio() + ": Bacheo",
                        department)
                .contains("El bache volvió a abrirse con la lluvia"));
        TrackingView reopened =
                tracking.track(receipt.folio(), receipt.trackingCode()).orElseThrow();
        assertFalse(reopened.surveyOpen());
        assertTrue(reopened.history().get(reopened.history().size() - 1).byCitizen());
        long open = asStaff(
                "gerente",
                () -> queue.count(new QueueFilter(ReportStatus.IN_PROGRESS, null, null, null, false, receipt.folio())));
        assertEquals(1, open, "back in the staff queue as open");

        asStaff("agente", () -> {
            work.resolve(receipt.id(), "Se bacheó de nuevo con mezcla en caliente");
            return null;
        });
        assertTrue(
                tracking.track(receipt.folio(), receipt.trackingCode())
                        .orElseThrow()
                        .surveyOpen(),
                "a new resolution, a new survey");
    }

    /** A wrong tracking code is said to be wrong; the public view still shows. */
    @Test
    @Order(13)
    void aWrongTrackingCodeIsToldApart() throws Exception {
        ReportReceipt receipt =
                reports.file(report(bacheo(), colonia("Pilares"), "Bache con código", null, null), Channel.WEB);
        TrackingView wrong = tracking.track(receipt.folio(), "ZZZZZZZZZZ").orElseThrow();
        assertTrue(wrong.codeMismatch());
        assertFalse(wrong.reporter());
        assertEquals(null, wrong.description());
        assertFalse(tracking.track(receipt.folio(), receipt.trackingCode())
                .orElseThrow()
                .codeMismatch());
        assertFalse(tracking.track(receipt.folio(), null).orElseThrow().codeMismatch());
        assertFalse(tracking.track(receipt.folio(), " ").orElseThrow().codeMismatch());
    }

    // ---------------------------------------------------------------------------------------------
    // The audit log

    @Test
    @Order(14)
    void staffReadingAndChangingAReportIsAuditedAndAnAlteredOrRemovedLineBreaksTheChain() throws Exception {
        ReportReceipt receipt = reports.file(
                report(bacheo(), colonia("Pilares"), "Bache de la bitácora", "auditada@example.mx", null), Channel.WEB);
        asStaff("agente", () -> queue.detail(receipt.id()));
        asStaff("agente", () -> {
            work.take(receipt.id(), null);
            return null;
        });
        assertEquals(
                1,
                number(
                        "select count(*) from audit_entry where subject_ref = ? and action = 'REPORT_VIEWED'"
                                + " and actor_name = 'agente'",
                        receipt.folio()));
        assertEquals(
                "status ASSIGNED",
                string(
                        "select detail from audit_entry where subject_ref = ?" + " and action = 'REPORT_CHANGED'",
                        receipt.folio()));
        String source = string(
                "select source from audit_entry where subject_ref = ? and action = 'REPORT_VIEWED'", receipt.folio());
        assertTrue(source.matches("[0-9a-fA-F:.]+"), "the client address: " + source);
        assertEquals(
                0,
                number("select count(*) from audit_entry where detail like '%auditada%'"
                        + " or subject_ref like '%auditada%'"),
                "no personal data in the log itself");

        org.puente.audit.AuditLog.Page found = asStaff(
                "admin",
                () -> audit.search(
                        new org.puente.audit.AuditLog.Search(null, null, receipt.folio(), null, null),
                        java.time.ZoneId.of("America/Mexico_City"),
                        0,
                        50));
        assertEquals(2, found.total());
        assertEquals(
                org.puente.audit.AuditAction.REPORT_CHANGED,
                found.entries().get(0).getAction(),
                "newest first");
        assertTrue(asStaff("admin", () -> audit.verify()).intact());

        long viewed = number(
                "select id from audit_entry where subject_ref = ? and action = 'REPORT_VIEWED'", receipt.folio());
        update("update audit_entry set actor_name = 'otro' where id = ?", viewed);
        assertEquals(
                Long.valueOf(viewed), asStaff("admin", () -> audit.verify()).brokenAt(), "an altered line");
        update("update audit_entry set actor_name = 'agente' where id = ?", viewed);
        assertTrue(asStaff("admin", () -> audit.verify()).intact(), "restored");

        long changed = number(
                "select id from audit_entry where subject_ref = ? and action = 'REPORT_CHANGED'", receipt.folio());
        update("create table audit_copy as select * from audit_entry where id = " + viewed);
        update("delete from audit_entry where id = ?", viewed);
        org.puente.audit.AuditLog.Verification gap = asStaff("admin", () -> audit.verify());
        assertFalse(gap.intact(), "a removed line");
        assertTrue(
                gap.brokenAt() > viewed && gap.brokenAt() <= changed, "found at the line after it: " + gap.brokenAt());
        update("insert into audit_entry select * from audit_copy");
        update("drop table audit_copy");
        assertTrue(asStaff("admin", () -> audit.verify()).intact(), "restored");
    }

    private int update(String sql, Object... parameters) throws SQLException {
        return db().update(sql, parameters);
    }

    private static List<MimeMessage> receivedFor(GreenMail smtp, String email) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (isFor(m, email)) {
                found.add(m);
            }
        }
        return found;
    }

    private static boolean isFor(MimeMessage m, String email) throws MessagingException {
        Address[] to = m.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address a : to) {
            if (a instanceof InternetAddress i && email.equalsIgnoreCase(i.getAddress())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // ARCO: a citizen's access to and rectification of his own data

    /**
     * Two new citizens each file a report signed in; the first downloads his data and finds his account,
     * his report with the contact he gave and its public steps, and nothing of the other's. He corrects
     * his open report's contact (audited, no history step), not the other's report nor a closed one of his,
     * and his e-mail only with his password and only to an address nobody else has.
     */
    @Test
    @Order(15)
    void aCitizenDownloadsExactlyHisOwnDataAndCorrectsHisOpenReportsContactButNotAClosedOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ana = newCitizen("Ana Arco", "ana-arco-" + suffix + "@example.mx");
        String beto = newCitizen("Beto Arco", "beto-arco-" + suffix + "@example.mx");
        long bacheo = bacheo();
        long pilares = colonia("Pilares");
        ReportReceipt mine = asStaff(
                ana,
                () -> reports.file(
                        new NewReport(
                                bacheo,
                                "Bache de Ana " + suffix,
                                pilares,
                                "Calle de Ana 12",
                                "Frente a la tienda",
                                null,
                                null,
                                "Ana de contacto",
                                "ana-contacto-" + suffix + "@example.mx",
                                "722 111 2222",
                                true,
                                null,
                                null),
                        Channel.WEB));
        ReportReceipt theirs = asStaff(
                beto,
                () -> reports.file(
                        new NewReport(
                                bacheo,
                                "Bache de Beto " + suffix,
                                pilares,
                                "Calle de Beto 34",
                                null,
                                null,
                                null,
                                "Beto de contacto",
                                "beto-contacto-" + suffix + "@example.mx",
                                "722 333 4444",
                                true,
                                null,
                                null),
                        Channel.WEB));

        PersonalDataExport data = asStaff(ana, () -> personalData.export("json"));
        assertEquals(ana, data.account().username());
        assertEquals("Ana Arco", data.account().fullName());
        List<String> consents = data.consents().stream()
                .map(PersonalDataExport.Consent::subject)
                .toList();
        assertEquals(
                2, consents.size(), "the consent he gave when he signed up and the one with his report: " + consents);
        assertTrue(consents.get(0).endsWith(":account"), consents.get(0));
        assertEquals("privacy-notice:MET:" + mine.folio(), consents.get(1), "his report's, never Beto's");
        assertEquals(
                List.of(mine.folio()),
                data.reports().stream().map(PersonalDataExport.Report::folio).toList(),
                "exactly his report, not the other citizen's " + theirs.folio());
        PersonalDataExport.Report report = data.reports().get(0);
        assertEquals("Bache de Ana " + suffix, report.description());
        assertEquals("Calle de Ana 12", report.street());
        assertEquals(
                new PersonalDataExport.Contact(
                        "Ana de contacto", "ana-contacto-" + suffix + "@example.mx", "722 111 2222"),
                report.contact());
        assertEquals(
                List.of("RECEIVED"),
                report.history().stream().map(PersonalDataExport.Step::status).toList());
        assertEquals(
                MEXICO_CITY.getRules().getOffset(report.receivedAt().toInstant()),
                report.receivedAt().getOffset(),
                "times in the municipality's zone");
        String everything = data.toString();
        assertFalse(everything.contains("Beto") || everything.contains(theirs.folio()), "nothing of the other citizen");
        if (mine.trackingCode() != null) {
            assertFalse(everything.contains(mine.trackingCode()), "no tracking code");
        }
        assertEquals(
                1,
                number(
                        "select count(*) from audit_entry where action = 'PERSONAL_DATA_EXPORTED'"
                                + " and actor_name = ? and subject_ref = ?",
                        ana,
                        ana));

        long steps = number("select count(*) from report_transition where report_id = ?", mine.id());
        asStaff(ana, () -> {
            contacts.correct(mine.folio(), "Ana Arco", "", "722 999 0000");
            return null;
        });
        assertEquals("722 999 0000", string("select contact_phone from service_report where id = ?", mine.id()));
        assertNull(
                string("select contact_email from service_report where id = ?", mine.id()), "an emptied field is gone");
        assertEquals(
                steps,
                number("select count(*) from report_transition where report_id = ?", mine.id()),
                "no history step: the history is public");
        assertEquals(
                1,
                number(
                        "select count(*) from audit_entry where action = 'PERSONAL_DATA_CORRECTED'"
                                + " and actor_name = ? and subject_ref = ?",
                        ana,
                        mine.folio()));
        BusinessException badPhone = assertThrows(
                BusinessException.class,
                () -> asStaff(ana, () -> {
                    contacts.correct(mine.folio(), "Ana", null, "llámame");
                    return null;
                }));
        assertEquals("report.phone.invalid", badPhone.getMessageKey());
        BusinessException notHis = assertThrows(
                BusinessException.class,
                () -> asStaff(ana, () -> {
                    contacts.correct(theirs.folio(), "Ana", null, "722 999 0000");
                    return null;
                }));
        assertEquals("account.contact.unknown", notHis.getMessageKey());
        assertEquals("722 333 4444", string("select contact_phone from service_report where id = ?", theirs.id()));

        asStaff("agente", () -> {
            work.take(mine.id(), null);
            work.startWork(mine.id(), null);
            work.resolve(mine.id(), "Bache rellenado");
            work.close(mine.id(), null);
            return null;
        });
        BusinessException closed = assertThrows(
                BusinessException.class,
                () -> asStaff(ana, () -> {
                    contacts.correct(mine.folio(), "Otra Persona", null, null);
                    return null;
                }));
        assertEquals("account.contact.finished", closed.getMessageKey());
        assertEquals(
                "722 999 0000",
                string("select contact_phone from service_report where id = ?", mine.id()),
                "a closed report keeps its record");

        BusinessException noPassword = assertThrows(
                BusinessException.class,
                () -> asStaff(
                        ana, () -> ownAccount.correct("Ana Arco López", "ana-nueva-" + suffix + "@example.mx", null)));
        assertEquals("account.correct.password.required", noPassword.getMessageKey());
        BusinessException taken = assertThrows(
                BusinessException.class,
                () -> asStaff(ana, () -> ownAccount.correct("Ana Arco", beto, DemoData.DEMO_PASSWORD)));
        assertEquals("registration.email.taken", taken.getMessageKey());
        assertTrue(asStaff(
                ana,
                () -> ownAccount.correct(
                        "Ana Arco López", "ana-nueva-" + suffix + "@example.mx", DemoData.DEMO_PASSWORD)));
        assertEquals(
                "ana-nueva-" + suffix + "@example.mx",
                string("select email from user_account where username = ?", ana));
        assertEquals("Ana Arco López", string("select full_name from user_account where username = ?", ana));
        assertEquals(
                1,
                number(
                        "select count(*) from audit_entry where action = 'PERSONAL_DATA_CORRECTED'"
                                + " and actor_name = ? and subject_ref = ?",
                        ana,
                        ana));
        assertThrows(
                EJBAccessException.class,
                () -> asStaff("agente", () -> personalData.export("json")),
                "staff accounts hold no citizen's data to download");
    }

    /** A citizen who signs up, then signs in with the demo password (as SignedInCalls does). */
    private String newCitizen(String name, String email) throws SQLException {
        String username = accounts.registerCitizen(
                        new CitizenRegistration(name, email, "Una clave larga de prueba 2026", true))
                .getUsername();
        db().update(
                        "update user_account set password_hash = (select password_hash from user_account"
                                + " where username = 'ciudadano') where username = ?",
                        username);
        return username;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private <T> T asStaff(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private static NewReport report(long serviceId, long coloniaId, String description, String email, String key) {
        return new NewReport(
                serviceId,
                description,
                coloniaId,
                "Avenida Tecnológico",
                null,
                null,
                null,
                email == null ? null : "Vecina de Metepec",
                email,
                null,
                true,
                null,
                key);
    }

    private long bacheo() throws SQLException {
        return number(
                "select s.id from public_service s join body b on b.id = s.body_id"
                        + " where b.code = ? and s.code = 'bacheo'",
                DemoData.MUNICIPALITY);
    }

    private long colonia(String name) throws SQLException {
        return number(
                "select c.id from colonia c join delegacion d on d.id = c.delegacion_id"
                        + " join body b on b.id = d.body_id where b.code = ? and c.name = ?",
                DemoData.MUNICIPALITY,
                name);
    }

    private Body metepec() {
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", DemoData.MUNICIPALITY)
                .getSingleResult();
    }

    private String deadlineState(ReportReceipt receipt) throws SQLException {
        return string("select deadline_state from service_report where id = ?", receipt.id());
    }

    private OffsetDateTime timestamp(String column, long reportId) throws SQLException {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        return db().timestampOrNull("select " + column + " from service_report where id = ?", reportId);
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return db().number(sql, parameters);
    }

    private String string(String sql, Object... parameters) throws SQLException {
        return db().string(sql, parameters);
    }

    private TestSql db() {
        return new TestSql(dataSource);
    }
}
