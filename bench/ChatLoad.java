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
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of ./puente bench chat (run with the JDK's source launcher, no build):
 * N WebSocket viewers in one open chat; a participant asks and the moderator approves two questions
 * a second through the room's API; every viewer records, for each approved message, the time from
 * its approval on the server (the message's "at", same machine, same clock) until it arrived.
 *
 * With a bare relay's address (bench/BareRelay.java, deployed next to Puente on the same server), as
 * many viewers more are connected to it, and a sender sends it the same questions at the same moments
 * (each turn of the relay repeats the times of Puente's turn before it: as many messages, as far
 * apart); its views record the time from the relay's stamp until arrival. The two are measured by
 * turns, a few seconds each, the other one idle (each turn waits until its messages have reached every
 * view), so that whatever else the machine is doing weighs on both alike.
 *
 * Prints one line: "viewers messages deliveries expected p50_ms p99_ms max_ms connect_failures", then,
 * with a bare relay, the same eight figures for it.
 *
 * Arguments: BASE_URL EVENT_ID VIEWERS SECONDS [WARMUP_SECONDS, 20] [BARE_RELAY_WS_URL]
 */
public class ChatLoad {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Seconds of one turn of either side. */
    private static final int TURN = 5;
    /** Deliveries so far, and expected so far, by side. */
    private static final AtomicLong[] DELIVERED = {new AtomicLong(), new AtomicLong()};
    private static final long[] EXPECTED = new long[2];

    static final int PUENTE = 0;
    static final int BARE = 1;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String event = args[1];
        int viewers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String bare = args.length > 5 ? args[5] : null;
        int sides = bare == null ? 1 : 2;

        HttpClient moderator = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(moderator, base, "moderador", "demo");
        HttpClient anonymous = HttpClient.newHttpClient();
        String participant = match(TOKEN, post(anonymous, base + "/api/chat/" + event + "/participants",
                "nickname=Carga", null).body());

        // The viewers: a client (one selector thread) for every 250 of them; at most 100 handshakes at a
        // time, and one that fails (a server busy with the others) is tried again, up to three times.
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < (sides * viewers + 249) / 250; i++) {
            clients.add(HttpClient.newBuilder().executor(pool).build());
        }
        Queue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger[] failures = {new AtomicInteger(), new AtomicInteger()};
        List<List<WebSocket>> open = List.of(java.util.Collections.synchronizedList(new ArrayList<>()),
                java.util.Collections.synchronizedList(new ArrayList<>()));
        String[] urls = {base.replaceFirst("^http", "ws") + "/ws/chat/" + event + "?since=" + lastSeq(anonymous, base, event),
                bare};
        Semaphore handshakes = new Semaphore(100);
        List<CompletableFuture<WebSocket>> connecting = new ArrayList<>();
        for (int i = 0; i < sides * viewers; i++) {
            int side = i % sides;
            HttpClient client = clients.get(i % clients.size());
            handshakes.acquire();
            CompletableFuture<WebSocket> socket = connect(client, urls[side], new Viewer(side, samples), 3);
            socket.whenComplete((ok, problem) -> {
                handshakes.release();
                if (problem != null) {
                    if (failures[side].incrementAndGet() == 1) {
                        System.err.println("A view could not connect: " + problem);
                    }
                } else {
                    open.get(side).add(ok);
                }
            });
            connecting.add(socket);
        }
        try {
            CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            // counted above
        }
        WebSocket sender = bare == null ? null : HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(bare + "?sender"), new WebSocket.Listener() {}).get(60, TimeUnit.SECONDS);
        long[] bareSeq = {0};
        Side[] side = {
            (s, into, times) -> approveTwiceASecond(moderator, anonymous, base, event, participant, s, into, times),
            (s, into, times) -> relay(sender, bareSeq, s, into, times)
        };

        // Warm-up: the same flow, not counted (a server just started is still compiling its hot paths).
        turns(side, sides, warmup, List.of(new ArrayList<>(), new ArrayList<>()), open);
        List<List<Long>> measured = List.of(new ArrayList<>(), new ArrayList<>());
        turns(side, sides, seconds, measured, open);

        StringBuilder line = new StringBuilder();
        for (int s = 0; s < sides; s++) {
            java.util.Set<Long> counted = new java.util.HashSet<>(measured.get(s));
            int target = s;
            long[] all = samples.stream().filter(x -> x[0] == target && counted.contains(x[1]))
                    .mapToLong(x -> x[2]).sorted().toArray();
            long expected = (long) counted.size() * open.get(s).size();
            line.append(String.format(java.util.Locale.ROOT, "%s%d %d %d %d %.1f %.1f %.1f %d", s == 0 ? "" : " ",
                    open.get(s).size(), counted.size(), all.length, expected, percentile(all, 50),
                    percentile(all, 99), all.length == 0 ? 0.0 : all[all.length - 1] / 1000.0, failures[s].get()));
        }
        System.out.println(line);
        for (List<WebSocket> sockets : open) {
            for (WebSocket s : sockets) {
                s.abort();
            }
        }
        System.exit(0);
    }

    /** A view's connection, tried again after a failure. */
    static CompletableFuture<WebSocket> connect(HttpClient client, String url, Viewer viewer, int tries) {
        return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                .buildAsync(URI.create(url), viewer)
                .handle((socket, problem) -> problem == null || tries <= 1
                        ? (problem == null ? CompletableFuture.completedFuture(socket)
                                : CompletableFuture.<WebSocket>failedFuture(problem))
                        : connect(client, url, viewer, tries - 1))
                .thenCompose(f -> f);
    }

    /** One side's messages for a number of seconds; adds the sequence numbers it sent to {@code into}. */
    interface Side {
        /** Sends for some seconds; {@code times}: when each message went, since the turn began (in ns). */
        void run(int seconds, List<Long> into, List<Long> times) throws Exception;
    }

    /**
     * Both sides by turns of {@link #TURN} seconds until each had {@code seconds}; after each turn, a wait until
     * its messages have reached every view (or nothing more arrives for five seconds).
     */
    static void turns(Side[] side, int sides, int seconds, List<List<Long>> into, List<List<WebSocket>> open)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int done = 0; done < seconds; done += TURN) {
            int turn = Math.min(TURN, seconds - done);
            for (int s = 0; s < sides; s++) {
                int before = into.get(s).size();
                side[s].run(turn, into.get(s), times);
                EXPECTED[s] += (long) (into.get(s).size() - before) * open.get(s).size();
                long last = -1;
                long stalledSince = System.nanoTime();
                while (DELIVERED[s].get() < EXPECTED[s]
                        && System.nanoTime() - stalledSince < TimeUnit.SECONDS.toNanos(5)) {
                    Thread.sleep(100);
                    if (DELIVERED[s].get() != last) {
                        last = DELIVERED[s].get();
                        stalledSince = System.nanoTime();
                    }
                }
                Thread.sleep(500);
            }
        }
    }

    /** A participant asks and the moderator approves, two questions a second. */
    static void approveTwiceASecond(HttpClient moderator, HttpClient anonymous, String base, String event,
                                    String participant, int seconds, List<Long> into, List<Long> times) throws Exception {
        int messages = 0;
        long start = System.nanoTime();
        long next = start;
        long end = next + TimeUnit.SECONDS.toNanos(seconds);
        times.clear();
        while (System.nanoTime() < end) {
            times.add(System.nanoTime() - start);
            String asked = post(anonymous, base + "/api/chat/" + event + "/questions",
                    "text=" + URLEncoder.encode("Pregunta de carga " + messages, StandardCharsets.UTF_8), participant).body();
            HttpResponse<String> approved = post(moderator, base + "/api/chat/" + event + "/questions/"
                    + match(ID, asked) + "/approval", "", null);
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approval refused: " + approved.statusCode() + " " + approved.body());
            }
            into.add(Long.parseLong(match(SEQ, approved.body())));
            messages++;
            next += TimeUnit.MILLISECONDS.toNanos(500);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** The same questions to the bare relay, at the moments of Puente's last turn (twice a second without one). */
    static void relay(WebSocket sender, long[] seq, int seconds, List<Long> into, List<Long> times) throws Exception {
        List<Long> at = new ArrayList<>(times);
        if (at.isEmpty()) {
            for (long t = 0; t < TimeUnit.SECONDS.toNanos(seconds); t += TimeUnit.MILLISECONDS.toNanos(500)) {
                at.add(t);
            }
        }
        long start = System.nanoTime();
        for (long t : at) {
            long wait = start + t - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long n = ++seq[0];
            sender.sendText(n + " Pregunta de carga " + n, true).get(10, TimeUnit.SECONDS);
            into.add(n);
        }
    }

    /** A viewer: records each question it receives (side, sequence number, microseconds since it was sent). */
    static final class Viewer implements WebSocket.Listener {

        private final int side;
        private final Queue<long[]> samples;
        private final StringBuilder partial = new StringBuilder();
        private final java.util.Set<Long> seen = new java.util.HashSet<>();

        Viewer(int side, Queue<long[]> samples) {
            this.side = side;
            this.samples = samples;
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
                        long sentMicros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
                        samples.add(new long[] {side, seq, Math.max(0, now - sentMicros)});
                        DELIVERED[side].incrementAndGet();
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
        String room = client.send(HttpRequest.newBuilder(URI.create(base + "/api/chat/" + event))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"lastSeq\":(\\d+)").matcher(room);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String state = match(VIEW_STATE, page);
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        HttpResponse<String> r = post(client, base + "/login", form, null);
        String check = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/"))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (!check.contains("staff-menu")) {
            throw new IllegalStateException("could not sign in as " + user + " (" + r.statusCode() + ")");
        }
    }

    static HttpResponse<String> post(HttpClient client, String url, String form, String participant) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
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
