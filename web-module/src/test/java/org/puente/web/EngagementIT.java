package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.puente.calendar.OfficialHolidays;
import org.puente.casework.ClockCalendar;
import org.puente.engagement.Conflict;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventReminders;
import org.puente.engagement.EventRow;
import org.puente.engagement.EventScheduling;
import org.puente.engagement.EventStatus;
import org.puente.engagement.ExpertAssignment;
import org.puente.engagement.ExpertInput;
import org.puente.engagement.IncidentFigures;
import org.puente.engagement.IncidentRow;
import org.puente.engagement.IncidentService;
import org.puente.engagement.NewRequest;
import org.puente.engagement.ProposedSchedule;
import org.puente.engagement.PublicAgenda;
import org.puente.engagement.PublicEvent;
import org.puente.engagement.RequestDecisions;
import org.puente.engagement.RequestDetail;
import org.puente.engagement.RequestIntake;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestReceipt;
import org.puente.engagement.RequestStatus;
import org.puente.engagement.RequestStep;
import org.puente.identity.AccountService;
import org.puente.identity.PasswordHasher;
import org.puente.identity.Role;
import org.puente.identity.SignInResult;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.setup.DemoData;

/**
 * Engagement requests (chats and forums with experts) on the real WAR, a real Payara Micro and its
 * H2 database: the agency's rules refusing what they must, the request's state machine at the
 * service level, the whole path from the Enlace's letter to the public agenda with its timeline and
 * e-mails, the invitation of a new expert, scheduling conflicts and the expert's training, the
 * reminder a day before, the incident timer in business minutes, and who may see and act on what.
 *
 * <p>Every date is computed from today and the agency's calendar rows (next working weekday, a
 * future official holiday...); the incident tests stop the application's clock
 * ({@link AdjustableClock}) at chosen instants and never sleep. Steps run as the demo accounts (or
 * accounts this class opens, with the demo password) through {@link SignedInCalls}.
 *
 * <p>One server for engagement: this class's tests first, then {@link AudienceChecks} (orders from 101) and {@link
 * ForumChecks} (unordered, last), which it inherits.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngagementIT extends AudienceChecks {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Pattern FOLIO = Pattern.compile("ADEM-(\\d{4})-(\\d{4})");
    private static final Pattern TOKEN_LINK = Pattern.compile("/contrasena\\?token=([A-Za-z0-9_-]+)");
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final LocalTime ONE_PM = LocalTime.of(13, 0);
    private static final LocalTime FOUR_PM = LocalTime.of(16, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private static final String ENLACE_NAME = "Mariana Torres Lugo";
    private static final String EVALUADOR_NAME = "Carlos Hernández Vega";
    private static final String MODERADOR_NAME = "Lucía Ramírez Soto";
    private static final String EXPERTO_NAME = "Dr. Roberto Sánchez Islas";
    private static final String ENLACE_EMAIL = "enlace@demo.puente.mx";
    private static final String EVALUADOR_EMAIL = "evaluador@demo.puente.mx";
    private static final String MODERADOR_EMAIL = "moderador@demo.puente.mx";
    private static final String EXPERTO_EMAIL = "experto@demo.puente.mx";
    private static final String ADMIN_EMAIL = "admin@demo.puente.mx";
    private static final String SALUD = "Secretaría de Salud del Estado de México";
    private static final String COMUNICACION = "Unidad de Comunicación Social";
    private static final String PREVENCION = "Dirección de Prevención y Promoción de la Salud";

    /** Days this run already gave a chat to (each chat of this class gets a day of its own). */
    private static final Set<LocalDate> USED_DAYS = new HashSet<>();

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(
                        EngagementIT.class,
                        AdjustableClock.class,
                        SignedInCalls.class,
                        TestSql.class,
                        AudienceChecks.class,
                        ForumChecks.class,
                        TestEvents.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private RequestIntake intake;

    @Inject
    private RequestDecisions decisions;

    @Inject
    private ExpertAssignment experts;

    @Inject
    private EventScheduling scheduling;

    @Inject
    private RequestQueries queries;

    @Inject
    private IncidentService incidents;

    @Inject
    private EventReminders reminders;

    @Inject
    private PublicAgenda agenda;

    @Inject
    private AccountService accounts;

    @Inject
    private CalendarService calendars;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    // ---------------------------------------------------------------------------------------------
    // 1. The agency's rules

    /**
     * Each proposal breaks exactly one rule and is refused with that rule's key on the schedule
     * field; a proposal breaking three rules gets all three at once; a non-PDF letter named .pdf is
     * refused on the letter field. None of them creates a request, a step or an e-mail.
     */
    @Test
    @Order(1)
    void eachRuleRefusesWhatItMustAndNothingIsCreated() throws Exception {
        String run = run();
        LocalDate today = today();
        LocalDate saturday =
                today.plusDays(7).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate weekday = nextChatDay();
        LocalDate holiday = futureWeekdayHoliday();
        LocalDate pastWeekday = today.minusDays(1);
        while (!isWorkingDay(pastWeekday)) {
            pastWeekday = pastWeekday.minusDays(1);
        }
        LocalDate forumStart = today.plusDays(10);
        assertTrue(agencyHolidays().contains(holiday), "the agency's calendar rows have " + holiday);
        assertFalse(isWeekend(holiday), holiday + " is a weekday");

        long requests = number("select count(*) from engagement_request");
        long steps = number("select count(*) from engagement_step");
        long letters = number("select count(*) from engagement_letter");
        long mails = number("select count(*) from outbox_message");
        LocalDate past = pastWeekday;
        doAs("enlace", () -> {
            refusedWith(chat(saturday, ELEVEN, ONE_PM, "Chat en sábado " + run), "schedule", "engagement.chat.weekday");
            refusedWith(
                    chat(weekday, LocalTime.of(13, 30), LocalTime.of(15, 30), "Chat a deshoras " + run),
                    "schedule",
                    "engagement.chat.window");
            refusedWith(
                    forum(forumStart, forumStart.plusDays(3), "Foro de tres días " + run),
                    "schedule",
                    "engagement.forum.tooShort");
            refusedWith(
                    forum(forumStart, forumStart.plusWeeks(5), "Foro de cinco semanas " + run),
                    "schedule",
                    "engagement.forum.tooLong");
            refusedWith(
                    chat(holiday, ELEVEN, ONE_PM, "Chat en día festivo " + run), "schedule", "engagement.chat.holiday");
            refusedWith(chat(past, ELEVEN, ONE_PM, "Chat en el pasado " + run), "schedule", "engagement.date.past");

            // All problems of one form at once, each on its field.
            NewRequest threeProblems = new NewRequest(
                    EngagementKind.CHAT,
                    List.of("Vacunas " + run, "Dengue " + run),
                    ProposedSchedule.chat(saturday, LocalTime.of(13, 30), LocalTime.of(15, 30)),
                    expertoId(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            InvalidInputException all = assertThrows(InvalidInputException.class, () -> intake.file(threeProblems));
            assertEquals(
                    Set.of(
                            "topics:engagement.chat.oneTopic",
                            "schedule:engagement.chat.weekday",
                            "schedule:engagement.chat.window"),
                    problems(all));
            BusinessException window = all.getProblems().stream()
                    .filter(p -> p.getMessageKey().equals("engagement.chat.window"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of("11:00-13:00, 16:00-18:00"),
                    List.of(window.getArguments()),
                    "the window message names the agency's windows");

            // A picture renamed oficio.pdf is not a PDF.
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            NewRequest renamed =
                    withLetter(chat(weekday, ELEVEN, ONE_PM, "Chat con oficio falso " + run), "oficio.pdf", png);
            refusedWith(renamed, "letter", "engagement.letter.notPdf");
            return;
        });
        assertEquals(requests, number("select count(*) from engagement_request"), "no request was created");
        assertEquals(steps, number("select count(*) from engagement_step"));
        assertEquals(letters, number("select count(*) from engagement_letter"));
        assertEquals(mails, number("select count(*) from outbox_message"), "nobody was told of a refused request");

        for (Locale language : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
            ResourceBundle texts = ResourceBundle.getBundle("org.puente.web.i18n.messages", language);
            for (String key : List.of(
                    "engagement.chat.weekday",
                    "engagement.chat.window",
                    "engagement.chat.holiday",
                    "engagement.forum.tooShort",
                    "engagement.forum.tooLong",
                    "engagement.date.past",
                    "engagement.chat.oneTopic")) {
                assertFalse(texts.getString(key).isBlank(), key + " has a text in " + language);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. The state machine at the service level

    /**
     * Forbidden steps are refused with "engagement.transition.forbidden" and change nothing: not the
     * status, the version, the timeline, the events nor the outbox.
     */
    @Test
    @Order(2)
    void theServiceRefusesForbiddenTransitionsAndLeavesTheRequestUnchanged() throws Exception {
        String run = run();
        LocalDate day = nextChatDay();
        long moderador = accountId("moderador");
        ProposedSchedule otherWindow = ProposedSchedule.chat(day, FOUR_PM, SIX_PM);
        RequestReceipt fresh = as("enlace", () -> intake.file(chat(day, ELEVEN, ONE_PM, "Salud bucal " + run)));
        RequestReceipt rejected = as("enlace", () -> intake.file(chat(day, ELEVEN, ONE_PM, "Salud visual " + run)));
        RequestReceipt withdrawn = as("enlace", () -> intake.file(chat(day, ELEVEN, ONE_PM, "Salud auditiva " + run)));
        doAs("evaluador", () -> decisions.reject(rejected.id(), "No corresponde a la agenda de este mes"));
        doAs("enlace", () -> decisions.withdraw(withdrawn.id(), "La unidad ya no lo necesita"));

        // A request just filed: no schedule, no expert, no accepting or answering an adjustment never proposed.
        State before = state(fresh.id());
        assertEquals("SUBMITTED", before.status());
        doAs("evaluador", () -> {
            forbidden(
                    "schedule before approval", () -> scheduling.schedule(fresh.id(), moderador, true, "Programar ya"));
            forbidden(
                    "confirm the expert before approval",
                    () -> experts.confirmExpert(fresh.id(), null, null, "Confirmo al experto"));
        });
        doAs("enlace", () -> {
            forbidden(
                    "accept an adjustment never proposed", () -> decisions.acceptAdjustment(fresh.id(), "De acuerdo"));
            forbidden(
                    "counter-propose without an adjustment",
                    () -> decisions.counterPropose(
                            fresh.id(), otherWindow, List.of("Salud bucal " + run), "Mejor por la tarde"));
        });
        assertEquals(before, state(fresh.id()), "nothing changed on the fresh request");

        // Approved, but the expert is not confirmed yet: still no schedule.
        doAs("evaluador", () -> decisions.approve(fresh.id(), "Procede"));
        State approved = state(fresh.id());
        assertEquals("APPROVED", approved.status());
        doAs("evaluador", () -> {
            forbidden(
                    "schedule before the expert is confirmed",
                    () -> scheduling.schedule(fresh.id(), moderador, true, "Programar ya"));
            forbidden("approve twice", () -> decisions.approve(fresh.id(), "Procede otra vez"));
            forbidden(
                    "adjust an approved request",
                    () -> decisions.proposeAdjustment(
                            fresh.id(), otherWindow, List.of("Salud bucal " + run), "Mejor por la tarde"));
        });
        doAs(
                "enlace",
                () -> forbidden(
                        "accept an adjustment on an approved request",
                        () -> decisions.acceptAdjustment(fresh.id(), "De acuerdo")));
        assertEquals(approved, state(fresh.id()), "nothing changed on the approved request");

        // Rejected and withdrawn requests are final.
        State wasRejected = state(rejected.id());
        State wasWithdrawn = state(withdrawn.id());
        assertEquals("REJECTED", wasRejected.status());
        assertEquals("WITHDRAWN", wasWithdrawn.status());
        doAs("evaluador", () -> {
            forbidden("approve a rejected request", () -> decisions.approve(rejected.id(), "Lo reconsideramos"));
            forbidden(
                    "adjust a rejected request",
                    () -> decisions.proposeAdjustment(
                            rejected.id(), otherWindow, List.of("Salud visual " + run), "Otra hora"));
            forbidden("reject twice", () -> decisions.reject(rejected.id(), "Otra vez no"));
            forbidden("approve a withdrawn request", () -> decisions.approve(withdrawn.id(), "Procede"));
            forbidden(
                    "confirm the expert of a withdrawn request",
                    () -> experts.confirmExpert(withdrawn.id(), null, null, "Confirmo"));
        });
        doAs("enlace", () -> {
            forbidden("withdraw a rejected request", () -> decisions.withdraw(rejected.id(), "Lo retiro"));
            forbidden("withdraw twice", () -> decisions.withdraw(withdrawn.id(), "Lo retiro otra vez"));
        });
        assertEquals(wasRejected, state(rejected.id()), "nothing changed on the rejected request");
        assertEquals(wasWithdrawn, state(withdrawn.id()), "nothing changed on the withdrawn request");
    }

    // ---------------------------------------------------------------------------------------------
    // 3. The whole path

    /**
     * Intake with the letter, adjustment, counter-proposal, approval, the expert confirmed and the
     * event scheduled: the folio, the letter, every step with its actor and note (in the database
     * and in the detail), the event in the staff calendar, in the expert's events and on the public
     * agenda without contact data, and each e-mail in the outbox.
     */
    @Test
    @Order(3)
    void aRequestGoesFromTheLetterToThePublicAgenda() throws Exception {
        Path path = fileWithTheLetter();
        adjustThenCounterPropose(path);
        Long eventId = approveConfirmAndSchedule(path);
        everyStepIsRecordedWithItsActorAndNote(path);
        theDetailShowsTheScheduledRequest(path, eventId);
        theStaffCalendarsShowTheEvent(path, eventId);
        thePublicAgendaShowsItWithoutContactData(path, eventId);
        everyoneWasToldByEmail(path);
    }

    /** The data of the whole path, and the receipt of its request. */
    private record Path(
            String run,
            String topic,
            LocalDate filedDay,
            LocalDate adjustedDay,
            LocalDate counterDay,
            long experto,
            long moderador,
            String phone,
            byte[] pdf,
            String adjustNote,
            String counterNote,
            String approveNote,
            String confirmNote,
            String scheduleNote,
            RequestReceipt receipt) {}

    /** Step 1: the Enlace files the chat with his letter; the folio, the letter and the first e-mails. */
    private Path fileWithTheLetter() throws Exception {
        String run = run();
        String topic = "Vacunación contra la influenza estacional " + run;
        LocalDate filedDay = nextChatDay();
        LocalDate adjustedDay = nextChatDay();
        LocalDate counterDay = nextChatDay();
        long experto = expertoId();
        long moderador = accountId("moderador");
        String phone = "722 555 0134";
        byte[] pdf = ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        NewRequest form = new NewRequest(
                EngagementKind.CHAT,
                List.of(topic),
                ProposedSchedule.chat(filedDay, ELEVEN, ONE_PM),
                experto,
                null,
                "Director de Prevención",
                null,
                phone,
                "Según el oficio 123/2026 " + run,
                "oficio-salud.pdf",
                pdf);
        String adjustNote = "El 11:00 de ese día ya está ocupado; proponemos la tarde " + run;
        String counterNote = "Por la tarde no podemos; proponemos otro día por la mañana " + run;
        String approveNote = "Aprobada; gracias " + run;
        String confirmNote = "El Dr. Sánchez Islas queda confirmado " + run;
        String scheduleNote = "Modera Lucía Ramírez " + run;

        RequestReceipt receipt = as("enlace", () -> intake.file(form));
        Matcher folio = FOLIO.matcher(receipt.folio());
        assertTrue(folio.matches(), "ADEM-<year>-<4 digits>: " + receipt.folio());
        assertEquals(today().getYear(), Integer.parseInt(folio.group(1)));
        assertEquals(receipt.folio(), string("select folio from engagement_request where id = ?", receipt.id()));
        assertEquals(pdf.length, number("select size_bytes from engagement_letter where request_id = ?", receipt.id()));
        assertEquals(
                "oficio-salud.pdf",
                string("select file_name from engagement_letter where request_id = ?", receipt.id()));
        assertEquals(1, mails(ENLACE_EMAIL, "Recibimos tu solicitud " + receipt.folio()));
        assertEquals(1, mails(EVALUADOR_EMAIL, "Nueva solicitud " + receipt.folio() + ": chat sobre " + topic));

        return new Path(
                run,
                topic,
                filedDay,
                adjustedDay,
                counterDay,
                experto,
                moderador,
                phone,
                pdf,
                adjustNote,
                counterNote,
                approveNote,
                confirmNote,
                scheduleNote,
                receipt);
    }

    /** Step 2: the evaluator proposes the afternoon; the Enlace answers with another morning. */
    private void adjustThenCounterPropose(Path path) throws Exception {
        RequestReceipt receipt = path.receipt();
        String topic = path.topic();
        LocalDate filedDay = path.filedDay();
        LocalDate adjustedDay = path.adjustedDay();
        LocalDate counterDay = path.counterDay();
        String adjustNote = path.adjustNote();
        String counterNote = path.counterNote();
        doAs(
                "evaluador",
                () -> decisions.proposeAdjustment(
                        receipt.id(), ProposedSchedule.chat(adjustedDay, FOUR_PM, SIX_PM), List.of(topic), adjustNote));
        doAs("enlace", () -> {
            RequestDetail d = queries.detail(receipt.id());
            assertEquals(RequestStatus.ADJUSTMENT_PROPOSED, d.status());
            assertTrue(d.hasAdjustment());
            assertEquals(ProposedSchedule.chat(adjustedDay, FOUR_PM, SIX_PM), d.adjustedSchedule());
            assertEquals(ProposedSchedule.chat(filedDay, ELEVEN, ONE_PM), d.schedule(), "the unit's proposal stays");
            assertTrue(d.canAnswer());
            assertFalse(d.canEvaluate());
            decisions.counterPropose(
                    receipt.id(), ProposedSchedule.chat(counterDay, ELEVEN, ONE_PM), List.of(topic), counterNote);
        });
    }

    /** Step 3: the evaluator approves the counter-proposal, confirms the expert and schedules the chat. */
    private Long approveConfirmAndSchedule(Path path) throws Exception {
        RequestReceipt receipt = path.receipt();
        LocalDate counterDay = path.counterDay();
        long moderador = path.moderador();
        String approveNote = path.approveNote();
        String confirmNote = path.confirmNote();
        String scheduleNote = path.scheduleNote();
        Long scheduledId = as("evaluador", () -> {
            RequestDetail d = queries.detail(receipt.id());
            assertEquals(RequestStatus.COUNTER_PROPOSED, d.status());
            assertFalse(d.hasAdjustment(), "the adjustment was answered");
            assertEquals(ProposedSchedule.chat(counterDay, ELEVEN, ONE_PM), d.schedule());
            assertTrue(d.canEvaluate());
            decisions.approve(receipt.id(), approveNote);
            experts.confirmExpert(receipt.id(), null, null, confirmNote);
            List<Conflict> conflicts = scheduling.conflicts(receipt.id(), moderador);
            assertEquals(
                    List.of(),
                    conflicts,
                    "no conflict: a free day, and the demo expert had his training (the demo data's)");
            return scheduling.schedule(receipt.id(), moderador, false, scheduleNote);
        });

        assertEquals(scheduledId, number("select id from engagement_event where request_id = ?", receipt.id()));
        return scheduledId;
    }

    /** Step 4: every step in the database, with its actor and note. */
    private void everyStepIsRecordedWithItsActorAndNote(Path path) throws Exception {
        RequestReceipt receipt = path.receipt();
        String run = path.run();
        String adjustNote = path.adjustNote();
        String counterNote = path.counterNote();
        String approveNote = path.approveNote();
        String confirmNote = path.confirmNote();
        String scheduleNote = path.scheduleNote();
        assertEquals(
                List.of(
                        List.of("-", "SUBMITTED", "enlace", "Según el oficio 123/2026 " + run),
                        List.of("SUBMITTED", "ADJUSTMENT_PROPOSED", "evaluador", adjustNote),
                        List.of("ADJUSTMENT_PROPOSED", "COUNTER_PROPOSED", "enlace", counterNote),
                        List.of("COUNTER_PROPOSED", "APPROVED", "evaluador", approveNote),
                        List.of("APPROVED", "EXPERT_CONFIRMED", "evaluador", confirmNote),
                        List.of("EXPERT_CONFIRMED", "SCHEDULED", "evaluador", scheduleNote)),
                rows(
                        "select coalesce(s.from_status, '-'), s.to_status, u.username, s.note from engagement_step s"
                                + " join user_account u on u.id = s.actor_id where s.request_id = ? order by s.occurred_at, s.id",
                        receipt.id()));
        assertEquals("SCHEDULED", string("select status from engagement_request where id = ?", receipt.id()));
    }

    /** Step 5: the request's detail as the Enlace sees it: the event, the timeline, the letter as filed. */
    private void theDetailShowsTheScheduledRequest(Path path, Long eventId) throws Exception {
        RequestReceipt receipt = path.receipt();
        String run = path.run();
        byte[] pdf = path.pdf();
        String adjustNote = path.adjustNote();
        String counterNote = path.counterNote();
        String approveNote = path.approveNote();
        String confirmNote = path.confirmNote();
        String scheduleNote = path.scheduleNote();
        doAs("enlace", () -> {
            RequestDetail d = queries.detail(receipt.id());
            assertEquals(receipt.folio(), d.folio());
            assertEquals(RequestStatus.SCHEDULED, d.status());
            assertEquals(SALUD, d.bodyName());
            assertEquals(COMUNICACION, d.unitName());
            assertEquals(ENLACE_NAME, d.requesterName());
            assertEquals("oficio-salud.pdf", d.letterName());
            assertEquals(pdf.length, d.letterSize());
            assertEquals(EXPERTO_NAME, d.expertAccountName());
            assertTrue(d.expertConfirmed());
            assertEquals(eventId, d.eventId());
            assertEquals(MODERADOR_NAME, d.moderatorName());
            assertEquals(
                    List.of(
                            new Step(null, RequestStatus.SUBMITTED, ENLACE_NAME, "Según el oficio 123/2026 " + run),
                            new Step(
                                    RequestStatus.SUBMITTED,
                                    RequestStatus.ADJUSTMENT_PROPOSED,
                                    EVALUADOR_NAME,
                                    adjustNote),
                            new Step(
                                    RequestStatus.ADJUSTMENT_PROPOSED,
                                    RequestStatus.COUNTER_PROPOSED,
                                    ENLACE_NAME,
                                    counterNote),
                            new Step(
                                    RequestStatus.COUNTER_PROPOSED,
                                    RequestStatus.APPROVED,
                                    EVALUADOR_NAME,
                                    approveNote),
                            new Step(
                                    RequestStatus.APPROVED,
                                    RequestStatus.EXPERT_CONFIRMED,
                                    EVALUADOR_NAME,
                                    confirmNote),
                            new Step(
                                    RequestStatus.EXPERT_CONFIRMED,
                                    RequestStatus.SCHEDULED,
                                    EVALUADOR_NAME,
                                    scheduleNote)),
                    d.steps().stream()
                            .map(s -> new Step(s.from(), s.to(), s.actorName(), s.note()))
                            .toList(),
                    "the timeline of the detail");
            for (int i = 1; i < d.steps().size(); i++) {
                assertFalse(d.steps().get(i).at().isBefore(d.steps().get(i - 1).at()), "the timeline is in order");
            }
            assertArrayEquals(pdf, queries.letter(receipt.id()).orElseThrow().getData(), "the letter as filed");
            return;
        });
    }

    /** Step 6: the staff calendar of the day (not the next), not another unit's Enlace's; the moderator's and the expert's. */
    private void theStaffCalendarsShowTheEvent(Path path, Long eventId) throws Exception {
        RequestReceipt receipt = path.receipt();
        String topic = path.topic();
        LocalDate counterDay = path.counterDay();
        OffsetDateTime startsAt = counterDay.atTime(ELEVEN).atZone(MEXICO_CITY).toOffsetDateTime();
        OffsetDateTime endsAt = counterDay.atTime(ONE_PM).atZone(MEXICO_CITY).toOffsetDateTime();
        EventRow inCalendar = as("evaluador", () -> queries.calendar(counterDay, counterDay)).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the calendar"));
        assertEquals(receipt.id(), inCalendar.requestId());
        assertEquals(receipt.folio(), inCalendar.folio());
        assertEquals(topic, inCalendar.title());
        assertEquals(startsAt.toInstant(), inCalendar.startsAt().toInstant());
        assertEquals(endsAt.toInstant(), inCalendar.endsAt().toInstant());
        assertEquals(EXPERTO_NAME, inCalendar.expertName());
        assertEquals(MODERADOR_NAME, inCalendar.moderatorName());
        assertEquals(EventStatus.SCHEDULED, inCalendar.status());
        assertTrue(inCalendar.expertTrained(), "the demo expert had his training (the demo data's)");
        assertTrue(
                as("evaluador", () -> queries.calendar(counterDay.plusDays(1), counterDay.plusDays(1))).stream()
                        .noneMatch(e -> e.id().equals(eventId)),
                "not on the next day");
        String otherUnit = "enlace.calendario." + run();
        openStaffAccount(otherUnit, "Enlace de otra unidad", DemoData.DEPENDENCY, PREVENCION, Set.of(Role.ENLACE));
        assertTrue(
                as(otherUnit, () -> queries.calendar(counterDay, counterDay)).stream()
                        .noneMatch(e -> e.id().equals(eventId)),
                "another unit's Enlace does not see the chat in the staff calendar");
        assertTrue(
                as("moderador", () -> queries.calendar(counterDay, counterDay)).stream()
                        .anyMatch(e -> e.id().equals(eventId)),
                "its moderator does");

        assertTrue(
                as("experto", () -> queries.myEvents()).stream().anyMatch(e -> e.id().equals(eventId)),
                "the expert sees it among his events");
    }

    /** Step 7: the public agenda lists it with the expert's name and position, never his e-mail or phone. */
    private void thePublicAgendaShowsItWithoutContactData(Path path, Long eventId) {
        String topic = path.topic();
        String phone = path.phone();
        OffsetDateTime startsAt =
                path.counterDay().atTime(ELEVEN).atZone(MEXICO_CITY).toOffsetDateTime();
        PublicEvent shown = agenda.upcoming(0, 1000).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the public agenda"));
        assertEquals(topic, shown.title());
        assertEquals(EXPERTO_NAME, shown.expertName());
        assertEquals("Director de Prevención", shown.expertPosition());
        assertEquals(SALUD, shown.bodyName());
        assertEquals(startsAt.toInstant(), shown.startsAt().toInstant());
        assertFalse(shown.toString().contains(EXPERTO_EMAIL), "no e-mail in the public record: " + shown);
        assertFalse(shown.toString().contains(phone), "no phone in the public record: " + shown);
        assertEquals(shown, agenda.event(eventId).orElseThrow());
    }

    /**
     * Step 8: the Enlace was told of each decision, the evaluator of the counter-proposal, the expert and
     * the moderator of the assignment and the schedule.
     */
    private void everyoneWasToldByEmail(Path path) throws Exception {
        RequestReceipt receipt = path.receipt();
        String topic = path.topic();
        String approveNote = path.approveNote();
        String adjustNote = path.adjustNote();
        for (String status : List.of("Ajuste propuesto", "Aprobada", "Experto confirmado", "Programada")) {
            assertEquals(1, mails(ENLACE_EMAIL, "Tu solicitud " + receipt.folio() + ": " + status), status);
        }
        assertTrue(body(ENLACE_EMAIL, "Tu solicitud " + receipt.folio() + ": Aprobada")
                .contains(approveNote));
        assertTrue(body(ENLACE_EMAIL, "Tu solicitud " + receipt.folio() + ": Ajuste propuesto")
                .contains(adjustNote));
        assertEquals(1, mails(EVALUADOR_EMAIL, "Solicitud " + receipt.folio() + ": Contrapropuesta"));
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ? and body like ?",
                        EXPERTO_EMAIL,
                        "Participarás como experto en un chat de Puente",
                        "%" + topic + "%"),
                "the expert is told of his assignment");
        assertEquals(1, mails(EXPERTO_EMAIL, "Programado: chat \"" + topic + "\""));
        assertEquals(1, mails(MODERADOR_EMAIL, "Programado: chat \"" + topic + "\""));
    }

    private record Step(RequestStatus from, RequestStatus to, String actor, String note) {}

    /**
     * The evaluator assigns a new expert by name and e-mail: an EXPERTO account of the unit's body
     * is opened, the invitation with its one-time link is queued, the link sets the password once,
     * and the expert then signs in. The public agenda does not give him the proposed person's position.
     */
    @Test
    @Order(4)
    void aNewExpertGetsAnAccountAndAOneTimeLinkToSetHisPassword() throws Exception {
        String run = run();
        String topic = "Prevención del dengue " + run;
        LocalDate day = nextChatDay();
        String proposedEmail = "propuesta." + run + "@example.mx";
        String newEmail = "nueva.experta." + run + "@example.mx";
        String newName = "Mtra. Nueva Experta " + run;
        NewRequest form = new NewRequest(
                EngagementKind.CHAT,
                List.of(topic),
                ProposedSchedule.chat(day, FOUR_PM, SIX_PM),
                null,
                "Dra. Propuesta " + run,
                "Subdirectora de Epidemiología",
                proposedEmail,
                null,
                null,
                null,
                null);
        RequestReceipt receipt = as("enlace", () -> intake.file(form));
        long accountsBefore = number("select count(*) from user_account");
        doAs("evaluador", () -> {
            decisions.approve(receipt.id(), "Procede");
            experts.confirmExpert(
                    receipt.id(),
                    null,
                    new ExpertInput(newName, newEmail.toUpperCase(Locale.ROOT)),
                    "Asignamos a otra experta");
        });

        assertEquals(accountsBefore + 1, number("select count(*) from user_account"), "one account was opened");
        assertEquals(0, number("select count(*) from user_account where email = ?", proposedEmail));
        String username = string("select username from user_account where email = ?", newEmail);
        assertEquals("nueva.experta." + run, username, "the user name comes from the e-mail");
        assertEquals(newName, string("select full_name from user_account where username = ?", username));
        assertEquals(
                List.of(List.of("EXPERTO")),
                rows(
                        "select r.role from user_role r join user_account u"
                                + " on u.id = r.user_id where u.username = ?",
                        username));
        assertEquals(
                DemoData.DEPENDENCY,
                string(
                        "select b.code from user_account u join body b on b.id = u.body_id" + " where u.username = ?",
                        username));
        assertEquals(
                COMUNICACION,
                string(
                        "select d.name from user_account u join department d"
                                + " on d.id = u.department_id where u.username = ?",
                        username));
        assertEquals(
                username,
                string(
                        "select u.username from engagement_request r join user_account u"
                                + " on u.id = r.expert_id where r.id = ?",
                        receipt.id()));
        assertEquals("EXPERT_CONFIRMED", string("select status from engagement_request where id = ?", receipt.id()));

        assertEquals(1, mails(newEmail, "Tu cuenta de Puente"));
        assertEquals(1, mails(newEmail, "Participarás como experto en un chat de Puente"));
        assertEquals(0, number("select count(*) from outbox_message where recipient = ?", proposedEmail));
        String invitation = body(newEmail, "Tu cuenta de Puente");
        assertTrue(invitation.contains("usuario \"" + username + "\""), invitation);
        // the link's token is made when the e-mail is sent (PlatformIT follows it through GreenMail)
        assertTrue(invitation.contains("/contrasena?token=[[token]]"), invitation);
        assertFalse(
                TOKEN_LINK.matcher(invitation.replace("[[token]]", "")).find(),
                "no token in the outbox: " + invitation);
        assertEquals(
                1,
                number(
                        "select count(*) from password_token t join user_account u on u.id = t.account_id"
                                + " where u.username = ? and t.purpose = 'INVITATION' and t.token_hash is null and t.used_at is null",
                        username));
        assertEquals(
                SignInResult.Outcome.INVALID,
                accounts.signIn(username, "una-clave-de-experta-" + run).outcome(),
                "no password works before the link is used");

        Long eventId = as("evaluador", () -> scheduling.schedule(receipt.id(), accountId("moderador"), true, null));
        PublicEvent shown = agenda.event(eventId).orElseThrow();
        assertEquals(newName, shown.expertName());
        assertNull(shown.expertPosition(), "the proposed person's position is not the assigned expert's");
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Conflicts and training

    /**
     * Two chats in one window with the same moderator: the conflict is shown and scheduling without
     * having seen it is refused; once seen it goes through. A third chat in the window exceeds the
     * two parallel chats. An untrained expert is reported until his training is marked done.
     */
    @Test
    @Order(5)
    void conflictsAreShownAndMustBeSeenBeforeScheduling() throws Exception {
        String run = run();
        LocalDate day = nextChatDay();
        long moderador = accountId("moderador");
        Scheduled first = scheduledChat(day, ELEVEN, ONE_PM, "Lactancia materna " + run);

        String secondTopic = "Salud mental en adolescentes " + run;
        String secondExpert = "Psic. Segunda Experta " + run;
        RequestReceipt second = as(
                "enlace",
                () -> intake.file(new NewRequest(
                        EngagementKind.CHAT,
                        List.of(secondTopic),
                        ProposedSchedule.chat(day, ELEVEN, ONE_PM),
                        null,
                        secondExpert,
                        "Psicóloga",
                        "segunda.experta." + run + "@example.mx",
                        null,
                        null,
                        null,
                        null)));
        RequestReceipt third = as(
                "enlace",
                () -> intake.file(chat(
                        day,
                        ELEVEN,
                        ONE_PM,
                        "Tercer chat " + run,
                        "Tercer Experto " + run,
                        "tercer.experto." + run + "@example.mx")));
        doAs("evaluador", () -> {
            decisions.approve(second.id(), "Procede");
            experts.confirmExpert(second.id(), null, null, null); // opens the proposed expert's account

            List<Conflict> conflicts = scheduling.conflicts(second.id(), moderador);
            assertEquals(
                    Set.of(
                            new Conflict("engagement.conflict.moderator", MODERADOR_NAME, first.topic(), first.folio()),
                            new Conflict("engagement.conflict.untrained", secondExpert)),
                    Set.copyOf(conflicts));
            assertEquals(2, conflicts.size(), conflicts.toString());
            assertEquals(
                    List.of(), scheduling.conflicts(third.id(), null), "two chats in one window are within the limit");

            BusinessException unseen = assertThrows(
                    BusinessException.class, () -> scheduling.schedule(second.id(), moderador, false, null));
            assertEquals("engagement.conflict.unconfirmed", unseen.getMessageKey());
            return;
        });
        assertEquals("EXPERT_CONFIRMED", string("select status from engagement_request where id = ?", second.id()));
        assertEquals(0, number("select count(*) from engagement_event where request_id = ?", second.id()));

        // The training: scheduled, not yet done (still untrained), then done.
        LocalDateTime trainingAt = day.minusDays(1).atTime(10, 0);
        Long secondEvent = as("evaluador", () -> {
            scheduling.scheduleTraining(second.id(), trainingAt);
            RequestDetail d = queries.detail(second.id());
            assertEquals(1, d.trainings().size());
            assertFalse(d.trainings().get(0).done());
            assertEquals(
                    trainingAt.atZone(MEXICO_CITY).toInstant(),
                    d.trainings().get(0).scheduledAt().toInstant());
            assertFalse(d.expertTrained());
            assertTrue(
                    scheduling.conflicts(second.id(), moderador).stream()
                            .anyMatch(c -> c.messageKey().equals("engagement.conflict.untrained")),
                    "scheduled is not done");

            scheduling.markTraining(d.trainings().get(0).id(), true);
            RequestDetail trained = queries.detail(second.id());
            assertTrue(trained.trainings().get(0).done());
            assertTrue(trained.expertTrained());
            assertEquals(
                    List.of(new Conflict(
                            "engagement.conflict.moderator", MODERADOR_NAME, first.topic(), first.folio())),
                    scheduling.conflicts(second.id(), moderador),
                    "trained: only the moderator's clash");

            BusinessException unseen = assertThrows(
                    BusinessException.class, () -> scheduling.schedule(second.id(), moderador, false, null));
            assertEquals("engagement.conflict.unconfirmed", unseen.getMessageKey());
            return scheduling.schedule(second.id(), moderador, true, "Visto el empalme con " + first.folio());
        });
        assertEquals(1, mails("segunda.experta." + run + "@example.mx", "Capacitación para tu chat en Puente"));
        assertEquals("SCHEDULED", string("select status from engagement_request where id = ?", second.id()));
        assertEquals(secondEvent, number("select id from engagement_event where request_id = ?", second.id()));

        doAs("evaluador", () -> {
            List<EventRow> thatDay = queries.calendar(day, day);
            assertEquals(
                    Set.of(first.folio(), second.folio()),
                    thatDay.stream().map(EventRow::folio).collect(Collectors.toSet()));
            assertTrue(thatDay.stream()
                    .filter(e -> e.folio().equals(second.folio()))
                    .findFirst()
                    .orElseThrow()
                    .expertTrained());
            assertEquals(
                    List.of(new Conflict("engagement.conflict.parallel", "2", "2")),
                    scheduling.conflicts(third.id(), null),
                    "a third chat in the window is one too many");
            return;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // 5. The reminder a day before

    @Test
    @Order(6)
    void theExpertIsRemindedOnceADayBefore() throws Exception {
        String run = run();
        String topic = "Cuidados del adulto mayor " + run;
        Scheduled event = scheduledChat(nextChatDay(), FOUR_PM, SIX_PM, topic);
        OffsetDateTime startsAt =
                event.day().atTime(FOUR_PM).atZone(MEXICO_CITY).toOffsetDateTime();
        String subject = "Mañana: chat \"" + topic + "\"";

        reminders.remindDue(startsAt.minusHours(25));
        assertNull(string("select reminded_at from engagement_event where id = ?", event.eventId()));
        assertEquals(0, mails(EXPERTO_EMAIL, subject), "not reminded two days before");

        OffsetDateTime dayBefore = startsAt.minusHours(23);
        assertTrue(reminders.remindDue(dayBefore) >= 1);
        assertEquals(1, mails(EXPERTO_EMAIL, subject));
        assertEquals(
                dayBefore.toInstant(),
                timestamp("select reminded_at from engagement_event where id = ?", event.eventId())
                        .toInstant());
        String text = body(EXPERTO_EMAIL, subject);
        assertTrue(text.contains("Hola, " + EXPERTO_NAME), text);
        assertTrue(text.contains("16:00 a 18:00") && text.contains("Modera: " + MODERADOR_NAME), text);

        reminders.remindDue(startsAt.minusHours(22));
        reminders.remindDue(startsAt.minusHours(1));
        assertEquals(1, mails(EXPERTO_EMAIL, subject), "reminded once");
        assertEquals(
                0,
                number(
                        "select count(*) from outbox_message where subject = ? and recipient <> ?",
                        subject,
                        EXPERTO_EMAIL),
                "the reminder goes to the expert");
    }

    // ---------------------------------------------------------------------------------------------
    // 6. Incidents: first response within 30 business minutes

    /**
     * Reported on a Tuesday at 10:00: due at 10:30; not escalated at 10:29, escalated at 10:30 and
     * never again; the administrators are told once; a response at 10:45 is not in time.
     */
    @Test
    @Order(7)
    void anUnansweredIncidentIsEscalatedAtThirtyBusinessMinutesOnce() throws Exception {
        String run = run();
        String description = "El chat no carga para los ciudadanos " + run;
        LocalDate tuesday =
                today().plusDays(60).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        while (!isWorkingDay(tuesday)) {
            tuesday = tuesday.plusWeeks(1);
        }
        ZonedDateTime reportedAt = tuesday.atTime(10, 0).atZone(MEXICO_CITY);
        Long id = atInstant(reportedAt, () -> as("enlace", () -> incidents.report(null, description)));

        assertEquals(
                reportedAt.toInstant(),
                timestamp("select reported_at from platform_incident where id = ?", id)
                        .toInstant());
        assertEquals(
                reportedAt.plusMinutes(30).toInstant(),
                timestamp("select response_due_at from platform_incident where id = ?", id)
                        .toInstant());
        for (String staff : List.of(EVALUADOR_EMAIL, MODERADOR_EMAIL)) {
            assertEquals(
                    1,
                    number(
                            "select count(*) from outbox_message where recipient = ? and subject = ? and body like ?",
                            staff,
                            "Incidencia de la plataforma: " + SALUD,
                            "%" + description + "%La primera respuesta vence a las" + " 10:30%"),
                    staff + " is told");
        }

        incidents.escalateDue(reportedAt.plusMinutes(29).toOffsetDateTime());
        assertNull(string("select escalated_at from platform_incident where id = ?", id), "not late at 29 minutes");
        assertEquals(0, escalationMails(description));

        assertTrue(incidents.escalateDue(reportedAt.plusMinutes(30).toOffsetDateTime()) >= 1);
        assertEquals(
                reportedAt.plusMinutes(30).toInstant(),
                timestamp("select escalated_at from platform_incident where id = ?", id)
                        .toInstant());
        assertEquals(1, escalationMails(description), "the administrator is told");
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where subject = ? and body like ?",
                        "Incidencia sin respuesta a tiempo: " + SALUD,
                        "%" + description + "%"),
                "and only the administrator");

        incidents.escalateDue(reportedAt.plusMinutes(31).toOffsetDateTime());
        incidents.escalateDue(reportedAt.plusDays(1).toOffsetDateTime());
        assertEquals(
                reportedAt.plusMinutes(30).toInstant(),
                timestamp("select escalated_at from platform_incident where id = ?", id)
                        .toInstant());
        assertEquals(1, escalationMails(description), "escalated once");
        assertEquals("OPEN", string("select status from platform_incident where id = ?", id));

        IncidentFigures before = as("evaluador", () -> incidents.figures());
        atInstant(reportedAt.plusMinutes(45), () -> {
            doAs("moderador", () -> incidents.respond(id, "Lo estamos revisando " + run));
            return null;
        });
        IncidentFigures after = as("evaluador", () -> incidents.figures());
        assertEquals(before.total(), after.total());
        assertEquals(before.open() - 1, after.open());
        assertEquals(before.due() + 1, after.due(), "an answered incident counts");
        assertEquals(before.answeredInTime(), after.answeredInTime(), "answered at 10:45 is late");
        IncidentRow row = as("evaluador", () -> incidents.incidents(0, 1000)).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertTrue(row.escalated());
        assertFalse(row.answeredInTime());
        assertTrue(row.late());
    }

    /**
     * Reported on a Friday at 17:50: ten minutes that day, nothing on the weekend, so due on Monday
     * at 9:20; answered at 9:10 it counts as answered in time and is never escalated.
     */
    @Test
    @Order(8)
    void anIncidentOnFridayEveningIsDueOnMondayAndAnAnswerBeforeCountsInTime() throws Exception {
        String run = run();
        String description = "No se ven las preguntas del foro " + run;
        LocalDate friday = today().plusDays(70).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        while (!isWorkingDay(friday) || !isWorkingDay(friday.plusDays(3))) {
            friday = friday.plusWeeks(1);
        }
        LocalDate monday = friday.plusDays(3);
        ZonedDateTime reportedAt = friday.atTime(17, 50).atZone(MEXICO_CITY);
        ZonedDateTime dueAt = monday.atTime(9, 20).atZone(MEXICO_CITY);
        Long id = atInstant(reportedAt, () -> as("enlace", () -> incidents.report(null, description)));

        OffsetDateTime due = timestamp("select response_due_at from platform_incident where id = ?", id);
        assertEquals(
                dueAt.toInstant(), due.toInstant(), "due on Monday at 9:20, got " + due.atZoneSameInstant(MEXICO_CITY));
        Body agency = em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", DemoData.AGENCY)
                .getSingleResult();
        ClockCalendar time = calendars.businessTime(agency, friday.getYear());
        assertEquals(Duration.ofMinutes(30), time.between(reportedAt.toOffsetDateTime(), due));

        incidents.escalateDue(dueAt.minusMinutes(1).toOffsetDateTime());
        assertNull(string("select escalated_at from platform_incident where id = ?", id));

        IncidentFigures before = as("evaluador", () -> incidents.figures());
        atInstant(monday.atTime(9, 10).atZone(MEXICO_CITY), () -> {
            doAs("evaluador", () -> incidents.respond(id, "Ya lo vimos; en unos minutos queda " + run));
            return null;
        });
        IncidentFigures after = as("evaluador", () -> incidents.figures());
        assertEquals(before.answeredInTime() + 1, after.answeredInTime(), "answered in time");
        assertEquals(before.due() + 1, after.due());
        assertEquals(before.open() - 1, after.open());
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where recipient = ? and subject = ? and body like ?",
                        ENLACE_EMAIL,
                        "Respuesta a tu incidencia",
                        "%Ya lo vimos; en unos minutos queda " + run + "%"));

        incidents.escalateDue(dueAt.plusMinutes(10).toOffsetDateTime());
        assertNull(
                string("select escalated_at from platform_incident where id = ?", id),
                "an answered one is not escalated");
        assertEquals(0, escalationMails(description));
        IncidentRow row = as("enlace", () -> incidents.incidents(0, 1000)).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertTrue(row.answeredInTime());
        assertFalse(row.late());
        assertFalse(row.escalated());
    }

    // ---------------------------------------------------------------------------------------------
    // 7. Who may see and act on what

    /** An Enlace of another unit of the same body neither sees nor answers the request; its own Enlace does. */
    @Test
    @Order(9)
    void anEnlaceOfAnotherUnitCannotSeeNorAnswerTheRequest() throws Exception {
        String run = run();
        String other = "enlace.prevencion." + run;
        openStaffAccount(other, "Enlace de Prevención " + run, DemoData.DEPENDENCY, PREVENCION, Set.of(Role.ENLACE));
        String topic = "Detección oportuna del cáncer de mama " + run;
        LocalDate day = nextChatDay();
        RequestReceipt receipt = as("enlace", () -> intake.file(chat(day, ELEVEN, ONE_PM, topic)));
        doAs(
                "evaluador",
                () -> decisions.proposeAdjustment(
                        receipt.id(),
                        ProposedSchedule.chat(day, FOUR_PM, SIX_PM),
                        List.of(topic),
                        "Mejor por la tarde"));
        State before = state(receipt.id());

        doAs(other, () -> {
            assertThrows(AccessDeniedException.class, () -> queries.detail(receipt.id()));
            assertThrows(AccessDeniedException.class, () -> queries.letter(receipt.id()));
            assertThrows(AccessDeniedException.class, () -> decisions.acceptAdjustment(receipt.id(), "Acepto"));
            assertThrows(
                    AccessDeniedException.class,
                    () -> decisions.counterPropose(
                            receipt.id(),
                            ProposedSchedule.chat(day, ELEVEN, ONE_PM),
                            List.of(topic),
                            "Mejor en la mañana"));
            assertThrows(AccessDeniedException.class, () -> decisions.withdraw(receipt.id(), "Lo retiro"));
            assertTrue(
                    queries.requests(0, 1000).stream().noneMatch(r -> r.id().equals(receipt.id())), "not in his list");
            return;
        });
        assertEquals(before, state(receipt.id()), "the other unit's Enlace changed nothing");

        doAs("enlace", () -> {
            assertTrue(queries.requests(0, 1000).stream().anyMatch(r -> r.id().equals(receipt.id())));
            decisions.acceptAdjustment(receipt.id(), "De acuerdo, por la tarde");
            RequestDetail d = queries.detail(receipt.id());
            assertEquals(RequestStatus.ADJUSTMENT_ACCEPTED, d.status());
            assertEquals(
                    ProposedSchedule.chat(day, FOUR_PM, SIX_PM), d.schedule(), "the adjustment became the proposal");
            return;
        });
    }

    /** An account that is Enlace and evaluator files a request; he cannot evaluate it, another evaluator can. */
    @Test
    @Order(10)
    void anEvaluatorCannotActOnARequestHeFiledHimself() throws Exception {
        String run = run();
        String both = "enlace.evaluador." + run;
        openStaffAccount(
                both,
                "Enlace y Evaluador " + run,
                DemoData.AGENCY,
                "Departamento de Contenidos",
                Set.of(Role.ENLACE, Role.EVALUADOR));
        String topic = "Trámites digitales de la agencia " + run;
        LocalDate day = nextChatDay();
        long moderador = accountId("moderador");
        RequestReceipt receipt = as(both, () -> intake.file(chat(day, ELEVEN, ONE_PM, topic)));
        State before = state(receipt.id());

        doAs(both, () -> {
            RequestDetail d = queries.detail(receipt.id());
            assertFalse(d.canEvaluate());
            assertTrue(d.canAnswer());
            ownRequest(() -> decisions.approve(receipt.id(), "Me la apruebo"));
            ownRequest(() -> decisions.reject(receipt.id(), "Me la rechazo"));
            ownRequest(() -> decisions.proposeAdjustment(
                    receipt.id(), ProposedSchedule.chat(day, FOUR_PM, SIX_PM), List.of(topic), "Mejor por la tarde"));
            ownRequest(() -> experts.confirmExpert(receipt.id(), expertoId(), null, null));
            ownRequest(() -> scheduling.schedule(receipt.id(), moderador, true, null));
            ownRequest(() ->
                    scheduling.scheduleTraining(receipt.id(), day.minusDays(1).atTime(10, 0)));
            return;
        });
        assertEquals(before, state(receipt.id()), "he changed nothing on his own request");
        assertEquals(0, number("select count(*) from expert_training where request_id = ?", receipt.id()));

        doAs("evaluador", () -> {
            assertTrue(queries.detail(receipt.id()).canEvaluate());
            decisions.approve(receipt.id(), "Procede");
            return;
        });
        assertEquals("APPROVED", string("select status from engagement_request where id = ?", receipt.id()));
        assertEquals(
                List.of(List.of("evaluador")),
                rows(
                        "select u.username from engagement_step s join user_account u"
                                + " on u.id = s.actor_id where s.request_id = ? and s.to_status = 'APPROVED'",
                        receipt.id()));
    }

    /** The conflict check of the last step also speaks when the evaluator approves and when he proposes an adjustment. */
    @Test
    @Order(11)
    void conflictsAreKnownWhenApprovingAndWhenProposingAnAdjustment() throws Exception {
        String run = run();
        LocalDate day = nextChatDay();
        Scheduled first = scheduledChat(day, ELEVEN, ONE_PM, "Vacunación infantil " + run);
        RequestReceipt sameWindow = as("enlace", () -> intake.file(chat(day, ELEVEN, ONE_PM, "Mismo horario " + run)));
        RequestReceipt afternoon = as("enlace", () -> intake.file(chat(day, FOUR_PM, SIX_PM, "Por la tarde " + run)));
        Conflict expertBusy = new Conflict("engagement.conflict.expert", EXPERTO_NAME, first.topic(), first.folio());

        doAs("evaluador", () -> {
            assertTrue(
                    scheduling.conflicts(sameWindow.id(), null).contains(expertBusy),
                    "before approving: the expert already has a chat then");
            assertFalse(scheduling.conflicts(afternoon.id(), null).contains(expertBusy), "the afternoon is free");

            assertTrue(
                    scheduling
                            .adjustmentConflicts(afternoon.id(), ProposedSchedule.chat(day, ELEVEN, ONE_PM))
                            .contains(expertBusy),
                    "an adjustment into the morning clashes with the expert's chat");
            assertFalse(
                    scheduling
                            .adjustmentConflicts(sameWindow.id(), ProposedSchedule.chat(day, FOUR_PM, SIX_PM))
                            .contains(expertBusy),
                    "an adjustment out of the morning does not");
            assertEquals(
                    List.of(),
                    scheduling.adjustmentConflicts(
                            afternoon.id(), ProposedSchedule.chat(day, LocalTime.of(9, 0), LocalTime.of(11, 0))),
                    "outside the agency's windows the rules speak, not the conflicts");
            return;
        });
        assertEquals(
                "SUBMITTED",
                string("select status from engagement_request where id = ?", afternoon.id()),
                "looking at conflicts changes nothing");
    }

    // ---------------------------------------------------------------------------------------------
    // 8. Cancelling a scheduled event

    /**
     * The evaluator cancels a scheduled chat with a reason: the Enlace may not, a blank reason is refused;
     * the event is cancelled with who, when and why; the expert, the moderator and the Enlace read the
     * reason, a registered participant with an account only the notice (an anonymous one nothing); the
     * public agenda and its .ics say "cancelled" without the reason; the staff calendar drops it, nobody
     * is reminded of it, and it is not cancelled twice.
     */
    @Test
    @Order(12)
    void anEvaluatorCancelsAScheduledChatAndEveryoneConcernedIsTold() throws Exception {
        String run = run();
        String topic = "Salud del corazón " + run;
        Scheduled chat = scheduledChat(nextChatDay(), ELEVEN, ONE_PM, topic);
        long participant = 900_000_000L + Math.abs(run.hashCode() % 1_000_000);
        sql(
                "insert into chat_participant (id, event_id, nickname, account_id, token_hash, muted, joined_at)"
                        + " values (?, ?, 'Lupita', ?, ?, false, ?)",
                participant,
                chat.eventId(),
                accountId("ciudadano"),
                "a".repeat(56) + run,
                OffsetDateTime.now());
        sql(
                "insert into chat_participant (id, event_id, nickname, account_id, token_hash, muted, joined_at)"
                        + " values (?, ?, 'Anónimo', null, ?, false, ?)",
                participant + 1,
                chat.eventId(),
                "b".repeat(56) + run,
                OffsetDateTime.now());
        String reason = "El experto tiene una emergencia médica " + run;

        doAs("evaluador", () -> assertTrue(queries.detail(chat.requestId()).can(RequestStep.CANCEL_EVENT)));
        doAs("enlace", () -> {
            assertFalse(queries.detail(chat.requestId()).can(RequestStep.CANCEL_EVENT));
            assertThrows(
                    jakarta.ejb.EJBAccessException.class,
                    () -> scheduling.cancelEvent(chat.requestId(), "Yo no"),
                    "an Enlace has no evaluator role");
        });
        doAs("evaluador", () -> {
            BusinessException blank =
                    assertThrows(BusinessException.class, () -> scheduling.cancelEvent(chat.requestId(), " "));
            assertEquals("engagement.cancel.reason.required", blank.getMessageKey());
            assertEquals("reason", blank.getField());
        });
        assertEquals("SCHEDULED", string("select status from engagement_event where id = ?", chat.eventId()));

        doAs("evaluador", () -> scheduling.cancelEvent(chat.requestId(), reason));
        assertEquals("CANCELLED", string("select status from engagement_event where id = ?", chat.eventId()));
        assertEquals(reason, string("select cancel_reason from engagement_event where id = ?", chat.eventId()));
        assertEquals(
                "evaluador",
                string(
                        "select u.username from engagement_event e join user_account u"
                                + " on u.id = e.cancelled_by where e.id = ?",
                        chat.eventId()));
        assertNotNull(string("select cancelled_at from engagement_event where id = ?", chat.eventId()));
        assertEquals(
                "SCHEDULED",
                string("select status from engagement_request where id = ?", chat.requestId()),
                "the request stays scheduled; its event is what was cancelled");

        String subject = "Cancelado: chat \"" + topic + "\"";
        for (String staff : List.of(EXPERTO_EMAIL, MODERADOR_EMAIL, ENLACE_EMAIL)) {
            assertEquals(1, mails(staff, subject), staff + " is told");
            assertTrue(body(staff, subject).contains("Motivo: " + reason), body(staff, subject));
        }
        String notice = "Se canceló el chat \"" + topic + "\"";
        assertEquals(1, mails("ciudadano@example.mx", notice), "the registered participant is told");
        assertFalse(body("ciudadano@example.mx", notice).contains(reason), "never the staff's reason");
        assertEquals(
                4,
                number("select count(*) from outbox_message where subject in (?, ?)", subject, notice),
                "and nobody else");

        PublicEvent shown = agenda.upcoming(0, 1000).stream()
                .filter(e -> e.id().equals(chat.eventId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the agenda says it was cancelled"));
        assertEquals(EventStatus.CANCELLED, shown.status());
        assertFalse(shown.toString().contains(reason), "no reason in the public record: " + shown);
        assertEquals(shown, agenda.event(chat.eventId()).orElseThrow());

        doAs("evaluador", () -> {
            RequestDetail d = queries.detail(chat.requestId());
            assertTrue(d.isEventCancelled());
            assertEquals(reason, d.cancelReason());
            assertFalse(d.can(RequestStep.CANCEL_EVENT));
            forbidden("cancel twice", () -> scheduling.cancelEvent(chat.requestId(), "Otra vez"));
            assertTrue(
                    queries.calendar(chat.day(), chat.day()).stream().noneMatch(e -> e.id().equals(chat.eventId())),
                    "not in the staff calendar");
            return;
        });
        OffsetDateTime startsAt = chat.day().atTime(ELEVEN).atZone(MEXICO_CITY).toOffsetDateTime();
        reminders.remindDue(startsAt.minusHours(23));
        assertEquals(0, mails(EXPERTO_EMAIL, "Mañana: chat \"" + topic + "\""), "nobody is reminded of it");
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers: requests

    private record Scheduled(long requestId, String folio, long eventId, LocalDate day, String topic) {}

    /** A chat filed by the Enlace with the demo expert, approved, expert confirmed and scheduled with the moderator. */
    private Scheduled scheduledChat(LocalDate day, LocalTime start, LocalTime end, String topic) throws Exception {
        RequestReceipt receipt = as("enlace", () -> intake.file(chat(day, start, end, topic)));
        long moderador = accountId("moderador");
        Long eventId = as("evaluador", () -> {
            decisions.approve(receipt.id(), "Procede");
            experts.confirmExpert(receipt.id(), null, null, null);
            return scheduling.schedule(receipt.id(), moderador, true, null);
        });
        return new Scheduled(receipt.id(), receipt.folio(), eventId, day, topic);
    }

    /** A chat with the demo expert's account. */
    private NewRequest chat(LocalDate day, LocalTime start, LocalTime end, String topic) throws SQLException {
        return new NewRequest(
                EngagementKind.CHAT,
                List.of(topic),
                ProposedSchedule.chat(day, start, end),
                expertoId(),
                null,
                "Director de Prevención",
                null,
                null,
                null,
                null,
                null);
    }

    /** A chat with an expert who has no account yet. */
    private static NewRequest chat(
            LocalDate day, LocalTime start, LocalTime end, String topic, String expertName, String expertEmail) {
        return new NewRequest(
                EngagementKind.CHAT,
                List.of(topic),
                ProposedSchedule.chat(day, start, end),
                null,
                expertName,
                null,
                expertEmail,
                null,
                null,
                null,
                null);
    }

    private NewRequest forum(LocalDate first, LocalDate last, String topic) throws SQLException {
        return new NewRequest(
                EngagementKind.FORUM,
                List.of(topic, "Preguntas frecuentes"),
                ProposedSchedule.forum(first, last),
                expertoId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static NewRequest withLetter(NewRequest r, String name, byte[] letter) {
        return new NewRequest(
                r.kind(),
                r.topics(),
                r.schedule(),
                r.expertAccountId(),
                r.expertName(),
                r.expertPosition(),
                r.expertEmail(),
                r.expertPhone(),
                r.notes(),
                name,
                letter);
    }

    /** Filing is refused with exactly this one problem. */
    private void refusedWith(NewRequest form, String field, String key) {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> intake.file(form), key + " must be refused");
        assertEquals(Set.of(field + ":" + key), problems(refused), "the problems of " + form.schedule());
    }

    private static Set<String> problems(InvalidInputException e) {
        return e.getProblems().stream()
                .map(p -> p.getField() + ":" + p.getMessageKey())
                .collect(Collectors.toSet());
    }

    private static void forbidden(String what, org.junit.jupiter.api.function.Executable step) {
        BusinessException refused = assertThrows(BusinessException.class, step, what + " must be refused");
        assertEquals("engagement.transition.forbidden", refused.getMessageKey(), what);
    }

    private static void ownRequest(org.junit.jupiter.api.function.Executable step) {
        BusinessException refused = assertThrows(BusinessException.class, step);
        assertFalse(refused instanceof AccessDeniedException);
        assertEquals("engagement.evaluator.ownRequest", refused.getMessageKey());
    }

    /** What a refused step must leave as it was. */
    private record State(String status, long version, long steps, long events, long mails, String schedule) {}

    private State state(long id) throws SQLException {
        String folio = string("select folio from engagement_request where id = ?", id);
        return new State(
                string("select status from engagement_request where id = ?", id),
                number("select version from engagement_request where id = ?", id),
                number("select count(*) from engagement_step where request_id = ?", id),
                number("select count(*) from engagement_event where request_id = ?", id),
                number(
                        "select count(*) from outbox_message where subject like ? or body like ?",
                        "%" + folio + "%",
                        "%" + folio + "%"),
                string(
                        "select concat(start_date, ' ', start_time, '-', end_time, ' / ', coalesce(cast(adjusted_start_date as varchar), '-'))"
                                + " from engagement_request where id = ?",
                        id));
    }

    private long escalationMails(String description) throws SQLException {
        return number(
                "select count(*) from outbox_message where recipient = ? and subject = ? and body like ?",
                ADMIN_EMAIL,
                "Incidencia sin respuesta a tiempo: " + SALUD,
                "%" + description + "%");
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers: dates

    private static LocalDate today() {
        return LocalDate.now(MEXICO_CITY);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A working day of the agency: Monday to Friday, not a holiday of its calendar nor an official one. */
    private boolean isWorkingDay(LocalDate day) throws SQLException {
        return !isWeekend(day)
                && !agencyHolidays().contains(day)
                && !OfficialHolidays.of("MX", day.getYear()).containsKey(day);
    }

    private Set<LocalDate> agencyHolidays() throws SQLException {
        Set<LocalDate> days = new TreeSet<>();
        for (List<String> row : rows(
                "select h.holiday_date from holiday h join business_calendar c on c.id = h.calendar_id"
                        + " join body b on b.id = c.body_id where b.code = ?",
                DemoData.AGENCY)) {
            days.add(LocalDate.parse(row.get(0)));
        }
        return days;
    }

    /** The first official holiday after tomorrow that falls on a weekday. */
    private static LocalDate futureWeekdayHoliday() {
        LocalDate today = today();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (LocalDate day : OfficialHolidays.of("MX", year).keySet()) {
                if (day.isAfter(today.plusDays(1)) && !isWeekend(day)) {
                    return day;
                }
            }
        }
        throw new AssertionError("no official holiday on a weekday within a year");
    }

    /**
     * A working day at least a week ahead that no chat of this run has and on which no event is
     * scheduled, so that the tests never see each other's conflicts.
     */
    private LocalDate nextChatDay() throws SQLException {
        synchronized (USED_DAYS) {
            for (LocalDate day = today().plusDays(7); ; day = day.plusDays(1)) {
                if (!isWorkingDay(day) || USED_DAYS.contains(day)) {
                    continue;
                }
                long events = number(
                        "select count(*) from engagement_event where starts_at < ? and ends_at > ?",
                        day.plusDays(1).atStartOfDay(MEXICO_CITY).toOffsetDateTime(),
                        day.atStartOfDay(MEXICO_CITY).toOffsetDateTime());
                if (events == 0) {
                    USED_DAYS.add(day);
                    return day;
                }
            }
        }
    }

    /** Runs the part with the application's clock stopped at the instant, then lets it run again. */
    private <T> T atInstant(ZonedDateTime at, Callable<T> part) throws Exception {
        clock.stopAt(at.toInstant());
        try {
            return part.call();
        } finally {
            clock.release();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers: accounts and calls

    private interface Work {
        void run() throws Exception;
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private void doAs(String username, Work part) throws Exception {
        as(username, () -> {
            part.run();
            return null;
        });
    }

    /** Opens a staff account with the demo password (so SignedInCalls can sign it in). */
    private void openStaffAccount(
            String username, String fullName, String bodyCode, String departmentName, Set<Role> roles)
            throws Exception {
        transaction.begin();
        try {
            Body body = em.createNamedQuery("Body.findByCode", Body.class)
                    .setParameter("code", bodyCode)
                    .getSingleResult();
            Department department = em.createNamedQuery("Department.byBodyAndName", Department.class)
                    .setParameter("body", body)
                    .setParameter("name", departmentName)
                    .getSingleResult();
            em.persist(UserAccount.staff(
                    username,
                    fullName,
                    username + "@example.mx",
                    hasher.hash(DemoData.DEMO_PASSWORD),
                    body,
                    department,
                    roles,
                    OffsetDateTime.now()));
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private long expertoId() throws SQLException {
        return accountId("experto");
    }

    private long accountId(String username) throws SQLException {
        return number("select id from user_account where username = ?", username);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers: SQL

    private long mails(String recipient, String subject) throws SQLException {
        return number("select count(*) from outbox_message where recipient = ? and subject = ?", recipient, subject);
    }

    private String body(String recipient, String subject) throws SQLException {
        return string("select body from outbox_message where recipient = ? and subject = ?", recipient, subject);
    }

    private OffsetDateTime timestamp(String sql, Object... parameters) throws SQLException {
        return db().timestamp(sql, parameters);
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return db().number(sql, parameters);
    }

    private String string(String sql, Object... parameters) throws SQLException {
        return db().string(sql, parameters);
    }

    private List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        return db().rows(sql, parameters);
    }

    private void sql(String sql, Object... parameters) throws SQLException {
        assertEquals(1, db().update(sql, parameters), sql);
    }
}
