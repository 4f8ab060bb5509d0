package org.puente.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client whose requests leave from a given loopback address (127.0.0.2, 127.0.0.66...), so that the
 * server, which limits by {@code request.getRemoteAddr()}, sees several clients on one machine. The JDK 17
 * HTTP client cannot choose its local address, so this speaks plain HTTP/1.1 over a bound socket (one
 * connection per request, cookies kept).
 */
final class FromAddress {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    record Answer(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No view state in HTTP " + status + ": " + body);
            }
            return m.group(1);
        }
    }

    private final InetAddress local;
    private final URI base = URI.create(Browser.BASE_URL);
    private final Map<String, String> cookies = new LinkedHashMap<>();

    FromAddress(String localAddress) throws IOException {
        this.local = InetAddress.getByName(localAddress);
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, Map.of());
    }

    Answer post(String path, Map<String, String> fields, Map<String, String> headers) throws IOException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, form, headers);
    }

    /** A form of {@code enctype="multipart/form-data"} (the report form), its file input sent empty as a browser does. */
    Answer postMultipart(String path, Map<String, String> fields, String fileInput) throws IOException {
        String boundary = "----puente" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileInput)
                .append("\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n");
        body.append("--").append(boundary).append("--\r\n");
        return send("POST", path, body.toString(), Map.of(), "multipart/form-data; boundary=" + boundary);
    }

    /** Signs in through the login page, as a browser does; the answer is 3xx when it worked. */
    Answer signIn(String username, String password) throws IOException {
        String state = get("/login").viewState();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "Entrar");
        fields.put("jakarta.faces.ViewState", state);
        return post("/login", fields, Map.of());
    }

    private Answer send(String method, String path, String body, Map<String, String> headers) throws IOException {
        return send(method, path, body, headers, "application/x-www-form-urlencoded");
    }

    private Answer send(String method, String path, String body, Map<String, String> headers, String type)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\n")
                .append("Connection: close\r\nAccept-Language: es-MX\r\n")
                .append("Origin: ")
                .append(Browser.BASE_URL)
                .append("\r\n");
        if (!cookies.isEmpty()) {
            head.append("Cookie: ")
                    .append(cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")))
                    .append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ")
                    .append(type)
                    .append("\r\nContent-Length: ")
                    .append(content.length)
                    .append("\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            in.transferTo(body);
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(r -> r.group(1)).toList();
    }
}
