package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The access matrix leaves nothing out: every URL pattern of web.xml, every page of the webapp, every
 * servlet, every JAX-RS call (method and path) and every WebSocket endpoint of the web module's sources
 * has a row in {@code access-matrix.csv}. A page or call added without a row fails here, before any
 * server runs.
 */
class AccessMatrixCoverageTest {

    private static final Path WEB = base().resolve("web-module/src/main");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern VERB = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");

    private static List<AccessMatrix.Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = AccessMatrix.load();
    }

    private static Path base() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath();
        return module.getFileName().toString().equals("system-tests") ? module.getParent() : module;
    }

    @Test
    void everyUrlPatternOfWebXmlHasARow() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(WEB.resolve("webapp/WEB-INF/web.xml").toFile());
        NodeList patterns = xml.getElementsByTagNameNS("*", "url-pattern");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < patterns.getLength(); i++) {
            String pattern = patterns.item(i).getTextContent().trim();
            if (pattern.startsWith("*.")) {
                continue; // the Faces servlet's extension mapping: every page is checked below
            }
            seen++;
            if (!hasRowFor(pattern)) {
                missing.add(pattern);
            }
        }
        assertTrue(seen >= 40, "web.xml's URL patterns found: " + seen);
        assertEquals(List.of(), missing, "web.xml URL patterns without a row in access-matrix.csv");
    }

    @Test
    void everyPageHasARow() throws IOException {
        Path webapp = WEB.resolve("webapp");
        List<String> missing = new ArrayList<>();
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
        for (String page : pages) {
            String clean = page.substring(0, page.length() - ".xhtml".length());
            if (clean.endsWith("/index")) {
                clean = clean.substring(0, clean.length() - "index".length());
            }
            String address = clean;
            if (rows.stream()
                    .noneMatch(r -> r.address().equals(address) || r.address().equals(page))) {
                missing.add(page + " (" + clean + ")");
            }
        }
        assertTrue(pages.size() >= 40, "pages found: " + pages);
        assertEquals(List.of(), missing, "pages without a row in access-matrix.csv");
    }

    @Test
    void everyServletAndWebSocketHasARow() throws IOException {
        List<String> missing = new ArrayList<>();
        int servlets = 0;
        int sockets = 0;
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            for (String pattern : annotationLiterals(source.getValue(), "@WebServlet")) {
                servlets++;
                if (!hasRowFor(pattern)) {
                    missing.add(pattern + " (" + source.getKey().getFileName() + ")");
                }
            }
            for (String template : annotationLiterals(source.getValue(), "@ServerEndpoint")) {
                sockets++;
                Pattern address = Pattern.compile(regex(template));
                if (rows.stream()
                        .noneMatch(r -> r.method().equals("WS")
                                && address.matcher(r.address()).matches())) {
                    missing.add("WS " + template + " (" + source.getKey().getFileName() + ")");
                }
            }
        }
        assertTrue(
                servlets >= 9 && sockets >= 1,
                servlets + " servlet patterns and " + sockets + " WebSocket endpoints found");
        assertEquals(List.of(), missing, "servlets and WebSockets without a row in access-matrix.csv");
    }

    @Test
    void everyRestCallHasARow() throws IOException {
        List<String> calls = restCalls();
        assertTrue(calls.size() >= 14, "JAX-RS calls found: " + calls);
        List<String> missing = new ArrayList<>();
        for (String call : calls) {
            String method = call.substring(0, call.indexOf(' '));
            Pattern address = Pattern.compile(regex(call.substring(call.indexOf(' ') + 1)));
            if (rows.stream()
                    .noneMatch(r -> r.method().equals(method)
                            && address.matcher(r.address()).matches())) {
                missing.add(call);
            }
        }
        assertEquals(List.of(), missing, "REST calls without a row in access-matrix.csv");
    }

    /** Each call as "METHOD /application/resource/method path", from the applications' classes and their annotations. */
    private static List<String> restCalls() throws IOException {
        Map<Path, String> sources = sources();
        Map<String, String> applicationOf = new LinkedHashMap<>();
        for (String source : sources.values()) {
            List<String> application = annotationLiterals(source, "@ApplicationPath");
            if (application.isEmpty()) {
                continue;
            }
            Matcher classes = Pattern.compile("(\\w+)\\.class").matcher(source.substring(source.indexOf("getClasses")));
            while (classes.find()) {
                applicationOf.put(classes.group(1), application.get(0));
            }
        }
        List<String> calls = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            String name = source.getKey().getFileName().toString().replace(".java", "");
            if (!applicationOf.containsKey(name)) {
                assertTrue(
                        source.getValue().lines().map(String::trim).noneMatch(t -> PATH.matcher(t)
                                .lookingAt()),
                        name + " has @Path but no JAX-RS application lists it");
                continue;
            }
            String classPath = null;
            String verb = null;
            String path = null;
            for (String line : source.getValue().split("\n")) {
                String t = line.trim();
                Matcher p = PATH.matcher(t);
                Matcher v = VERB.matcher(t);
                if (p.lookingAt()) {
                    path = p.group(1);
                } else if (v.lookingAt()) {
                    verb = v.group(1);
                } else if (classPath == null && t.matches("(public )?(final )?class .*")) {
                    classPath = path == null ? "" : path;
                    path = null;
                    verb = null;
                } else if (t.startsWith("public ") || t.startsWith("protected ") || t.startsWith("private ")) {
                    if (verb != null) {
                        calls.add(verb + " " + join(applicationOf.get(name), classPath, path == null ? "" : path));
                    } else if (path != null) {
                        throw new IllegalStateException(
                                "A sub-resource locator in " + name + " (not understood): " + t);
                    }
                    verb = null;
                    path = null;
                }
            }
        }
        return calls;
    }

    private static String join(String... parts) {
        String joined = "/" + String.join("/", parts);
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A URI template as a regular expression: each {parameter} stands for one path segment or part of one. */
    private static String regex(String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = TEMPLATE.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(Pattern.quote(template.substring(at, m.start()))).append("[^/]+");
            at = m.end();
        }
        return out.append(Pattern.quote(template.substring(at))).toString();
    }

    /** A row for a servlet or web.xml pattern: the exact address, or one under a "/prefix/*". */
    private static boolean hasRowFor(String pattern) {
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return rows.stream()
                    .anyMatch(r -> r.address().startsWith(prefix) && r.address().length() > prefix.length());
        }
        return rows.stream().anyMatch(r -> r.address().equals(pattern));
    }

    /** The string literals of every such annotation in the source. */
    private static List<String> annotationLiterals(String source, String annotation) {
        List<String> literals = new ArrayList<>();
        int at = source.indexOf(annotation + "(");
        while (at >= 0) {
            int end = source.indexOf(')', at);
            Matcher m = LITERAL.matcher(source.substring(at, end));
            while (m.find()) {
                String value = m.group(1);
                if (value.startsWith("/") || value.isEmpty() || annotation.equals("@ApplicationPath")) {
                    literals.add(value);
                }
            }
            at = source.indexOf(annotation + "(", end);
        }
        return literals;
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(WEB.resolve("java"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    @Test
    void theScannerSeesTheKnownCalls() throws IOException {
        TreeSet<String> calls = new TreeSet<>(restCalls());
        assertTrue(calls.contains("POST /api/chat/{event}/questions/{question}/approval"), calls.toString());
        assertTrue(calls.contains("GET /open311/v2/requests/{id}.{format}"), calls.toString());
        assertTrue(calls.contains("GET /open311/discovery.{format}"), calls.toString());
        assertTrue(calls.contains("GET /api/transparencia/{municipio}"), calls.toString());
    }
}
