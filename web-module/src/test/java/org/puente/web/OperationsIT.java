package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.cluster.ClusterNode;
import org.puente.cluster.LeaseRules;
import org.puente.cluster.LeaseStore;
import org.puente.cluster.Leases;
import org.puente.notification.Mailer;
import org.puente.notification.OutboxClaims;
import org.puente.operations.BacklogFigures;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.setup.DemoData;

/**
 * Operations on the real WAR, Payara Micro and H2. Timers once per period: of eight claimers of one lease at one
 * instant one wins; another wins once the hold has ended, and the first one's late release does not shorten his
 * claim; a second node's run in the same window does nothing; the deployed timers take their leases as this node.
 * Backups: {@code ./puente backup} copies the running server's database and {@code ./puente restore} loads it into
 * a fresh one, with every report, petition and chat transcript (and every row of the other tables); a restore into
 * a database that exists is refused. The outbox: two senders at once deliver each queued e-mail exactly once
 * (GreenMail counts), a claim skips a row another sender has locked instead of waiting, and a claim whose node died
 * is taken over while one that still runs is left alone. The metrics at /api/metrics: the scraper's token or
 * nothing, a report filed moves its channel's counter by exactly one, the backlog's gauges are the database's
 * figures and stay as read for 30 seconds. /health names the database, this node and "nocluster".
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    /** Where the test finds the puente script inside the server (written when the archive is made). */
    private static final String SETTINGS = "operations-it.properties";

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    /** GreenMail's SMTP port inside the container; one no other test uses. */
    private static final int SMTP_PORT = 32225;

    /** The scraper's token in this deployment. */
    private static final String SCRAPE_TOKEN = "it-scrape-7f3a";

    /** The outbox rows this test writes, far above the sequence's. */
    private static final long FIRST_ID = 990_100;

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        String script = new File(System.getProperty("user.dir"))
                .getAbsoluteFile()
                .getParentFile()
                .toPath()
                .resolve("puente")
                .toString();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(OperationsIT.class, TestSql.class)
                .addAsResource(new StringAsset("puente.script=" + script + "\n"), SETTINGS)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                // Above the system property of arquillian.xml (no demo reports): the backup must carry some.
                .addAsResource(
                        new StringAsset("config_ordinal=500\npuente.demo=true\npuente.demo.reports=12\n"
                                + "puente.smtp.host=localhost\npuente.smtp.port=" + SMTP_PORT + "\n"
                                + "puente.metrics.token=" + SCRAPE_TOKEN + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @EJB
    private Mailer mailer;

    @EJB
    private OutboxClaims claims;

    @Resource
    private UserTransaction transaction;

    @Inject
    private ReportIntake reports;

    @EJB
    private BacklogFigures backlog;

    @Inject
    private HttpServletRequest runnerRequest;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @EJB
    private LeaseStore store;

    @EJB
    private Leases leases;

    @Inject
    private ClusterNode node;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Test
    void ofEightClaimersAtOneInstantOneWins() throws Exception {
        int claimers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                String holder = "node-" + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return store.claim("ops-it-race", holder, T0, T0.plusSeconds(30));
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                if (claims.get(i).get(60, TimeUnit.SECONDS)) {
                    winners.add("node-" + i);
                }
            }
            assertEquals(1, winners.size(), "winners: " + winners);
            assertEquals(winners.get(0), db().string("select holder from cluster_lease where name = 'ops-it-race'"));
            assertEquals(1, db().number("select count(*) from cluster_lease where name = 'ops-it-race'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherWinsOnceTheHoldHasEnded() throws Exception {
        assertTrue(store.claim("ops-it-expiry", "node-a", T0, T0.plusSeconds(120)));
        assertFalse(store.claim("ops-it-expiry", "node-b", T0.plusSeconds(60), T0.plusSeconds(180)));
        assertFalse(store.claim("ops-it-expiry", "node-b", T0.plusMillis(119_999), T0.plusSeconds(240)));
        assertTrue(store.claim("ops-it-expiry", "node-b", T0.plusSeconds(120), T0.plusSeconds(240)));
        // node-a, back from the dead, gives back the claim it made at T0: node-b's stays as it is.
        store.release("ops-it-expiry", "node-a", T0, T0);
        assertEquals("node-b", db().string("select holder from cluster_lease where name = 'ops-it-expiry'"));
        assertEquals(
                OffsetDateTime.parse("2026-03-02T15:04:00Z"),
                db().timestamp("select held_until from cluster_lease where name = 'ops-it-expiry'")
                        .withOffsetSameInstant(ZoneOffset.UTC));
        // node-b's own release shortens it.
        store.release("ops-it-expiry", "node-b", T0.plusSeconds(120), T0.plusSeconds(125));
        assertEquals(
                OffsetDateTime.parse("2026-03-02T15:02:05Z"),
                db().timestamp("select held_until from cluster_lease where name = 'ops-it-expiry'")
                        .withOffsetSameInstant(ZoneOffset.UTC));
    }

    @Test
    void aSecondNodeInTheSameWindowDoesNothing() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Duration hour = Duration.ofHours(1);
        assertTrue(leases.runOnceAs("node-a", "ops-it-window", hour, runs::incrementAndGet));
        assertFalse(leases.runOnceAs("node-b", "ops-it-window", hour, runs::incrementAndGet));
        assertFalse(leases.runOnceAs("node-a", "ops-it-window", hour, runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertEquals("node-a", db().string("select holder from cluster_lease where name = 'ops-it-window'"));
        Instant claimedAt = db().timestamp("select claimed_at from cluster_lease where name = 'ops-it-window'")
                .toInstant();
        // Given back after the work: held to the end of its window, not for its two-minute (here, hour) hold.
        assertEquals(
                LeaseRules.windowEnd(claimedAt, hour),
                db().timestamp("select held_until from cluster_lease where name = 'ops-it-window'")
                        .toInstant());
    }

    @Test
    void theDeployedTimersTakeTheirLeasesAsThisNode() throws Exception {
        // The event clock ticks every 15 seconds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        String holder = null;
        while (holder == null && System.nanoTime() < deadline) {
            List<List<String>> rows = db().rows("select holder from cluster_lease where name = 'event-clock'");
            holder = rows.isEmpty() ? null : rows.get(0).get(0);
            if (holder == null) {
                Thread.sleep(500);
            }
        }
        assertEquals(node.name(), holder);
        assertTrue(node.name().contains("@"), node.name());
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasEveryReportPetitionAndChatTranscript() throws Exception {
        long event = db().number("select min(id) from engagement_event");
        long moderator = db().number("select id from user_account where username = 'moderador'");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into chat_message (id, event_id, kind, author_id, original_text, public_text,"
                    + " status, seq, created_at, answered, version) values (990001, " + event + ", 'NOTICE', "
                    + moderator + ", 'Iniciamos en cinco minutos.', 'Iniciamos en cinco minutos.', 'APPROVED', 1,"
                    + " current_timestamp, false, 0)");
        }
        long reports = db().number("select count(*) from service_report");
        long petitions = db().number("select count(*) from petition");
        long transcripts = db().number("select count(distinct event_id) from chat_message");
        long messages = db().number("select count(*) from chat_message");
        assertTrue(reports >= 12, "reports: " + reports);
        assertTrue(petitions > 0, "petitions: " + petitions);
        assertEquals(1, transcripts);
        assertEquals(1, messages);
        String figures = reports + " reports, " + petitions + " petitions, 1 chat transcripts (1 messages)";

        String liveUrl;
        String liveUser;
        try (Connection c = dataSource.getConnection()) {
            liveUrl = c.getMetaData().getURL();
            liveUser = String.valueOf(c.getMetaData().getUserName());
        }
        // The embedded pass covers H2's backup and restore; on the PostgreSQL pass the test has neither the
        // database's password nor a fresh PostgreSQL database to restore into (pg_dump waited for a password).
        // (An assumption would do, but Arquillian reports a failed one inside the container as an error.)
        if (!liveUrl.startsWith("jdbc:h2:")) {
            return;
        }
        Path folder = Files.createTempDirectory("puente-backup-it");
        Path backup = folder.resolve("puente-backup.sql.gz");
        Script made = puente(
                Map.of("PUENTE_DB_URL", liveUrl, "PUENTE_DB_USER", liveUser, "PUENTE_DB_PASSWORD", ""),
                "backup",
                backup);
        assertEquals(0, made.exit(), made.output());
        assertTrue(made.output().contains("Backed up: " + figures), made.output());
        assertTrue(Files.size(backup) > 1000, "backup of " + Files.size(backup) + " bytes");
        Map<String, Long> live = tableCounts(dataSource.getConnection());

        String freshUrl = "jdbc:h2:" + folder.resolve("restored/puente");
        Map<String, String> fresh =
                Map.of("PUENTE_DB_URL", freshUrl, "PUENTE_DB_USER", "ops", "PUENTE_DB_PASSWORD", "x");
        Script restored = puente(fresh, "restore", backup);
        assertEquals(0, restored.exit(), restored.output());
        assertTrue(restored.output().contains("Restored: " + figures), restored.output());

        Driver h2 =
                (Driver) Class.forName("org.h2.Driver").getDeclaredConstructor().newInstance();
        Properties login = new Properties();
        login.setProperty("user", "ops");
        login.setProperty("password", "x");
        Map<String, Long> copy = tableCounts(h2.connect(freshUrl + ";IFEXISTS=TRUE", login));
        assertTrue(copy.size() > 40, "tables: " + copy.keySet());
        assertEquals(live, copy);
        try (Connection c = h2.connect(freshUrl + ";IFEXISTS=TRUE", login);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select public_text from chat_message where id = 990001")) {
            assertTrue(r.next());
            assertEquals("Iniciamos en cinco minutos.", r.getString(1));
        }

        Script again = puente(fresh, "restore", backup);
        assertNotEquals(0, again.exit());
        assertTrue(again.output().contains("a restore goes into a fresh database"), again.output());
    }

    @Test
    void twoSendersAtOnceDeliverEachQueuedEmailExactlyOnce() throws Exception {
        int queued = 120; // more than two batches of 50
        long first = FIRST_ID;
        // Up before anything is queued: the deployed MailTimers must not meet a closed port.
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Whatever else the application queued and not yet sent (a timer's alert) goes out with the race too.
            long others = db().number("select count(*) from outbox_message where sent_at is null");
            for (int i = 0; i < queued; i++) {
                queue(first + i, "carrera-" + i + "@example.mx", null, null);
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> senders = new ArrayList<>();
            for (String sender : List.of("node-a", "node-b")) {
                senders.add(pool.submit(() -> {
                    start.await();
                    int sent = 0;
                    for (int round = mailer.sendDueAs(sender); round > 0; round = mailer.sendDueAs(sender)) {
                        sent += round;
                    }
                    return sent;
                }));
            }
            start.countDown();
            int byTheTwo =
                    senders.get(0).get(120, TimeUnit.SECONDS) + senders.get(1).get(120, TimeUnit.SECONDS);
            // The deployed MailTimers is a third sender; wait for its batch in flight, if it took one.
            awaitNoneUnsent(first, first + queued);

            Map<String, Integer> received = receivedPerRecipient(smtp, "carrera-");
            assertEquals(queued, received.size(), "every queued e-mail arrived: " + received.keySet());
            for (int i = 0; i < queued; i++) {
                assertEquals(1, received.get("carrera-" + i + "@example.mx"), "carrera-" + i + " arrived once");
            }
            assertTrue(
                    byTheTwo > 0 && byTheTwo <= queued + others,
                    "sent by the two senders: " + byTheTwo + " (" + others + " others were due)");
            assertEquals(
                    0,
                    db().number(
                                    "select count(*) from outbox_message where id between ? and ?"
                                            + " and (claimed_by is not null or claimed_until is not null)",
                                    first,
                                    first + queued - 1));
        } finally {
            pool.shutdownNow();
            smtp.stop();
        }
    }

    @Test
    void aClaimSkipsARowAnotherSenderHasLockedInsteadOfWaiting() throws Exception {
        long locked = FIRST_ID + 500;
        long free = FIRST_ID + 501;
        // Stay clear of the deployed MailTimers' ticks (:00 and :30), which would claim these rows too.
        while (Instant.now().getEpochSecond() % 30 >= 20 || Instant.now().getEpochSecond() % 30 < 2) {
            Thread.sleep(500);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        queue(locked, "bloqueado@example.mx", null, null);
        queue(free, "libre@example.mx", null, null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        transaction.begin();
        try {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("select id from outbox_message where id = " + locked + " for update")) {
                assertTrue(r.next());
            }
            Future<List<Long>> claimed = pool.submit(() -> claims.claim("node-b", now, now.plusMinutes(15), 50));
            List<Long> ids = claimed.get(20, TimeUnit.SECONDS); // a claim that waited on the lock would time out
            assertTrue(ids.contains(free), "claimed: " + ids);
            assertFalse(ids.contains(locked), "claimed: " + ids);
        } finally {
            transaction.rollback();
            pool.shutdownNow();
        }
        assertEquals("node-b", db().string("select claimed_by from outbox_message where id = ?", free));
        assertEquals(null, db().string("select claimed_by from outbox_message where id = ?", locked));
        db().update("delete from outbox_message where id in (?, ?)", locked, free);
    }

    @Test
    void aClaimWhoseNodeDiedIsTakenOverAndOneThatRunsIsLeftAlone() throws Exception {
        long orphan = FIRST_ID + 600;
        long busy = FIRST_ID + 601;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            queue(orphan, "huerfano@example.mx", "node-dead", now.minusMinutes(1));
            queue(busy, "ocupado@example.mx", "node-busy", now.plusMinutes(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (db().timestampOrNull("select sent_at from outbox_message where id = ?", orphan) == null) {
                assertTrue(System.nanoTime() < deadline, "the orphaned e-mail goes out within a minute");
                mailer.sendDueAs("node-c");
                Thread.sleep(200);
            }
            assertEquals(Map.of("huerfano@example.mx", 1), receivedPerRecipient(smtp, "huerfano"));
            assertEquals(Map.of(), receivedPerRecipient(smtp, "ocupado"));
            assertEquals(null, db().timestampOrNull("select sent_at from outbox_message where id = ?", busy));
            assertEquals("node-busy", db().string("select claimed_by from outbox_message where id = ?", busy));
        } finally {
            smtp.stop();
            db().update("delete from outbox_message where id = ?", busy);
        }
    }

    @Test
    void theMetricsGoToTheScraperWithTheTokenAndAReportFiledMovesItsCounterByOne() throws Exception {
        HttpResponse<String> anonymous = get(base() + "/api/metrics", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "Bearer realm=\"puente-metrics\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, get(base() + "/api/metrics", "Bearer not-the-token").statusCode());

        long openBefore = backlog.now().openReports();
        long start = System.nanoTime();
        String first = scrape();
        assertEquals(openBefore, figure(first, "puente_reports_open"));
        assertEquals(backlog.now().overdueReports(), figure(first, "puente_reports_overdue"));
        assertEquals(0, figure(first, "puente_chat_viewers"), "no chat view is open in this test");
        assertTrue(first.contains("puente_outbox_waiting "), first);
        assertTrue(first.contains("jvm_memory_used_bytes"), "and the JVM's own figures");

        long service = db().number(
                        "select s.id from public_service s join body b on b.id = s.body_id where b.code = ?"
                                + " and s.code = 'bacheo'",
                        DemoData.MUNICIPALITY);
        long colonia = db().number(
                        "select c.id from colonia c join delegacion d on d.id = c.delegacion_id join body b"
                                + " on b.id = d.body_id where b.code = ? and c.name = 'Barrio de Santa Cruz'",
                        DemoData.MUNICIPALITY);
        reports.file(
                new NewReport(
                        service,
                        "Bache frente al mercado, lo cuenta la métrica",
                        colonia,
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

        String second = scrape();
        assertEquals(
                figure(first, "puente_reports_filed_total{channel=\"web\"}") + 1,
                figure(second, "puente_reports_filed_total{channel=\"web\"}"));
        assertEquals(
                figure(first, "puente_reports_filed_total{channel=\"phone\"}"),
                figure(second, "puente_reports_filed_total{channel=\"phone\"}"));
        assertEquals(
                figure(first, "puente_reports_filed_total{channel=\"open311\"}"),
                figure(second, "puente_reports_filed_total{channel=\"open311\"}"));
        if (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(25)) {
            // The backlog is read at most every 30 seconds: the new open report shows at the next reading.
            assertEquals(openBefore, figure(second, "puente_reports_open"));
        }
        assertEquals(openBefore + 1, backlog.now().openReports());
    }

    @Test
    void healthNamesTheDatabaseThisNodeAndNoCluster() throws Exception {
        HttpResponse<String> response = get("http://localhost:" + runnerRequest.getLocalPort() + "/health", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = check(health, "database");
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        if (url.startsWith("jdbc:postgresql:")) { // the PostgreSQL pass (the web module's profile postgresql)
            assertEquals("PostgreSQL", database.getString("product"));
            assertTrue(database.getString("version").matches("1[0-9]\\.[0-9]+ .*"), database.toString());
        } else {
            assertEquals("H2", database.getString("product"));
            assertTrue(database.getString("version").startsWith("2."), database.toString());
        }
        JsonObject cluster = check(health, "cluster");
        assertEquals(node.name(), cluster.getString("node"));
        // Alone, even beside a domain running on the same machine (a developer's ./puente run): the test servers
        // keep a data grid of their own (arquillian.xml).
        assertEquals("nocluster", cluster.getString("members"));
    }

    private static JsonObject check(JsonObject health, String name) {
        for (JsonValue check : health.getJsonArray("checks")) {
            JsonObject c = check.asJsonObject();
            if (name.equals(c.getString("name"))) {
                assertEquals("UP", c.getString("status"), c.toString());
                return c.getJsonObject("data");
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get(base() + "/api/metrics", "Bearer " + SCRAPE_TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                response.headers().toString());
        return response.body();
    }

    /** The value of the one line of {@code series} (name and labels, as written) in a scrape. */
    private static long figure(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        assertTrue(m.find(), series + " in:\n" + scrape);
        double value = Double.parseDouble(m.group(1));
        assertEquals(Math.rint(value), value, series);
        return (long) value;
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    /** Queues an e-mail behind the services' back, due a minute ago, claimed by {@code node} or nobody. */
    private void queue(long id, String recipient, String node, OffsetDateTime claimedUntil) throws SQLException {
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        db().update(
                        "insert into outbox_message (id, recipient, subject, body, created_at, attempts, next_attempt_at,"
                                + " claimed_by, claimed_until) values (?, ?, 'Prueba de envío', 'Hola', ?, 0, ?, ?, ?)",
                        id,
                        recipient,
                        due,
                        due,
                        node,
                        claimedUntil);
    }

    private void awaitNoneUnsent(long from, long to) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (db().number("select count(*) from outbox_message where id >= ? and id < ? and sent_at is null", from, to)
                > 0) {
            assertTrue(System.nanoTime() < deadline, "every queued e-mail is sent within a minute");
            Thread.sleep(200);
        }
    }

    /** How many e-mails GreenMail received for each recipient whose address starts with {@code prefix}. */
    private static Map<String, Integer> receivedPerRecipient(GreenMail smtp, String prefix) throws MessagingException {
        Map<String, Integer> received = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (Address to : m.getAllRecipients()) {
                String address = ((InternetAddress) to).getAddress();
                if (address.startsWith(prefix)) {
                    received.merge(address, 1, Integer::sum);
                }
            }
        }
        return received;
    }

    /** Every table's rows but those the running server may add to while the test counts (its timers, its visits). */
    private static Map<String, Long> tableCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connection;
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (List.of("CLUSTER_LEASE", "PAGE_VIEW_COUNT", "AUDIT_ENTRY", "AUDIT_HEAD")
                        .contains(table)) {
                    continue;
                }
                try (ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    record Script(int exit, String output) {}

    /** Runs {@code ./puente COMMAND FILE} with these variables; its exit code and what it said. */
    private static Script puente(Map<String, String> variables, String command, Path file) throws Exception {
        Properties settings = new Properties();
        try (InputStream in = OperationsIT.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            settings.load(in);
        }
        ProcessBuilder builder =
                new ProcessBuilder("bash", settings.getProperty("puente.script"), command, file.toString());
        builder.environment().remove("PUENTE_DATA_DIR");
        builder.environment().putAll(variables);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("./puente " + command + " did not end within 3 minutes");
        }
        return new Script(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private TestSql db() {
        return new TestSql(dataSource);
    }
}
