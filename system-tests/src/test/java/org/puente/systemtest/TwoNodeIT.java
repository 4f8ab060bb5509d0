package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes ({@code ./puente cluster 2}, ports from 21200) on the suite's own database (its H2 file,
 * shared through AUTO_SERVER, or its PostgreSQL), next to the suite's Payara Server, which is a third node of the
 * same database but not of the two nodes' data grid. A viewer connected to node B sees a question approved on node
 * A (Payara's clustered CDI events over the nodes' grid); an overdue report is swept and its manager told once, and
 * every e-mail of the outbox reaches a real SMTP server (GreenMail, the nodes' only mail server) exactly once.
 */
class TwoNodeIT {

    private static final int BASE = Integer.getInteger("puente.test.cluster.port", 21200);
    private static final String NODE_A = "http://127.0.0.1:" + (BASE + 1);
    private static final String NODE_B = "http://127.0.0.1:" + (BASE + 2);
    private static final Path SCRIPT = Path.of(System.getProperty("puente.script", "../puente"));
    private static final Path LOG = Path.of("target", "two-node-cluster.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static GreenMail smtp;
    /** E-mails the outbox had sent per recipient before the nodes started (the suite's server sends none). */
    private static Map<String, Long> sentBefore;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        smtp = new GreenMail(new ServerSetup(BASE + 25, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sentBefore = sentPerRecipient();
        ProcessBuilder start = script("cluster", "2");
        Map<String, String> env = start.environment();
        if (TestDatabase.isPostgres()) {
            env.put("PUENTE_CLUSTER_DB_URL", System.getenv("PUENTE_DB_URL"));
            env.put("PUENTE_CLUSTER_DB_USER", System.getenv("PUENTE_DB_USER"));
            env.put("PUENTE_CLUSTER_DB_PASSWORD", System.getenv("PUENTE_DB_PASSWORD"));
        } else {
            env.put(
                    "PUENTE_CLUSTER_DB_URL",
                    "jdbc:h2:"
                            + Path.of(System.getenv("PUENTE_DATA_DIR"), "puente")
                                    .toAbsolutePath());
            env.put("PUENTE_CLUSTER_DB_USER", "puente");
            env.put("PUENTE_CLUSTER_DB_PASSWORD", "puente");
        }
        env.put("PUENTE_DEMO", "false");
        env.put("PUENTE_SMTP_HOST", "127.0.0.1");
        env.put("PUENTE_SMTP_PORT", String.valueOf(BASE + 25));
        env.put("PUENTE_DEADLINES_WATCH_SECONDS", "5");
        Process cluster = start.start();
        if (!cluster.waitFor(6, TimeUnit.MINUTES)) {
            cluster.destroy();
            fail("./puente cluster 2 did not return within 6 minutes; its output: " + tail());
        }
        assertEquals(0, cluster.exitValue(), "./puente cluster 2 failed; its output: " + tail());
    }

    @AfterAll
    static void stopTwoNodes() throws Exception {
        Process stop = script("cluster", "stop").start();
        if (!stop.waitFor(2, TimeUnit.MINUTES)) {
            stop.destroyForcibly();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aViewerOnNodeBSeesAQuestionApprovedOnNodeA() throws Exception {
        assertEquals("node1", nodeOf(NODE_A));
        assertEquals("node2", nodeOf(NODE_B));
        assertEquals(
                "2 members",
                JSON.readTree(get(HttpClient.newHttpClient(), NODE_A + "/health"))
                        .findValue("members")
                        .asText());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long event = TestDatabase.event(
                "CHAT", "Dos nodos: vacunación de temporada", now.minusMinutes(1), now.plusHours(1), "OPEN");

        List<String> seen = new CopyOnWriteArrayList<>();
        WebSocket viewer = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create(NODE_B.replace("http", "ws") + "/ws/chat/" + event + "?since=0"), new Listener(seen))
                .get(30, TimeUnit.SECONDS);
        try {
            HttpClient citizen = HttpClient.newHttpClient();
            String token = JSON.readTree(
                            post(citizen, NODE_A + "/api/chat/" + event + "/participants", "nickname=Lupita", null)
                                    .body())
                    .get("token")
                    .asText();
            String text = "Pregunta desde el nodo A " + UUID.randomUUID();
            HttpResponse<String> asked = post(
                    citizen,
                    NODE_A + "/api/chat/" + event + "/questions",
                    "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                    token);
            assertEquals(2, asked.statusCode() / 100, asked.body());
            long question = JSON.readTree(asked.body()).get("id").asLong();

            HttpClient moderator = signedIn(NODE_A, "moderador");
            HttpResponse<String> approved =
                    post(moderator, NODE_A + "/api/chat/" + event + "/questions/" + question + "/approval", "", null);
            assertEquals(200, approved.statusCode(), approved.body());

            waitFor(Duration.ofSeconds(20), () -> seen.stream().anyMatch(m -> m.contains(text)));
            Thread.sleep(2000);
            assertEquals(
                    1,
                    seen.stream()
                            .filter(m -> m.contains("\"type\":\"message\"") && m.contains(text))
                            .count(),
                    "the viewer on node B has the question approved on node A once: " + seen);
        } finally {
            viewer.abort();
        }
    }

    @Test
    void anOverdueReportIsSweptOnceAndEveryEmailGoesOutOnce() throws Exception {
        String form = "api_key=puente-demo&service_code=bacheo&lat=19.2640&long=-99.6225&description="
                + URLEncoder.encode("Bache profundo frente a la escuela, prueba de dos nodos", StandardCharsets.UTF_8);
        HttpResponse<String> created =
                post(HttpClient.newHttpClient(), NODE_A + "/open311/v2/requests.json", form, null);
        assertEquals(201, created.statusCode(), created.body());
        String folio =
                JSON.readTree(created.body()).get(0).get("service_request_id").asText();
        try (Connection c = TestDatabase.connect()) {
            assertEquals(
                    1,
                    TestDatabase.update(
                            c,
                            "update service_report set due_at = ? where folio = ?",
                            OffsetDateTime.now(ZoneOffset.UTC).minusHours(2),
                            folio));
        }
        String manager;
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("select u.email from user_account u join user_role r on"
                        + " r.user_id = u.id join service_report sr on sr.body_id = u.body_id where r.role = 'GERENTE'"
                        + " and u.active = true and u.username = 'gerente' and sr.folio = ?")) {
            s.setString(1, folio);
            try (ResultSet r = s.executeQuery()) {
                // every active manager of the body is told; other system tests may have made more of them
                assertTrue(r.next(), "the demo manager works the report's body");
                manager = r.getString(1);
            }
        }

        waitFor(Duration.ofSeconds(60), () -> "OVERDUE"
                .equals(text("select deadline_state from service_report where folio = ?", folio)));
        // The manager's e-mail about it, sent by one of the nodes (the outbox timer runs every 30 s on each).
        waitFor(
                Duration.ofSeconds(90),
                () -> count(
                                "select count(*) from outbox_message where recipient = ? and body like ?"
                                        + " and sent_at is not null",
                                manager,
                                "%" + folio + "%")
                        > 0);
        assertEquals(
                1,
                count(
                        "select count(*) from outbox_message where recipient = ? and body like ?",
                        manager,
                        "%" + folio + "%"),
                "the sweep told the manager once");
        // Everything due went out; then GreenMail has, per recipient, exactly what the outbox marked sent.
        waitFor(
                Duration.ofSeconds(90),
                () -> count(
                                "select count(*) from outbox_message where sent_at is null"
                                        + " and next_attempt_at <= ?",
                                OffsetDateTime.now(ZoneOffset.UTC))
                        == 0);
        Thread.sleep(3000);
        Map<String, Long> sentNow = sentPerRecipient();
        Map<String, Long> sentByTheNodes = new TreeMap<>();
        sentNow.forEach((to, n) -> {
            long more = n - sentBefore.getOrDefault(to, 0L);
            if (more > 0) {
                sentByTheNodes.put(to, more);
            }
        });
        Map<String, Long> received = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                received.merge(to.toString(), 1L, Long::sum);
            }
        }
        assertTrue(sentByTheNodes.getOrDefault(manager, 0L) >= 1, "the manager's e-mail is among those sent");
        assertEquals(sentByTheNodes, received, "every e-mail the outbox sent reached the SMTP server once");
    }

    // --- helpers ---

    private static ProcessBuilder script(String... arguments) {
        List<String> command =
                new java.util.ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PUENTE_CLUSTER_PORT", String.valueOf(BASE));
        builder.environment().put("PUENTE_NO_BUILD", "true");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        return builder;
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(LOG);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static Map<String, Long> sentPerRecipient() throws Exception {
        Map<String, Long> sent = new TreeMap<>();
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "select recipient, count(*) from outbox_message where sent_at is not null group by recipient");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sent.put(r.getString(1), r.getLong(2));
            }
        }
        return sent;
    }

    private static long count(String sql, Object... parameters) {
        try {
            return TestDatabase.number(sql, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String text(String sql, Object... parameters) {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void waitFor(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + bound.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    private static String nodeOf(String base) throws Exception {
        return JSON.readTree(get(HttpClient.newHttpClient(), base + "/health"))
                .findValue("node")
                .asText();
    }

    private static HttpClient signedIn(String base, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        Matcher state = VIEW_STATE.matcher(get(client, base + "/login"));
        assertTrue(state.find(), "the sign-in page has a form");
        post(
                client,
                base + "/login",
                "login=login&login%3Ausername=" + user + "&login%3Apassword=demo&login%3Asubmit=x"
                        + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8),
                null);
        assertTrue(get(client, base + "/staff/").contains("staff-menu"), user + " is signed in on " + base);
        return client;
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form, String participant)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (participant != null) {
            b.header("X-Participant", participant);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps every text message the viewer receives. */
    private static final class Listener implements WebSocket.Listener {
        private final List<String> seen;
        private final StringBuilder partial = new StringBuilder();

        Listener(List<String> seen) {
            this.seen = seen;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                seen.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
