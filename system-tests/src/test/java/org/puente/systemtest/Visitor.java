package org.puente.systemtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor over plain HTTP with his own cookies: anonymous, or signed in through the login page as a
 * demo account, the way a browser does it (the form's view state and fields), but fast enough to request
 * hundreds of pages.
 */
final class Visitor {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    final String name;
    private final HttpClient http;

    private Visitor(String name) {
        this.name = name;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static Visitor anonymous() {
        return new Visitor("anónimo");
    }

    /** Signs the demo account in (password "demo") and fails loudly when that does not work. */
    static Visitor signedIn(String username) throws IOException, InterruptedException {
        return signedIn(username, "demo");
    }

    /** Signs the account in with its password and fails loudly when that does not work. */
    static Visitor signedIn(String username, String password) throws IOException, InterruptedException {
        Visitor visitor = new Visitor(username);
        HttpResponse<String> answer = visitor.signIn(password);
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("Signing in " + username + " answered HTTP " + answer.statusCode());
        }
        return visitor;
    }

    /** Sends the login form with this visitor's name and the password; the answer as it came. */
    HttpResponse<String> signIn(String password) throws IOException, InterruptedException {
        Visitor visitor = this;
        String username = name;
        HttpResponse<String> form = visitor.get("/login");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !state.find()) {
            throw new IllegalStateException("No login form: HTTP " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "Entrar");
        fields.put("jakarta.faces.ViewState", state.group(1));
        return visitor.post("/login", fields);
    }

    /** A visitor who has not signed in yet, under this name. */
    static Visitor named(String username) {
        return new Visitor(username);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "es-MX")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request: a form body (already encoded, or empty for none) and extra headers. */
    HttpResponse<String> send(String method, String path, String form, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "es-MX");
        headers.forEach(request::header);
        if (form == null || form.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A WebSocket of this visitor's client (with his cookies). */
    java.net.http.WebSocket.Builder webSocket() {
        return http.newWebSocketBuilder();
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "es-MX")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
