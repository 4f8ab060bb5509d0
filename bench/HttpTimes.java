import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dashboard benchmark's HTTP client (bench/dashboard.sh), run as a single-file program.
 *
 * <pre>
 * java HttpTimes.java warm WARMUP SAMPLES URL...      p50 and p95 of each URL, one line per URL
 * java HttpTimes.java filed ROUNDS POST_URL BODY URL... each round files a report (form POST), then
 *                                                      GETs each URL once: p50/p95 per URL
 * java HttpTimes.java download URL                     streams the body, prints "bytes lines seconds"
 * </pre>
 * Every answer must be 200 (201 for the POST), else the program stops with the status.
 */
public class HttpTimes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "warm" -> warm(Integer.parseInt(args[1]), Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
            case "filed" -> filed(Integer.parseInt(args[1]), args[2], args[3], List.of(args).subList(4, args.length));
            case "download" -> download(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void warm(int warmup, int samples, List<String> urls) throws Exception {
        for (String url : urls) {
            for (int i = 0; i < warmup; i++) {
                get(url);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                times.add(get(url));
            }
            print(url, times);
        }
    }

    private static void filed(int rounds, String postUrl, String body, List<String> urls) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        urls.forEach(u -> times.add(new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(postUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 201 && posted.statusCode() != 200) {
                throw new IllegalStateException("POST " + postUrl + " answered " + posted.statusCode() + ": " + posted.body());
            }
            for (int i = 0; i < urls.size(); i++) {
                times.get(i).add(get(urls.get(i)));
            }
        }
        for (int i = 0; i < urls.size(); i++) {
            print(urls.get(i), times.get(i));
        }
    }

    private static void download(String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        System.out.printf("%d %d %.3f%n", bytes, lines, (System.nanoTime() - start) / 1e9);
    }

    private static double get(String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return ms;
    }

    private static void print(String url, List<Double> times) {
        Collections.sort(times);
        System.out.printf("%s %.1f %.1f %.1f%n", url, percentile(times, 0.50), percentile(times, 0.95), times.get(times.size() - 1));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
