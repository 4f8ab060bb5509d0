import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of ./puente bench chat (run with the JDK's source launcher, no build):
 * N WebSocket viewers in one open chat; a participant asks and the moderator approves two questions
 * a second through the room's API; every viewer records, for each approved message, the time from
 * its approval on the server (the message's "at", same machine, same clock) until it arrived.
 * Prints one line: "viewers messages deliveries expected p50_ms p99_ms max_ms connect_failures".
 *
 * Arguments: BASE_URL EVENT_ID VIEWERS SECONDS [WARMUP_SECONDS, 20]
 */
public class ChatLoad {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String event = args[1];
        int viewers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20;

        HttpClient moderator = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(moderator, base, "moderador", "demo");
        HttpClient anonymous = HttpClient.newHttpClient();
        String participant = match(TOKEN, post(anonymous, base + "/api/chat/" + event + "/participants",
                "nickname=Carga", null).body());

        // The viewers: a client (one selector thread) for every 250 of them, connected in waves.
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < (viewers + 249) / 250; i++) {
            clients.add(HttpClient.newBuilder().executor(pool).build());
        }
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger deliveries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch connected = new CountDownLatch(viewers);
        List<WebSocket> open = java.util.Collections.synchronizedList(new ArrayList<>());
        String ws = base.replaceFirst("^http", "ws") + "/ws/chat/" + event + "?since=" + lastSeq(anonymous, base, event);
        for (int i = 0; i < viewers; i++) {
            clients.get(i % clients.size()).newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                    .buildAsync(URI.create(ws), new Viewer(samples, deliveries))
                    .whenComplete((socket, problem) -> {
                        if (problem != null) {
                            failures.incrementAndGet();
                        } else {
                            open.add(socket);
                        }
                        connected.countDown();
                    });
            if (i % 100 == 99) {
                Thread.sleep(100);
            }
        }
        if (!connected.await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("viewers still connecting after 3 minutes");
        }
        // Warm-up: the same flow, not counted (a server just started is still compiling its hot paths).
        approveTwiceASecond(moderator, anonymous, base, event, participant, warmup);
        Thread.sleep(2000);
        samples.clear();
        deliveries.set(0);

        int messages = approveTwiceASecond(moderator, anonymous, base, event, participant, seconds);
        Thread.sleep(5000);
        long[] all;
        synchronized (samples) {
            all = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        }
        long expected = (long) messages * open.size();
        System.out.printf("%d %d %d %d %.1f %.1f %.1f %d%n", open.size(), messages, deliveries.get(), expected,
                percentile(all, 50), percentile(all, 99), all.length == 0 ? 0.0 : all[all.length - 1] / 1000.0,
                failures.get());
        for (WebSocket s : open) {
            s.abort();
        }
        System.exit(0);
    }

    /** A participant asks and the moderator approves, two questions a second; returns how many. */
    static int approveTwiceASecond(HttpClient moderator, HttpClient anonymous, String base, String event,
                                   String participant, int seconds) throws Exception {
        int messages = 0;
        long next = System.nanoTime();
        long end = next + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String asked = post(anonymous, base + "/api/chat/" + event + "/questions",
                    "text=" + URLEncoder.encode("Pregunta de carga " + messages, StandardCharsets.UTF_8), participant).body();
            HttpResponse<String> approved = post(moderator, base + "/api/chat/" + event + "/questions/"
                    + match(ID, asked) + "/approval", "", null);
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approval refused: " + approved.statusCode() + " " + approved.body());
            }
            messages++;
            next += TimeUnit.MILLISECONDS.toNanos(500);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return messages;
    }

    /** A viewer: counts each approved question it receives and its latency since approval. */
    static final class Viewer implements WebSocket.Listener {

        private final List<long[]> samples;
        private final AtomicInteger deliveries;
        private final StringBuilder partial = new StringBuilder();
        private final java.util.Set<Long> seen = new java.util.HashSet<>();

        Viewer(List<long[]> samples, AtomicInteger deliveries) {
            this.samples = samples;
            this.deliveries = deliveries;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.startsWith("{\"type\":\"message\"") && text.contains("\"kind\":\"QUESTION\"")) {
                    Instant received = Instant.now();
                    long now = received.getEpochSecond() * 1_000_000 + received.getNano() / 1000;
                    long seq = Long.parseLong(match(SEQ, text));
                    if (seen.add(seq)) {
                        Instant at = Instant.parse(match(AT, text));
                        long approvedMicros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
                        samples.add(new long[] {Math.max(0, now - approvedMicros)});
                        deliveries.incrementAndGet();
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    static long lastSeq(HttpClient client, String base, String event) throws Exception {
        String room = client.send(HttpRequest.newBuilder(URI.create(base + "/api/chat/" + event)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"lastSeq\":(\\d+)").matcher(room);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String state = match(VIEW_STATE, page);
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        HttpResponse<String> r = post(client, base + "/login", form, null);
        String check = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (!check.contains("staff-menu")) {
            throw new IllegalStateException("could not sign in as " + user + " (" + r.statusCode() + ")");
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
}
