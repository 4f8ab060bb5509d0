package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.audience.AudienceBoard;
import org.puente.audience.AudienceForm;
import org.puente.audience.AudienceMinutes;
import org.puente.audience.AudienceMode;
import org.puente.audience.AudiencePlanning;
import org.puente.audience.AudienceReceipt;
import org.puente.audience.AudienceRegistration;
import org.puente.audience.AudienceScreen;
import org.puente.audience.AudienceSignUp;
import org.puente.audience.TurnStatus;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * Digital public audiences on the real WAR and database: a registration files a petition (channel AUDIENCE,
 * its folio and clock) and gets turns 1, 2, 3...; a second registration of the same person, a full session and a
 * session no longer planned are refused without filing anything; the officials' screen answers, routes (only as
 * the petition's steps allow) and leaves open the petitions by their results; the minutes are computed from them.
 *
 * <p>Runs in EngagementIT's server, which extends it: one server boots for them (see that class).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AudienceChecks extends ForumChecks {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final String FOLIO = "MET-PQR-\\d{4}-\\d{6}";

    @Inject
    private AudienceRegistration registration;

    @Inject
    private AudiencePlanning planning;

    @Inject
    private AudienceScreen screen;

    @Inject
    private HttpServletRequest runnerRequest;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    /** The session every test works on (planned by the first). */
    private static long session;

    private static long obras;
    private static long agua;

    private static final LocalDate TOMORROW = LocalDate.now(MEXICO_CITY).plusDays(1);

    private AudienceForm form(LocalDate day, LocalTime from, LocalTime to, int capacity, int minutes) {
        return new AudienceForm(
                metepec(),
                day,
                from,
                to,
                AudienceMode.BOTH,
                "Salón de Cabildo",
                "https://meet.example.mx/metepec",
                "Presidenta municipal; Director de Obras Públicas",
                List.of(obras, agua),
                capacity,
                minutes);
    }

    @Test
    @Order(101)
    void aPlanThatMakesNoSenseIsRefusedWithEachProblemOnItsFieldAndASoundOneIsPlanned() throws Exception {
        obras = db().number("select id from department where name = 'Dirección de Obras Públicas'");
        agua = db().number("select id from department where name like 'Organismo de Agua Potable%'");
        long before = db().number("select count(*) from audience_session");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asStaff(
                        "admin",
                        () -> planning.plan(form(
                                LocalDate.now(MEXICO_CITY).minusDays(1),
                                LocalTime.of(14, 0),
                                LocalTime.of(10, 0),
                                4,
                                45))));
        assertEquals(
                List.of("day:audience.day.past", "endsAt:audience.window.order"),
                refused.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        // 10:00-13:00 holds 4 turns of 45 minutes (the last at 12:15), not 5
        InvalidInputException tooMany = assertThrows(
                InvalidInputException.class,
                () -> asStaff(
                        "admin", () -> planning.plan(form(TOMORROW, LocalTime.of(10, 0), LocalTime.of(13, 0), 5, 45))));
        assertEquals("audience.capacity.window", tooMany.getProblems().get(0).getMessageKey());
        assertEquals(before, db().number("select count(*) from audience_session"));

        session =
                asStaff("admin", () -> planning.plan(form(TOMORROW, LocalTime.of(10, 0), LocalTime.of(13, 0), 4, 45)));
        assertEquals("PLANNED", db().string("select status from audience_session where id = ?", session));
    }

    @Test
    @Order(102)
    void registeringFilesAPetitionWithAFolioAndGivesTurnsOneTwoThree() throws Exception {
        AudienceReceipt first =
                register("ana.audiencia@example.mx", "722 100 0001", obras, "Bacheo de la calle Juárez");
        AudienceReceipt second = register("luis.audiencia@example.mx", null, agua, "Falta de agua en la colonia");
        AudienceReceipt third = register(null, "722 100 0003", obras, "Banqueta dañada");
        assertEquals(List.of(1, 2, 3), List.of(first.turn(), second.turn(), third.turn()));
        assertEquals(
                TOMORROW.atTime(10, 0).atZone(MEXICO_CITY).toOffsetDateTime().toInstant(),
                first.estimatedAt().toInstant());
        assertEquals(
                TOMORROW.atTime(10, 45).atZone(MEXICO_CITY).toOffsetDateTime().toInstant(),
                second.estimatedAt().toInstant());
        assertEquals(
                TOMORROW.atTime(11, 30).atZone(MEXICO_CITY).toOffsetDateTime().toInstant(),
                third.estimatedAt().toInstant());
        for (AudienceReceipt r : List.of(first, second, third)) {
            assertTrue(r.folio().matches(FOLIO), r.folio());
            assertNotNull(r.trackingCode(), "a filer without an account tracks it with a code");
            assertNotNull(r.dueAt(), "the petition's clock runs from the registration");
            assertEquals(
                    List.of(List.of("AUDIENCE", "PETICION", "RECIBIDA")),
                    db().rows("select channel, type, status from petition where folio = ?", r.folio()));
        }
        assertEquals(
                List.of("1", "2", "3"),
                db().strings("select t.turn_number from audience_turn t where t.session_id = ? order by 1", session));
    }

    @Test
    @Order(103)
    void theSamePersonTwiceAFullSessionAndASessionNoLongerPlannedAreRefusedWithoutFilingAnything() throws Exception {
        long petitions = db().number("select count(*) from petition");
        // the same e-mail in capitals, or the same phone written otherwise, is the same person
        assertRefused("audience.registration.twice", () -> register("ANA.audiencia@example.mx", null, agua, "Otra"));
        assertRefused("audience.registration.twice", () -> register("otro@example.mx", "(722) 100-0003", agua, "Otra"));
        assertRefused(
                "audience.department.notAttending",
                () -> registration.register(signUp(session, otherDepartment(), "zoe@example.mx", null, "Tema")));
        assertEquals(
                4,
                register("eva.audiencia@example.mx", null, agua, "Fuga de agua").turn());
        assertRefused("audience.full", () -> register("leo.audiencia@example.mx", null, obras, "Poda de árbol"));
        long cancelled = asStaff(
                "admin",
                () -> planning.plan(form(TOMORROW.plusDays(7), LocalTime.of(10, 0), LocalTime.of(13, 0), 4, 45)));
        asStaff("admin", () -> {
            planning.cancel(cancelled);
            return null;
        });
        assertRefused(
                "audience.registration.closed",
                () -> registration.register(signUp(cancelled, obras, "leo.audiencia@example.mx", null, "Poda")));
        assertRefused(
                "audience.unknown",
                () -> registration.register(signUp(999_999_999L, obras, "x@example.mx", null, "T")));
        assertEquals(petitions + 1, db().number("select count(*) from petition"), "only the fourth was filed");
    }

    @Test
    @Order(104)
    void theOfficialsResultsAnswerRouteOrLeaveOpenThePetitionsAndTheMinutesAreComputed() throws Exception {
        assertRefused("audience.notOpen", () -> asStaff("admin", () -> screen.callNext(session)));
        asStaff("admin", () -> {
            screen.open(session);
            return null;
        });
        assertEquals(1, (int) asStaff("admin", () -> screen.callNext(session)));
        assertRefused("audience.turn.settleFirst", () -> asStaff("admin", () -> screen.callNext(session)));
        assertRefused(
                "audience.outcome.required.ATENDIDA_EN_EL_ACTO",
                () -> settle("admin", 1, TurnStatus.ATENDIDA_EN_EL_ACTO, " ", null));
        settle("admin", 1, TurnStatus.ATENDIDA_EN_EL_ACTO, "Se programa el bacheo de la calle Juárez el lunes.", null);
        String folio1 = folioOf(1);
        assertEquals(
                List.of(List.of("RESPONDIDA", "Se programa el bacheo de la calle Juárez el lunes.")),
                db().rows("select status, response from petition where folio = ?", folio1));

        assertEquals(2, (int) asStaff("admin", () -> screen.callNext(session)));
        assertRefused("audience.turn.notCalled", () -> settle("admin", 1, TurnStatus.NO_SHOW, null, null));
        // turned over to another department: the municipality's manager routes it (the petition's stepsFor, as
        // with reports)
        settle("gerente", 2, TurnStatus.TURNADA, "Revisar el rebombeo de la colonia.", obras);
        String folio2 = folioOf(2);
        assertEquals(
                List.of(List.of("RECIBIDA", String.valueOf(obras))),
                db().rows("select status, department_id from petition where folio = ?", folio2));
        assertEquals(
                List.of("RECEIVED", "ROUTED", "NOTE"),
                db().strings(
                                "select e.kind from petition_entry e join petition p on p.id = e.petition_id"
                                        + " where p.folio = ? order by e.id",
                                folio2));

        assertEquals(3, (int) asStaff("admin", () -> screen.callNext(session)));
        settle(
                "admin",
                3,
                TurnStatus.NO_PROCEDE,
                "Es un asunto entre particulares; se orienta sobre la mediación.",
                null);
        assertEquals("RESPONDIDA", db().string("select status from petition where folio = ?", folioOf(3)));
        assertEquals(4, (int) asStaff("admin", () -> screen.callNext(session)));
        settle("admin", 4, TurnStatus.NO_SHOW, null, null);
        assertEquals("RECIBIDA", db().string("select status from petition where folio = ?", folioOf(4)));
        assertRefused("audience.turn.noneWaiting", () -> asStaff("admin", () -> screen.callNext(session)));
        asStaff("admin", () -> {
            screen.close(session);
            return null;
        });

        // 4 registered: 1 at once, 1 turned over (Obras), 1 not applicable, 1 no-show -> 3 attended, 1/3 = 33 %
        AudienceMinutes m = asStaff("admin", () -> screen.minutes(session));
        assertEquals(4, m.registered());
        assertEquals(3, m.attended());
        assertEquals(1, m.atOnce());
        assertEquals(33, m.atOncePercent());
        assertEquals(1, m.turnedOver());
        assertEquals(1, m.notApplicable());
        assertEquals(1, m.noShows());
        assertEquals(Map.of("Dirección de Obras Públicas", 1), m.pendingByDepartment());

        AudienceBoard board = registration.board(session).orElseThrow();
        assertNull(board.current());
        assertEquals(List.of(), board.next());
        assertEquals(4, board.done().size());
        assertEquals(
                3,
                registration.past(0).stream()
                        .filter(v -> v.id() == session)
                        .findFirst()
                        .orElseThrow()
                        .minutes()
                        .attended());
    }

    // ---------------------------------------------------------------------------------------------

    private AudienceReceipt register(String email, String phone, long department, String subject) {
        return registration.register(signUp(session, department, email, phone, subject));
    }

    private static AudienceSignUp signUp(long session, long department, String email, String phone, String subject) {
        return new AudienceSignUp(
                session,
                department,
                subject,
                "Lo explico en la audiencia: " + subject + ".",
                "Vecina de Metepec",
                email,
                phone,
                true);
    }

    private void settle(String who, int turn, TurnStatus result, String outcome, Long department) throws Exception {
        asStaff(who, () -> {
            screen.settle(session, turn, result, outcome, department);
            return null;
        });
    }

    private String folioOf(int turn) throws SQLException {
        return db().string(
                        "select p.folio from audience_turn t join petition p on p.id = t.petition_id"
                                + " where t.session_id = ? and t.turn_number = ?",
                        session,
                        turn);
    }

    private long metepec() {
        try {
            return db().number("select id from body where code = 'MET'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long otherDepartment() throws SQLException {
        return db().number("select id from department where name = 'Coordinación de Salud Municipal'");
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.getMessageKey());
    }

    private <T> T asStaff(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    TestSql db() {
        return new TestSql(dataSource);
    }
}
