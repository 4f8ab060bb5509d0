package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.identity.PasswordHasher;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.incident.AffectedService;
import org.puente.incident.IncidentNotices;
import org.puente.incident.NoticeForm;
import org.puente.incident.NoticeStatus;
import org.puente.incident.NoticeView;
import org.puente.incident.ServiceChannel;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.setup.DemoData;

/**
 * Incident notices on the real WAR, Payara Micro and H2: the demo's past notices and no banner; a notice published
 * by Metepec's communication staff shows in the banner of every public page and, on the report form, with what to
 * use instead; an update moves it forward and never back; bad input and a resolved notice are refused with their
 * messages; resolving it takes the banner away; the status page, the notice's page and the Atom feed (parsed back
 * with ROME) show the public texts and no author; an agent and another body's communication staff are kept out
 * (403); every step is in the audit log; an office closure's day is made non-working by the administrator only.
 *
 * <p>Runs in CommunicationIT's server, which extends it: one server boots for them (see that class).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IncidentNoticeChecks extends PublicQuestionsChecks {

    private static final String TITLE = "La línea *7311 no recibe llamadas desde las 9:00";
    private static final String AUTHOR = "Paola Jiménez Arriaga";

    /** The notice published in the first test and followed by the next ones. */
    private static long notice;

    @Inject
    private IncidentNotices notices;

    @Inject
    private PasswordHasher hasher;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Test
    @Order(101)
    void theDemoHasPastNoticesNoActiveOneAndAnnouncesItsFeed() throws Exception {
        assertEquals(0, db().number("select count(*) from incident_notice where status <> 'RESUELTO'"));
        assertEquals(
                3,
                db().number(
                                "select count(*) from incident_notice where body_id = ? and status = 'RESUELTO'",
                                metepec()));
        String home = page("/").body();
        assertFalse(home.contains("id=\"incident-banner\""), "no banner in the demo");
        assertTrue(
                home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + context()
                        + "/estado/avisos.atom?organismo=MET\""),
                "feed autodiscovery in the head");
    }

    @Test
    @Order(102)
    void comunicacionPublishesAndTheBannerShowsOnEveryPublicPageAndTheAffectedForm() throws Exception {
        LocalDateTime start = LocalDateTime.now(zone()).minusMinutes(40).truncatedTo(ChronoUnit.MINUTES);
        notice = as(
                "comunicacion",
                () -> notices.publish(new NoticeForm(
                        metepec(),
                        TITLE,
                        AffectedService.CANAL,
                        ServiceChannel.LINEA_7311,
                        "no se guarda: no es una oficina",
                        start,
                        null,
                        "Estamos revisando la falla. Mientras tanto, reporta en línea.")));
        assertEquals("INVESTIGANDO", db().string("select status from incident_notice where id = ?", notice));
        assertEquals("LINEA_7311", db().string("select channel from incident_notice where id = ?", notice));
        assertEquals(
                0, db().number("select count(*) from incident_notice where id = ? and office is not null", notice));
        assertEquals(
                List.of(List.of("OPENED", "INVESTIGANDO", "comunicacion")),
                db().rows(
                                "select u.kind, u.status, a.username from incident_notice_update u"
                                        + " join user_account a on a.id = u.author_id where u.notice_id = ?",
                                notice));

        String home = page("/").body();
        assertTrue(home.contains("id=\"incident-banner\""), "the banner on the home page");
        assertTrue(home.contains(TITLE), home);
        assertTrue(home.contains("/estado/aviso?id=" + notice), "the banner links to the notice's status page");
        assertFalse(home.contains("este formulario sí funciona"), "the home page is no form");
        String form = page("/reportar").body();
        assertTrue(form.contains(TITLE), "the banner on the report form");
        assertTrue(
                form.contains("La línea *7311 no está disponible: este formulario sí funciona, úsalo."),
                "the report form says what to do instead");
        assertTrue(page("/peticion").body().contains("este formulario sí funciona"), "and so does the petition form");
        assertFalse(page("/contacto").body().contains("este formulario sí funciona"));
    }

    @Test
    @Order(103)
    void badInputIsRefusedOnItsFieldsAndNothingIsSaved() throws Exception {
        long before = db().number("select count(*) from incident_notice");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "comunicacion",
                        () -> notices.publish(
                                new NoticeForm(metepec(), "   ", AffectedService.CANAL, null, null, null, null, ""))));
        assertEquals(
                List.of(
                        "title:incidentNotice.title.required",
                        "channel:incidentNotice.channel.required",
                        "startedAt:incidentNotice.startedAt.required",
                        "text:incidentNotice.text.required"),
                refused.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        assertEquals(before, db().number("select count(*) from incident_notice"));
        InvalidInputException editedEmpty = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "comunicacion",
                        () -> notices.edit(
                                notice,
                                new NoticeForm(
                                        metepec(),
                                        "",
                                        AffectedService.CANAL,
                                        ServiceChannel.LINEA_7311,
                                        null,
                                        LocalDateTime.now(zone()),
                                        null,
                                        null))));
        assertEquals("title", editedEmpty.getProblems().get(0).getField());
        assertEquals(TITLE, db().string("select title from incident_notice where id = ?", notice));
    }

    @Test
    @Order(104)
    void anUpdateMovesTheNoticeForwardAndNeverBack() throws Exception {
        NoticeView updated = as(
                "comunicacion",
                () -> notices.update(
                        notice,
                        "Falla en el conmutador del proveedor; ya trabaja en ella.",
                        NoticeStatus.IDENTIFICADO));
        assertEquals(NoticeStatus.IDENTIFICADO, updated.status());
        assertTrue(page("/").body().contains("Causa identificada"), "the banner shows the new status");
        BusinessException back = assertThrows(
                BusinessException.class,
                () -> as("comunicacion", () -> notices.update(notice, "Otra vez", NoticeStatus.INVESTIGANDO)));
        assertEquals("incidentNotice.status.forbidden", back.getMessageKey());
        assertEquals("status", back.getField());
        assertEquals(2, db().number("select count(*) from incident_notice_update where notice_id = ?", notice));
    }

    @Test
    @Order(105)
    void anAgentAndAnotherBodysCommunicationAreKeptOut() throws Exception {
        assertThrows(EJBAccessException.class, () -> as("agente", () -> notices.list(1)));
        assertThrows(EJBAccessException.class, () -> as("agente", () -> notices.update(notice, "No debería", null)));
        openStaffAccount("comunicacion.salud", DemoData.DEPENDENCY);
        assertThrows(AccessDeniedException.class, () -> as("comunicacion.salud", () -> notices.detail(notice)));
        assertThrows(
                AccessDeniedException.class,
                () -> as("comunicacion.salud", () -> notices.update(notice, "No es mi organismo", null)));
        assertThrows(
                AccessDeniedException.class,
                () -> as(
                        "comunicacion.salud",
                        () -> notices.publish(new NoticeForm(
                                metepec(),
                                "Aviso ajeno",
                                AffectedService.SITIO_WEB,
                                null,
                                null,
                                LocalDateTime.now(zone()),
                                null,
                                "Texto"))));
        assertEquals(0, as("comunicacion.salud", () -> notices.list(1)).total(), "Salud has no notice");
        assertTrue(as("comunicacion", () -> notices.list(1)).total() >= 4, "Metepec's notices");

        Browser agent = new Browser();
        agent.signIn("agente");
        assertEquals(403, agent.get("/staff/avisos").statusCode());
        assertEquals(403, agent.get("/staff/aviso?id=" + notice).statusCode());
        Browser salud = new Browser();
        salud.signIn("comunicacion.salud");
        assertEquals(200, salud.get("/staff/avisos").statusCode());
        assertEquals(403, salud.get("/staff/aviso?id=" + notice).statusCode());
        Browser own = new Browser();
        own.signIn("comunicacion");
        HttpResponse<String> desk = own.get("/staff/aviso?id=" + notice);
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains(AUTHOR), "staff read who wrote each line");
        assertEquals(2, db().number("select count(*) from incident_notice_update where notice_id = ?", notice));
    }

    @Test
    @Order(106)
    void resolvingTakesTheBannerAwayAndTheNoticeIsFinal() throws Exception {
        NoticeView resolved =
                as("comunicacion", () -> notices.resolve(notice, "La línea *7311 funciona de nuevo.", null));
        assertEquals(NoticeStatus.RESUELTO, resolved.status());
        assertEquals(
                0, db().number("select count(*) from incident_notice where id = ? and resolved_at is null", notice));
        assertFalse(page("/").body().contains("id=\"incident-banner\""), "no banner once resolved");
        assertFalse(page("/reportar").body().contains(TITLE));

        BusinessException edit = assertThrows(
                BusinessException.class,
                () -> as(
                        "comunicacion",
                        () -> notices.edit(
                                notice,
                                new NoticeForm(
                                        metepec(),
                                        "Otro título",
                                        AffectedService.CANAL,
                                        ServiceChannel.LINEA_7311,
                                        null,
                                        LocalDateTime.now(zone()),
                                        null,
                                        null))));
        assertEquals("incidentNotice.resolved.edit", edit.getMessageKey());
        BusinessException update = assertThrows(
                BusinessException.class, () -> as("comunicacion", () -> notices.update(notice, "Más", null)));
        assertEquals("incidentNotice.resolved.update", update.getMessageKey());
        assertEquals(TITLE, db().string("select title from incident_notice where id = ?", notice));
    }

    @Test
    @Order(107)
    void theStatusPageTheNoticePageAndTheFeedShowThePublicTextsOnly() throws Exception {
        String status = page("/estado?organismo=MET").body();
        assertTrue(status.contains("Todos los servicios funcionan con normalidad."), "nothing active");
        assertTrue(status.contains(TITLE), "the resolved notice among the past ones");
        assertEquals(404, page("/estado?organismo=XYZ").statusCode());

        HttpResponse<String> one = page("/estado/aviso?id=" + notice);
        assertEquals(200, one.statusCode());
        for (String text : List.of(
                "Estamos revisando la falla. Mientras tanto, reporta en línea.",
                "Falla en el conmutador del proveedor; ya trabaja en ella.",
                "La línea *7311 funciona de nuevo.")) {
            assertTrue(one.body().contains(text), text);
        }
        assertFalse(one.body().contains(AUTHOR), "the public never reads who wrote a line");
        assertEquals(404, page("/estado/aviso?id=999999999").statusCode());

        HttpResponse<String> atom = page("/estado/avisos.atom?organismo=MET");
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertFalse(atom.body().contains(AUTHOR), "no staff name in the feed");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getId().endsWith("/estado/avisos.atom?organismo=MET"), feed.getId());
        assertEquals("Avisos de incidencias: H. Ayuntamiento de Metepec", feed.getTitle());
        assertEquals("H. Ayuntamiento de Metepec", feed.getAuthors().get(0).getName());
        long metepecNotices = db().number("select count(*) from incident_notice where body_id = ?", metepec());
        assertEquals(metepecNotices, feed.getEntries().size());
        OffsetDateTime lastChange =
                db().timestamp("select max(updated_at) from incident_notice where body_id = ?", metepec());
        assertEquals(
                lastChange.toInstant().truncatedTo(ChronoUnit.SECONDS),
                feed.getUpdated().toInstant());
        Entry first = feed.getEntries().get(0);
        assertTrue(first.getId().endsWith("/estado/aviso?id=" + notice), "the latest changed first: " + first.getId());
        assertEquals("Resuelto: " + TITLE, first.getTitle());
        assertEquals(
                db().timestamp("select updated_at from incident_notice where id = ?", notice)
                        .toInstant()
                        .truncatedTo(ChronoUnit.SECONDS),
                first.getUpdated().toInstant());
        assertEquals(
                "Canal de atención (Línea telefónica *7311). La línea *7311 funciona de nuevo.",
                first.getSummary().getValue());
        assertEquals(
                List.of(first.getId()),
                first.getAlternateLinks().stream().map(Link::getHref).toList());
        assertEquals(404, page("/estado/avisos.atom?organismo=XYZ").statusCode());
        Feed all = (Feed) new WireFeedInput()
                .build(new StringReader(page("/estado/avisos.atom").body()));
        assertEquals(metepecNotices, all.getEntries().size(), "every body's feed: only Metepec has notices");
    }

    @Test
    @Order(108)
    void everyStepIsInTheAuditLog() throws Exception {
        assertEquals(
                List.of(
                        List.of("INCIDENT_NOTICE_CHANGED", "comunicacion", "published CANAL LINEA_7311"),
                        List.of("INCIDENT_NOTICE_CHANGED", "comunicacion", "updated IDENTIFICADO"),
                        List.of("INCIDENT_NOTICE_CHANGED", "comunicacion", "resolved")),
                db().rows(
                                "select action, actor_name, detail from audit_entry where subject_type = 'IncidentNotice'"
                                        + " and subject_ref = ? order by id",
                                String.valueOf(notice)));
    }

    @Test
    @Order(109)
    void anOfficeClosureDayIsMadeNonWorkingByTheAdministratorOnly() throws Exception {
        LocalDate day = LocalDate.now(zone()).plusDays(40);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays(day) > 0) {
            day = day.plusDays(1);
        }
        LocalDate closed = day;
        long closure = as(
                "comunicacion",
                () -> notices.publish(new NoticeForm(
                        metepec(),
                        "Oficinas cerradas por el informe de gobierno",
                        AffectedService.OFICINA,
                        null,
                        "Palacio Municipal",
                        closed.atTime(8, 0),
                        closed,
                        "Las ventanillas del Palacio Municipal no atenderán ese día.")));
        assertTrue(
                page("/").body().contains("Oficinas cerradas por el informe de gobierno"), "a closure ahead shows too");
        assertThrows(EJBAccessException.class, () -> as("comunicacion", () -> notices.markClosureDay(closure)));
        assertEquals(0, holidays(closed));
        as("admin", () -> notices.markClosureDay(closure));
        assertEquals(1, holidays(closed), "the day is a holiday of Metepec's calendar");
        assertEquals(
                "Oficinas cerradas por el informe de gobierno",
                db().string(
                                "select h.name from holiday h join business_calendar c on c.id = h.calendar_id"
                                        + " where c.body_id = ? and h.holiday_date = ?",
                                metepec(),
                                closed));
        assertEquals(
                1, db().number("select count(*) from incident_notice where id = ? and closure_marked = true", closure));
        BusinessException again =
                assertThrows(BusinessException.class, () -> as("admin", () -> notices.markClosureDay(closure)));
        assertEquals("incidentNotice.closureDay.none", again.getMessageKey());
        assertEquals(
                List.of("published OFICINA", "closure day marked " + closed),
                db().strings(
                                "select detail from audit_entry where subject_type = 'IncidentNotice' and subject_ref = ?"
                                        + " order by id",
                                String.valueOf(closure)));
        assertEquals(
                List.of("CLOCK_CHANGED"),
                db().strings(
                                "select action from audit_entry where subject_type = 'Holiday' and subject_ref = ?",
                                "MET " + closed));
        BusinessException early = assertThrows(
                BusinessException.class,
                () -> as("comunicacion", () -> notices.resolve(closure, "Las ventanillas atienden de nuevo.", null)));
        assertEquals("incidentNotice.resolvedAt.beforeStart", early.getMessageKey(), "a closure ahead has not ended");
    }

    @Test
    @Order(110)
    void htmlAndScriptInEveryFieldAreShownEscapedOnTheBannerThePagesAndTheFeed() throws Exception {
        String title = "<script>alert('aviso')</script> Falla en <b>Mi Metepec</b>";
        long id = as(
                "comunicacion",
                () -> notices.publish(new NoticeForm(
                        metepec(),
                        title,
                        AffectedService.OFICINA,
                        null,
                        "<img src=x onerror=alert(1)>Oficina de Catastro",
                        LocalDateTime.now(zone()).minusMinutes(10).truncatedTo(ChronoUnit.MINUTES),
                        null,
                        "<iframe src=//malo.example></iframe> Sin sistema en la ventanilla.")));
        as("comunicacion", () -> notices.update(id, "<a href=javascript:alert(2)>ver</a> Seguimos revisando.", null));
        assertEquals(title, db().string("select title from incident_notice where id = ?", id), "kept as typed");
        try {
            for (String path : List.of("/", "/reportar", "/estado?organismo=MET", "/estado/aviso?id=" + id)) {
                String html = page(path).body();
                assertTrue(html.contains("&lt;script&gt;alert("), path + " shows the title as text");
                assertFalse(html.contains("<script>alert('aviso')"), path);
                assertFalse(html.contains("<b>Mi Metepec</b>"), path);
            }
            String one = page("/estado/aviso?id=" + id).body();
            assertFalse(one.contains("<img src=x"), "the office");
            assertFalse(one.contains("<iframe"), "the first text");
            assertFalse(one.contains("<a href=javascript"), "the update");
            assertTrue(one.contains("&lt;iframe src=//malo.example&gt;&lt;/iframe&gt; Sin sistema en la ventanilla."));
            String atom = page("/estado/avisos.atom?organismo=MET").body();
            assertFalse(atom.contains("<script>"), "escaped in the feed's XML");
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom));
            assertTrue(
                    feed.getEntries().stream().anyMatch(e -> e.getTitle().endsWith(title)),
                    "the parser reads the title back as it was typed");
        } finally {
            as("comunicacion", () -> notices.resolve(id, "La ventanilla atiende de nuevo.", null));
        }
        assertFalse(page("/").body().contains("Mi Metepec&lt;/b&gt;"), "no banner once resolved");
    }

    // Helpers

    private long holidays(LocalDate day) throws SQLException {
        return db().number(
                        "select count(*) from holiday h join business_calendar c on c.id = h.calendar_id"
                                + " where c.body_id = ? and h.holiday_date = ?",
                        metepec(),
                        day);
    }

    private void openStaffAccount(String username, String bodyCode) throws Exception {
        transaction.begin();
        try {
            Body body = em.createNamedQuery("Body.findByCode", Body.class)
                    .setParameter("code", bodyCode)
                    .getSingleResult();
            em.persist(UserAccount.staff(
                    username,
                    "Comunicación de Salud",
                    username + "@example.mx",
                    hasher.hash(DemoData.DEMO_PASSWORD),
                    body,
                    null,
                    Set.of(Role.COMUNICACION),
                    OffsetDateTime.now()));
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        return SignedInCalls.as(URI.create(base() + "/it/signed-in"), username, part);
    }

    /** A visitor's browser: its cookies, the login form posted with its view state, no redirect followed. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base() + path))
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username) throws Exception {
            String login = get("/login").body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login);
            assertTrue(state.find(), "a JSF form on the login page");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login:username", username);
            form.put("login:password", DemoData.DEMO_PASSWORD);
            form.put("login", "login");
            form.put("login:submit", "x");
            form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> done = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, done.statusCode(), username + " signs in: " + done.body());
        }
    }
}
