import java.io.PrintWriter;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load clients of ./puente chaos (bench/chaos.sh), run with the JDK's source launcher. Three modes:
 *
 * <pre>
 * intake BASE SECONDS CLIENTS EMAIL MARK OUT   Open311 POSTs, each with its own Idempotency-Key, retried with the same
 *                                              key until answered 201/200 (at most 60 s per report); writes "key
 *                                              folio" lines to OUT; prints "accepted retried failed"
 * mixed BASE SECONDS CLIENTS OUT               reads (requests.json) and writes (POST, no retry); writes
 *                                              "epoch_ms ok|error" lines to OUT; prints "ok errors"
 * chat BASE EVENT VIEWERS SECONDS NODE_URL...  VIEWERS views spread over the NODE_URLs; one that loses its node
 *                                              reconnects through BASE asking for what came after its last
 *                                              number; a participant asks and the moderator (signed in on the
 *                                              first NODE_URL) approves two questions a second; prints "viewers
 *                                              approved delivered expected duplicates reconnected"
 * </pre>
 */
public class ChaosLoad {

    private static final Pattern FOLIO = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] SERVICES = {"bacheo", "alumbrado-publico", "recoleccion-basura", "fuga-agua"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "intake" -> intake(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], args[5],
                    Path.of(args[6]));
            case "mixed" -> mixed(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "chat" -> chat(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    List.of(args).subList(5, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    static String reportForm(String email, String mark, String key) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        // Spread over Metepec, so that no report lands close enough to another to be followed instead of filed.
        String lat = String.format("%.5f", 19.230 + r.nextDouble() * 0.050);
        String lon = String.format("%.5f", -99.640 + r.nextDouble() * 0.060);
        return "api_key=puente-demo&service_code=" + SERVICES[r.nextInt(SERVICES.length)] + "&lat=" + lat + "&long="
                + lon + (email.isEmpty() ? "" : "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                + "&description=" + URLEncoder.encode("Prueba de fallas " + mark + " clave " + key, StandardCharsets.UTF_8);
    }

    static void intake(String base, int seconds, int clients, String email, String mark, Path out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        Map<String, String> folios = new ConcurrentHashMap<>();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String key = UUID.randomUUID().toString();
                    String form = reportForm(email, mark, key);
                    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    boolean first = true;
                    while (true) {
                        if (!first) {
                            retried.incrementAndGet();
                        }
                        first = false;
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                                            .timeout(Duration.ofSeconds(20))
                                            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                                            .header("Idempotency-Key", key)
                                            .POST(HttpRequest.BodyPublishers.ofString(form))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                folios.put(key, match(FOLIO, r.body()));
                                break;
                            }
                        } catch (Exception e) {
                            // the node died under the request, or nginx had no node: the same key again
                        }
                        if (System.nanoTime() > giveUp) {
                            failed.incrementAndGet();
                            break;
                        }
                        sleep(200);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            folios.forEach((k, f) -> w.println(k + " " + f));
        }
        System.out.println(folios.size() + " " + retried.get() + " " + failed.get());
    }

    static void mixed(String base, int seconds, int clients, Path out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = (n++ + client) % 2 == 0
                            ? HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json?service_code=bacheo"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build()
                            : HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            reportForm("", "bd", UUID.randomUUID().toString())))
                                    .build();
                    boolean good;
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                        good = status == 200 || status == 201;
                    } catch (Exception e) {
                        good = false;
                    }
                    (good ? ok : errors).incrementAndGet();
                    lines.add(System.currentTimeMillis() + (good ? " ok" : " error"));
                    if (!good) {
                        sleep(100);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        Files.write(out, lines);
        System.out.println(ok.get() + " " + errors.get());
    }

    static void chat(String base, String event, int viewers, int seconds, List<String> nodes) throws Exception {
        HttpClient moderator = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String node = nodes.get(0);
        signIn(moderator, node, "moderador", "demo");
        HttpClient anonymous = HttpClient.newHttpClient();
        String participant = match(TOKEN, post(anonymous, node + "/api/chat/" + event + "/participants",
                "nickname=Caos", null).body());
        HttpClient sockets = HttpClient.newHttpClient();
        List<View> views = new ArrayList<>();
        for (int i = 0; i < viewers; i++) {
            View v = new View(sockets, base, event);
            v.connect(nodes.get(i % nodes.size()));
            views.add(v);
        }
        Set<Long> approved = ConcurrentHashMap.newKeySet();
        long next = System.nanoTime();
        long end = next + TimeUnit.SECONDS.toNanos(seconds);
        int n = 0;
        while (System.nanoTime() < end) {
            String asked = post(anonymous, node + "/api/chat/" + event + "/questions",
                    "text=" + URLEncoder.encode("Pregunta de prueba de fallas " + n++, StandardCharsets.UTF_8), participant).body();
            HttpResponse<String> ok = post(moderator, node + "/api/chat/" + event + "/questions/" + match(ID, asked)
                    + "/approval", "", null);
            if (ok.statusCode() != 200) {
                throw new IllegalStateException("approval refused: " + ok.statusCode() + " " + ok.body());
            }
            approved.add(Long.parseLong(match(SEQ, ok.body())));
            next += TimeUnit.MILLISECONDS.toNanos(500);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        // Views that lost their node reconnect and catch up: give them time.
        long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < settle && views.stream().anyMatch(v -> !v.seen.containsAll(approved))) {
            sleep(250);
        }
        long delivered = 0;
        long duplicates = 0;
        int reconnected = 0;
        for (View v : views) {
            delivered += v.seen.stream().filter(approved::contains).count();
            duplicates += v.duplicates.get();
            reconnected += v.reconnects.get() > 0 ? 1 : 0;
            v.close();
        }
        System.out.println(views.size() + " " + approved.size() + " " + delivered + " "
                + (long) approved.size() * views.size() + " " + duplicates + " " + reconnected);
    }

    /** One room view: numbers every message it gets; when its connection ends it reconnects through the balancer. */
    static final class View implements WebSocket.Listener {
        final HttpClient client;
        final String base;
        final String event;
        final Set<Long> seen = ConcurrentHashMap.newKeySet();
        final AtomicLong last = new AtomicLong();
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicInteger reconnects = new AtomicInteger();
        final StringBuilder partial = new StringBuilder();
        volatile boolean closing;
        volatile WebSocket socket;

        View(HttpClient client, String base, String event) {
            this.client = client;
            this.base = base;
            this.event = event;
        }

        void connect(String node) {
            String url = node.replaceFirst("^http", "ws") + "/ws/chat/" + event + "?since=" + last.get();
            client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(URI.create(url), this)
                    .whenComplete((s, problem) -> {
                        if (problem != null) {
                            retry();
                        } else {
                            socket = s;
                        }
                    });
        }

        void retry() {
            if (!closing) {
                reconnects.incrementAndGet();
                sleep(500);
                connect(base);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean lastPart) {
            partial.append(data);
            if (lastPart) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.startsWith("{\"type\":\"message\"")) {
                    Matcher m = SEQ.matcher(text);
                    if (m.find()) {
                        long seq = Long.parseLong(m.group(1));
                        if (!seen.add(seq)) {
                            duplicates.incrementAndGet();
                        }
                        last.accumulateAndGet(seq, Math::max);
                    }
                }
            }
            s.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket s, int status, String reason) {
            retry();
            return null;
        }

        @Override
        public void onError(WebSocket s, Throwable error) {
            retry();
        }

        void close() {
            closing = true;
            if (socket != null) {
                socket.abort();
            }
        }
    }

    static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=x&jakarta.faces.ViewState="
                + URLEncoder.encode(match(VIEW_STATE, page), StandardCharsets.UTF_8);
        post(client, base + "/login", form, null);
        String check = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (!check.contains("staff-menu")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
    }

    static HttpResponse<String> post(HttpClient client, String url, String form, String participant) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (participant != null) {
            b.header("X-Participant", participant);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text);
        }
        return m.group(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
