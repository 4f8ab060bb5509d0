package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockLight;
import org.puente.identity.NewStaffAccount;
import org.puente.identity.Role;
import org.puente.identity.StaffAccounts;
import org.puente.petition.NewPetition;
import org.puente.petition.PetitionChanged;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionDetail;
import org.puente.petition.PetitionDetails;
import org.puente.petition.PetitionEntry;
import org.puente.petition.PetitionExportRow;
import org.puente.petition.PetitionFilter;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionQueue;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionRow;
import org.puente.petition.PetitionStatus;
import org.puente.petition.PetitionStep;
import org.puente.petition.PetitionSteps;
import org.puente.petition.PetitionTimers;
import org.puente.petition.PetitionType;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * The staff's side of petitions on the real WAR, a real Payara Micro and its H2 database with the demo's
 * petitions: folios under concurrent intake, a reserved filer hidden from the department on every path (the
 * service, the page, the CSV), an agent of another body refused, the light filtered by the database, a
 * refused extension after the due date, a response, and a silent prevención closed as withdrawn by the timer.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetitionStaffIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Pattern FOLIO = Pattern.compile("MET-PQR-(\\d{4})-(\\d{6})");

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(
                        PetitionStaffIT.class,
                        PetitionStaffIT.Seen.class,
                        AdjustableClock.class,
                        SignedInCalls.class,
                        TestSql.class)
                .addAsResource(
                        new StringAsset("puente.demo=true\npuente.demo.reports=200\n"),
                        "META-INF/microprofile-config.properties");
    }

    /** Test deployments only: the petition events fired, as the citizen's mails would observe them. */
    @ApplicationScoped
    public static class Seen {

        static final Queue<PetitionChanged> EVENTS = new ConcurrentLinkedQueue<>();

        void on(@Observes PetitionChanged change) {
            EVENTS.add(change);
        }
    }

    @Inject
    private PetitionIntake intake;

    @Inject
    private PetitionQueue queue;

    @Inject
    private PetitionDetails details;

    @Inject
    private PetitionSteps steps;

    @Inject
    private PetitionTimers timers;

    @Inject
    private StaffAccounts staffAccounts;

    @Inject
    private AdjustableClock clock;

    @Inject
    private HttpServletRequest runnerRequest;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Test
    @Order(1)
    void twentyConcurrentIntakesGetTwentyDistinctConsecutiveFolios() throws Exception {
        int submissions = 20;
        long metepec = db().number("select id from body where code = 'MET'");
        int year = LocalDate.now(MEXICO_CITY).getYear();
        ExecutorService pool = Executors.newFixedThreadPool(submissions, threads);
        try {
            CountDownLatch ready = new CountDownLatch(submissions);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<PetitionReceipt>> futures = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                NewPetition form = petition(
                        metepec,
                        null,
                        CaseIdentity.IDENTIFIED,
                        "Petición concurrente " + i,
                        "Vecino " + i,
                        "722555" + (1000 + i));
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(2, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("never released");
                    }
                    return intake.file(form, PetitionChannel.WEB);
                }));
            }
            assertTrue(ready.await(2, TimeUnit.MINUTES), "all 20 filers wait at the start line");
            go.countDown();
            List<PetitionReceipt> receipts = new ArrayList<>();
            for (Future<PetitionReceipt> f : futures) {
                receipts.add(f.get(5, TimeUnit.MINUTES));
            }
            Set<String> folios = receipts.stream().map(PetitionReceipt::folio).collect(Collectors.toSet());
            assertEquals(submissions, folios.size(), "distinct folios: " + folios);
            TreeSet<Long> numbers = new TreeSet<>();
            for (String folio : folios) {
                Matcher m = FOLIO.matcher(folio);
                assertTrue(m.matches(), "MET-PQR-<year>-<6 digits>: " + folio);
                assertEquals(year, Integer.parseInt(m.group(1)), folio);
                numbers.add(Long.parseLong(m.group(2)));
            }
            assertEquals(submissions - 1, numbers.last() - numbers.first(), "consecutive: " + numbers);
            assertEquals(
                    submissions,
                    db().number(
                                    "select count(*) from petition where folio like 'MET-PQR-%' and folio_year = ?"
                                            + " and folio_number between ? and ?",
                                    year, numbers.first(), numbers.last()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void aReservedFilerIsHiddenFromTheDepartmentOnEveryPath() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Reservada Secreta " + run;
        String phone = "7229" + run.hashCode() % 1000 + "123";
        String email = "reservada-" + run + "@example.mx";
        long metepec = db().number("select id from body where code = 'MET'");
        long obras = db().number("select department_id from user_account where username = 'agente'");
        // Filed on the phone by the intake desk, which records the caller's consent.
        PetitionReceipt receipt = as(
                "operador",
                () -> intake.file(
                        new NewPetition(
                                metepec,
                                PetitionType.QUEJA,
                                null,
                                CaseIdentity.RESERVED,
                                obras,
                                "=HYPERLINK(\"http://x\") Queja reservada " + run,
                                "El inspector de obra pidió dinero para no multar.",
                                name,
                                email,
                                phone,
                                true,
                                null),
                        PetitionChannel.PHONE));

        PetitionDetail seenByAgent = as("agente", () -> details.byFolio(receipt.folio()));
        assertFalse(seenByAgent.filerShown());
        assertNull(seenByAgent.filerName());
        assertNull(seenByAgent.filerEmail());
        assertNull(seenByAgent.filerPhone());
        assertTrue(seenByAgent.can(PetitionStep.RESPOND), "the department works it all the same");
        PetitionDetail seenByDesk = as("operador", () -> details.byFolio(receipt.folio()));
        assertTrue(seenByDesk.filerShown());
        assertEquals(name, seenByDesk.filerName());
        assertEquals(email, seenByDesk.filerEmail());
        assertEquals(
                2,
                db().number(
                                "select count(*) from audit_entry where action = 'PETITION_VIEWED' and subject_ref = ?",
                                receipt.folio()),
                "each opening is in the audit log");

        List<PetitionExportRow> exported = as(
                "operador", () -> queue.exportPage(new PetitionFilter(null, null, null, null, receipt.folio()), 0, 10));
        assertEquals(1, exported.size());
        assertNull(exported.get(0).filerName(), "never in the export, not even the intake desk's");
        assertNull(exported.get(0).filerPhone());

        for (String username : List.of("agente", "operador")) {
            Browser browser = new Browser();
            browser.signIn(username);
            HttpResponse<String> page = browser.get("/staff/peticion?folio=" + receipt.folio());
            assertEquals(200, page.statusCode(), username);
            assertEquals(
                    username.equals("operador"),
                    page.body().contains(name),
                    username + " sees the reserved filer only at the intake desk");
            assertEquals(username.equals("operador"), page.body().contains(email));
            HttpResponse<String> csv = browser.get("/staff/peticiones.csv?folio=" + receipt.folio());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains(receipt.folio()), csv.body());
            assertFalse(csv.body().contains(name), csv.body());
            assertFalse(csv.body().contains(email), csv.body());
            assertFalse(csv.body().contains(phone), csv.body());
            assertTrue(csv.body().contains("'=HYPERLINK"), "a formula is neutralised: " + csv.body());
        }
    }

    @Test
    @Order(3)
    void anAgentOfAnotherBodyIsRefusedOnTheDetailAndTheSteps() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long salud = db().number("select id from body where code = 'SSEM'");
        long unit = db().number("select min(id) from department where body_id = ?", salud);
        String username = "agente.salud." + run;
        as(
                "admin",
                () -> staffAccounts.createStaff(new NewStaffAccount(
                        username,
                        "Agente de Salud",
                        username + "@example.mx",
                        "Una clave larga de salud " + run,
                        salud,
                        unit,
                        Set.of(Role.AGENTE))));
        db().update(
                        "update user_account set password_hash = (select password_hash from user_account"
                                + " where username = 'agente') where username = ?",
                        username);
        long id = db().number("select min(id) from petition where body_id = (select id from body where code = 'MET')"
                + " and status in ('RECIBIDA', 'EN_TRAMITE')");
        String folio = db().string("select folio from petition where id = ?", id);

        assertThrows(AccessDeniedException.class, () -> as(username, () -> details.byFolio(folio)));
        assertThrows(
                AccessDeniedException.class,
                () -> as(username, () -> {
                    steps.respond(id, "Respuesta de otro organismo");
                    return null;
                }));
        assertThrows(
                AccessDeniedException.class,
                () -> as(username, () -> {
                    steps.note(id, "Nota de otro organismo");
                    return null;
                }));
        assertEquals(0L, as(username, () -> queue.countUpTo(PetitionFilter.none(), 100)), "his queue is empty");
        assertEquals(
                403,
                new Browser()
                        .signInAnd(username)
                        .get("/staff/peticion?folio=" + folio)
                        .statusCode());
        assertEquals(
                0,
                db().number(
                                "select count(*) from petition_entry where petition_id = ? and text like '%otro organismo%'",
                                id));
    }

    @Test
    @Order(4)
    void theLightIsFilteredByTheDatabase() throws Exception {
        for (ClockLight light : ClockLight.values()) {
            List<PetitionRow> rows = as(
                    "operador",
                    () -> queue.queue(new PetitionFilter(null, null, light, null, null), 0, 100, "dueAt", true));
            assertFalse(rows.isEmpty(), "the demo has petitions " + light);
            for (PetitionRow row : rows) {
                assertEquals(light, row.light(), row.folio());
            }
        }
        long all = as("operador", () -> queue.count(PetitionFilter.none()));
        long sum = 0;
        for (ClockLight light : ClockLight.values()) {
            sum += as("operador", () -> queue.count(new PetitionFilter(null, null, light, null, null)));
        }
        assertEquals(all, sum, "every petition has exactly one light");
        long obras = db().number("select department_id from user_account where username = 'agente'");
        List<PetitionRow> agents = as("agente", () -> queue.queue(PetitionFilter.none(), 0, 500, null, false));
        assertEquals(
                db().number("select count(*) from petition where department_id = ?", obras),
                agents.size(),
                "an agent's queue is his department's");
    }

    @Test
    @Order(5)
    void anExtensionAfterTheDueDateIsRefusedAndAResponseClosesIt() throws Exception {
        long metepec = db().number("select id from body where code = 'MET'");
        long obras = db().number("select department_id from user_account where username = 'agente'");
        PetitionReceipt receipt = intake.file(
                petition(metepec, obras, CaseIdentity.IDENTIFIED, "Bache profundo", "Vecina", "7221112233"),
                PetitionChannel.WEB);
        Seen.EVENTS.clear();
        as("agente", () -> {
            steps.assign(receipt.id(), null);
            return null;
        });
        clock.stopAt(receipt.dueAt().plusHours(1).toInstant());
        try {
            BusinessException late = assertThrows(
                    BusinessException.class,
                    () -> as("agente", () -> {
                        steps.extend(receipt.id(), 5, "Tarde");
                        return null;
                    }));
            assertEquals("clock.extension.late", late.getMessageKey());
        } finally {
            clock.release();
        }
        BusinessException empty = assertThrows(
                BusinessException.class,
                () -> as("agente", () -> {
                    steps.respond(receipt.id(), "  ");
                    return null;
                }));
        assertEquals("petition.response.required", empty.getMessageKey());
        assertEquals("response", empty.getField());
        as("agente", () -> {
            steps.respond(receipt.id(), "Se reparó el bache el martes.");
            return null;
        });
        assertEquals("RESPONDIDA", db().string("select status from petition where id = ?", receipt.id()));
        assertEquals(
                "true",
                db().string("select cast(clock_met_term as varchar(5)) from petition where id = ?", receipt.id())
                        .toLowerCase());
        assertEquals(
                List.of(
                        new PetitionChanged(receipt.id(), PetitionEntry.Kind.ASSIGNED),
                        new PetitionChanged(receipt.id(), PetitionEntry.Kind.RESPONDED)),
                List.copyOf(Seen.EVENTS),
                "one event per step taken, none for a refused one");
        assertEquals(
                2,
                db().number(
                                "select count(*) from audit_entry where action = 'PETITION_CHANGED' and subject_ref = ?",
                                receipt.folio()));
    }

    @Test
    @Order(6)
    void aSilentPreventionIsClosedAsWithdrawnByTheTimer() throws Exception {
        long metepec = db().number("select id from body where code = 'MET'");
        long obras = db().number("select department_id from user_account where username = 'agente'");
        PetitionReceipt receipt = intake.file(
                petition(metepec, obras, CaseIdentity.IDENTIFIED, "Poda del fresno", "Vecino", "7223334455"),
                PetitionChannel.WEB);
        as("agente", () -> {
            steps.prevent(receipt.id(), "Indique la dirección exacta del árbol.");
            return null;
        });
        assertEquals(
                PetitionStatus.PREVENIDA.name(), db().string("select status from petition where id = ?", receipt.id()));
        Seen.EVENTS.clear();
        OffsetDateTime now = OffsetDateTime.now();
        timers.closeSilentPreventions(now.plusDays(1));
        assertEquals(
                PetitionStatus.PREVENIDA.name(),
                db().string("select status from petition where id = ?", receipt.id()),
                "his 10 business days are not over tomorrow");
        // 10 business days are at most 16 calendar days, even across a holiday weekend.
        int closed = timers.closeSilentPreventions(now.plusDays(20));
        assertTrue(closed >= 1, "closed: " + closed);
        assertEquals(
                PetitionStatus.DESISTIDA.name(), db().string("select status from petition where id = ?", receipt.id()));
        assertEquals("WITHDRAWN", db().string("select clock_ending from petition where id = ?", receipt.id()));
        assertEquals(
                1,
                db().number(
                                "select count(*) from petition_entry where petition_id = ? and kind = 'WITHDRAWN'",
                                receipt.id()));
        assertTrue(Seen.EVENTS.contains(new PetitionChanged(receipt.id(), PetitionEntry.Kind.WITHDRAWN)));
        assertEquals(0, timers.closeSilentPreventions(now.plusDays(21)), "nothing left waiting");
    }

    // ---------------------------------------------------------------------------------------------

    private static NewPetition petition(
            long body, Long department, CaseIdentity identity, String subject, String name, String phone) {
        return new NewPetition(
                body,
                PetitionType.PETICION,
                null,
                identity,
                department,
                subject,
                subject + ": les pido que lo atiendan pronto.",
                name,
                null,
                phone,
                true,
                null);
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    private TestSql db() {
        return new TestSql(dataSource);
    }

    /** A staff member's browser on the deployment: its cookies and the login form, no redirect followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base = "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Browser signInAnd(String username) throws Exception {
            signIn(username);
            return this;
        }

        /** The login page's form with the demo password; signed in when it redirects away from /login. */
        void signIn(String username) throws Exception {
            String page = get("/login").body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertTrue(state.find(), "the login form");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", "demo");
            fields.put("login:submit", "x");
            fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), "signed in as " + username + ": " + response.body());
            assertFalse(response.headers().firstValue("Location").orElse("").contains("/login"), username);
        }
    }
}
