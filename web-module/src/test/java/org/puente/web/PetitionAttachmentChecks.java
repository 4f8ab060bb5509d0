package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.casework.CaseIdentity;
import org.puente.casework.Upload;
import org.puente.identity.NewStaffAccount;
import org.puente.identity.Role;
import org.puente.identity.StaffAccounts;
import org.puente.petition.NewPetition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;

/**
 * A petition's attachments on the real WAR: the public form posted as a browser does (multipart) with a real
 * PDF and a PNG carrying a GPS position, stored (the PNG without its EXIF), named on the filer's tracking page
 * and counted on his acuse; downloaded by the department's agent with the headers that keep a file from running
 * in Puente's origin, each download audited; refused to an agent of another body and, under a reserved
 * identity, to everyone but the intake desk; and a text file renamed .pdf refused on its field with what was
 * typed still in the form and no petition saved.
 *
 * <p>Runs in ArcoIT's server, which extends it: one server boots for them (see that class).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PetitionAttachmentChecks {

    private static final Pattern FOLIO = Pattern.compile("MET-PQR-\\d{4}-\\d{6}");

    /** The folio and tracking code filed by the first test, which the next ones use. */
    private static String folio;

    private static String code;

    private static final byte[] PDF = pdf("Solicito la reparación del bache frente a mi casa.");

    @Inject
    private PetitionIntake intake;

    @Inject
    private StaffAccounts staffAccounts;

    @Inject
    private HttpServletRequest runnerRequest;

    @jakarta.annotation.Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    // ---------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void thePublicFormFilesAPdfAndAPngWhoseGpsPositionIsNotKept() throws Exception {
        byte[] png = pngWithGps();
        assertTrue(contains(png, "eXIf") && contains(png, "PuenteCam"), "the PNG carries EXIF with a GPS position");
        long before = db().number("select count(*) from petition_attachment");

        Browser citizen = new Browser();
        String page = citizen.get("/peticion").body();
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page);
        assertTrue(page.contains("Hasta 3 archivos PDF, JPEG o PNG de máximo 5 MB cada uno."), page);
        String email = "bache-" + UUID.randomUUID().toString().substring(0, 8) + "@example.mx";
        Map<String, String> fields = typed("Bache frente a mi casa", email);
        HttpResponse<String> filed = citizen.submit(
                "/peticion",
                "petition",
                fields,
                List.of(
                        new FilePart("petition:attachments", "oficio.pdf", "application/pdf", PDF),
                        new FilePart("petition:attachments", "bache.png", "image/png", png)));
        assertEquals("/peticion-enviada", citizen.location(filed));
        String receipt = citizen.get("/peticion-enviada").body();
        Matcher f = FOLIO.matcher(receipt);
        assertTrue(f.find(), receipt);
        folio = f.group();
        Matcher c = Pattern.compile("id=\"tracking-code\">([A-Z0-9]+)<").matcher(receipt);
        assertTrue(c.find(), receipt);
        code = c.group(1);

        assertEquals(before + 2, db().number("select count(*) from petition_attachment"));
        assertEquals(
                List.of(
                        List.of("1", "oficio.pdf", "application/pdf", String.valueOf(PDF.length)),
                        List.of("2", "bache.png", "image/png", String.valueOf(bytes(2).length))),
                db().rows(
                                "select a.ordinal, a.file_name, a.content_type, a.size_bytes from petition_attachment a"
                                        + " join petition p on p.id = a.petition_id where p.folio = ? order by a.ordinal",
                                folio));
        assertArrayEquals(PDF, bytes(1), "the PDF is kept as it came");
        byte[] stored = bytes(2);
        assertFalse(contains(stored, "eXIf"), "no EXIF chunk in the stored PNG");
        assertFalse(contains(stored, "PuenteCam"), "nor the camera's name");
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(stored));
        assertEquals(40, kept.getWidth());
        assertEquals(Color.RED.getRGB(), kept.getRGB(5, 10), "the pixels stay");

        // The browser that filed it holds its code for the session (never in an address).
        String tracking = citizen.get("/seguimiento?folio=" + folio).body();
        assertTrue(tracking.contains("Archivos que enviaste"), tracking);
        assertFalse(tracking.contains("codigo=" + code), "no link carries the tracking code");
        assertTrue(tracking.contains("oficio.pdf") && tracking.contains("bache.png"), tracking);
        assertFalse(tracking.contains("/staff/peticion/adjunto"), "no download on the public page");
        String byFolioAlone = new Browser().get("/seguimiento?folio=" + folio).body();
        assertFalse(byFolioAlone.contains("oficio.pdf"), "the folio alone shows no file name");

        HttpResponse<byte[]> acuse = citizen.bytes("/acuse?folio=" + folio);
        assertEquals(200, acuse.statusCode());
        String acuseText = pdfText(acuse.body());
        assertTrue(acuseText.contains("Archivos adjuntos recibidos"), acuseText);
        assertTrue(acuseText.contains("2 archivos: oficio.pdf, bache.png"), acuseText);
    }

    @Test
    @Order(2)
    void theDepartmentsAgentDownloadsEachFileAsAnAttachmentThatRunsNothingAndItIsAudited() throws Exception {
        Browser agente = new Browser();
        agente.signIn("agente");
        String page = agente.get("/staff/peticion?folio=" + folio).body();
        assertTrue(page.contains("oficio.pdf") && page.contains("bache.png"), page);
        assertTrue(page.contains("/staff/peticion/adjunto?folio=" + folio + "&amp;n=1"), page);

        HttpResponse<byte[]> pdf = agente.bytes("/staff/peticion/adjunto?folio=" + folio + "&n=1");
        assertEquals(200, pdf.statusCode());
        assertArrayEquals(PDF, pdf.body());
        assertEquals("application/pdf", header(pdf, "Content-Type").split(";")[0]);
        assertEquals(
                "attachment; filename=\"oficio.pdf\"; filename*=UTF-8''oficio.pdf", header(pdf, "Content-Disposition"));
        assertEquals("nosniff", header(pdf, "X-Content-Type-Options"));
        assertTrue(
                header(pdf, "Content-Security-Policy").startsWith("sandbox"), header(pdf, "Content-Security-Policy"));
        assertTrue(header(pdf, "Cache-Control").contains("no-store"));

        HttpResponse<byte[]> png = agente.bytes("/staff/peticion/adjunto?folio=" + folio + "&n=2");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", header(png, "Content-Type").split(";")[0]);
        assertTrue(header(png, "Content-Disposition").startsWith("attachment;"));
        assertArrayEquals(bytes(2), png.body());
        assertEquals(
                404,
                agente.bytes("/staff/peticion/adjunto?folio=" + folio + "&n=3").statusCode());

        assertEquals(
                2,
                db().number(
                                "select count(*) from audit_entry where action = 'PETITION_ATTACHMENT_VIEWED'"
                                        + " and subject_ref = ? and actor_name = 'agente'",
                                folio),
                "each download is in the audit log");
    }

    @Test
    @Order(3)
    void anAgentOfAnotherBodyIsRefusedAndAReservedFilersFilesAreTheIntakeDesksAlone() throws Exception {
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
        Browser other = new Browser();
        other.signIn(username);
        assertEquals(
                403,
                other.bytes("/staff/peticion/adjunto?folio=" + folio + "&n=1").statusCode());
        assertEquals(403, other.get("/staff/peticion?folio=" + folio).statusCode());

        PetitionReceipt reserved = intake.file(
                new NewPetition(
                        db().number("select id from body where code = 'MET'"),
                        PetitionType.PETICION,
                        null,
                        CaseIdentity.RESERVED,
                        obras(),
                        "Poda de árbol",
                        "Adjunto mi escrito firmado.",
                        "Rosa Reservada",
                        "rosa-" + run + "@example.mx",
                        null,
                        true,
                        null,
                        List.of(new Upload("escrito firmado.pdf", "application/pdf", PDF))),
                PetitionChannel.WEB);
        Browser agente = new Browser();
        agente.signIn("agente");
        assertEquals(
                403,
                agente.bytes("/staff/peticion/adjunto?folio=" + reserved.folio() + "&n=1")
                        .statusCode(),
                "the department works it without seeing who filed it, nor his files");
        String page = agente.get("/staff/peticion?folio=" + reserved.folio()).body();
        assertTrue(page.contains("solo la ventanilla de recepción puede abrirlos"), page);
        assertFalse(page.contains("escrito firmado.pdf"), page);
        Browser desk = new Browser();
        desk.signIn("operador");
        HttpResponse<byte[]> atTheDesk = desk.bytes("/staff/peticion/adjunto?folio=" + reserved.folio() + "&n=1");
        assertEquals(200, atTheDesk.statusCode());
        assertEquals(
                "attachment; filename=\"escrito firmado.pdf\"; filename*=UTF-8''escrito%20firmado.pdf",
                header(atTheDesk, "Content-Disposition"));
    }

    @Test
    @Order(4)
    void aTextFileRenamedPdfIsRefusedOnItsFieldWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        long petitions = db().number("select count(*) from petition");
        long attachments = db().number("select count(*) from petition_attachment");
        Browser citizen = new Browser();
        citizen.get("/peticion");
        String subject = "Luminaria apagada " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = typed(subject, "luz@example.mx");
        byte[] text = "Esto es una carta escrita en texto, no un PDF.\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = citizen.submit(
                "/peticion",
                "petition",
                fields,
                List.of(new FilePart("petition:attachments", "carta.pdf", "application/pdf", text)));

        assertEquals(200, refused.statusCode());
        String again = refused.body();
        assertTrue(
                again.contains("El archivo «carta.pdf» no es un PDF aunque su nombre lo diga."),
                "the Spanish message: " + again);
        assertTrue(again.contains("id=\"petition:attachments-error\""), "beside its field: " + again);
        assertTrue(again.contains("value=\"" + subject + "\""), "the subject typed stays: " + again);
        assertTrue(again.contains(fields.get("petition:text")), "the text typed stays");
        assertTrue(again.contains("value=\"luz@example.mx\""), "the e-mail typed stays");
        assertFalse(again.contains("id=\"petition:attachments-held\""), "the refused file is not held");
        assertEquals(petitions, db().number("select count(*) from petition"), "no petition filed");
        assertEquals(attachments, db().number("select count(*) from petition_attachment"), "no file saved");

        // A script that posts the form without multipart (no browser does) reads as "no file": its fields are
        // checked as usual, never an error page.
        fields.put("petition:text", "");
        HttpResponse<String> plain = citizen.submitPlain("/peticion", "petition", fields);
        assertEquals(200, plain.statusCode(), plain.body());
        assertTrue(plain.body().contains("id=\"petition:text-error\""), plain.body());
        assertEquals(petitions, db().number("select count(*) from petition"));
    }

    @Test
    @Order(5)
    void theIntakeDeskAttachesACallersFileAndTheDemoHasLetters() throws Exception {
        Browser desk = new Browser();
        desk.signIn("operador");
        String page = desk.get("/staff/peticion-nueva").body();
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("intake:type", "QUEJA");
        fields.put("intake:identity", "IDENTIFIED");
        fields.put("intake:department", String.valueOf(obras()));
        fields.put("intake:subject", "Fuga de agua");
        fields.put("intake:text", "El vecino llama: la fuga de la esquina lleva tres días.");
        fields.put("intake:contactName", "Vecino por teléfono");
        fields.put("intake:contactPhone", "722 123 4567");
        fields.put("intake:privacyConsent", "true");
        HttpResponse<String> filed = desk.submit(
                "/staff/peticion-nueva",
                "intake",
                fields,
                List.of(new FilePart("intake:attachments", "fuga.png", "image/png", pngWithGps())));
        assertEquals(200, filed.statusCode());
        Matcher f = Pattern.compile("id=\"receipt-folio\"><strong>(MET-PQR-\\d{4}-\\d{6})<")
                .matcher(filed.body());
        assertTrue(f.find(), filed.body());
        assertEquals(
                List.of(List.of("1", "fuga.png", "image/png")),
                db().rows(
                                "select a.ordinal, a.file_name, a.content_type from petition_attachment a"
                                        + " join petition p on p.id = a.petition_id where p.folio = ? and p.channel = 'PHONE'",
                                f.group(1)));

        long letters = db().number("select count(*) from petition_attachment where file_name like 'escrito-MET-PQR-%'");
        assertTrue(letters >= 1 && letters <= 6, "the demo's letters: " + letters);
        assertEquals(
                0,
                db().number(
                                "select count(*) from petition_attachment a join petition p on p.id = a.petition_id"
                                        + " where a.file_name like 'escrito-MET-PQR-%' and (p.channel <> 'WEB' or p.identity <> 'IDENTIFIED')"),
                "on web petitions with a named filer");
    }

    // ---------------------------------------------------------------------------------------------

    private Map<String, String> typed(String subject, String email) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("petition:type", "PETICION");
        fields.put("petition:identity", "IDENTIFIED");
        fields.put("petition:department", String.valueOf(obras()));
        fields.put("petition:subject", subject);
        fields.put("petition:text", "Hay un bache profundo frente al número 12 de la calle Hidalgo desde hace un mes.");
        fields.put("petition:contactName", "Vecina con archivos");
        fields.put("petition:contactEmail", email);
        fields.put("petition:privacyConsent", "true");
        return fields;
    }

    private long obras() throws Exception {
        return db().number("select id from department where name = 'Dirección de Obras Públicas'");
    }

    /** The stored bytes of attachment n of the folio of the first test. */
    private byte[] bytes(int n) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select a.data from petition_attachment a join petition p"
                        + " on p.id = a.petition_id where p.folio = ? and a.ordinal = ?")) {
            s.setString(1, folio);
            s.setInt(2, n);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "attachment " + n + " of " + folio);
                return r.getBytes(1);
            }
        }
    }

    <T> T as(String username, Callable<T> part) throws Exception {
        URI servlet = URI.create(
                "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/it/signed-in");
        return SignedInCalls.as(servlet, username, part);
    }

    TestSql db() {
        return new TestSql(dataSource);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** A one-page PDF written with OpenPDF. */
    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text));
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /**
     * A 40 × 20 PNG (left half red, right half blue) with an eXIf chunk right after IHDR: Make "PuenteCam" and a
     * GPS IFD with latitude 19°15' N.
     */
    private static byte[] pngWithGps() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "png", plain);
        byte[] png = plain.toByteArray();
        ByteBuffer t = ByteBuffer.allocate(124);
        t.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        t.putShort((short) 2);
        t.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(50);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70);
        t.putInt(0);
        t.position(50);
        t.put("PuenteCam\0".getBytes(StandardCharsets.US_ASCII));
        t.position(70);
        t.putShort((short) 2);
        t.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(100);
        t.putInt(0);
        t.position(100);
        t.putInt(19).putInt(1).putInt(15).putInt(1).putInt(0).putInt(1);
        byte[] exif = t.array();
        ByteBuffer chunk = ByteBuffer.allocate(12 + exif.length);
        chunk.putInt(exif.length)
                .put("eXIf".getBytes(StandardCharsets.US_ASCII))
                .put(exif);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + exif.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, 33);
        System.arraycopy(chunk.array(), 0, out, 33, chunk.capacity());
        System.arraycopy(png, 33, out, 33 + chunk.capacity(), png.length - 33);
        return out;
    }

    /** A file of a multipart form: the input's name, the file's name and declared type, its bytes. */
    private record FilePart(String name, String fileName, String contentType, byte[] data) {}

    /**
     * A browser on the deployment: its cookies, the login form, JSF forms posted as multipart with their view
     * state and button "FORM:submit" (as a browser sends a form with a file input), no redirect followed.
     */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base = "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
        private String lastPage = "";

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            lastPage = response.body();
            return response;
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Posts a form of the page last read, multipart, with these fields and files. */
        HttpResponse<String> submit(String path, String form, Map<String, String> fields, List<FilePart> files)
                throws Exception {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            Map<String, String> all = new LinkedHashMap<>();
            all.put(form, form);
            if (lastPage.contains("name=\"" + form + ":body\"")) {
                all.put(form + ":body", String.valueOf(db().number("select id from body where code = 'MET'")));
            }
            all.putAll(fields);
            all.put(form + ":submit", "x");
            all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String boundary = "----puente" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> e : all.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                                + "\"\r\n\r\n" + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (FilePart file : files) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                                + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.data());
                body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                lastPage = response.body();
            }
            return response;
        }

        /** Posts a form of the page last read as application/x-www-form-urlencoded (no files). */
        HttpResponse<String> submitPlain(String path, String form, Map<String, String> fields) throws Exception {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            Map<String, String> all = new LinkedHashMap<>();
            all.put(form, form);
            all.putAll(fields);
            all.put(form + ":submit", "x");
            all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
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

        /** The path (without the context path and query) a redirect points at. */
        String location(HttpResponse<String> response) {
            assertEquals(302, response.statusCode(), response.uri() + " " + response.body());
            String path = URI.create(response.headers().firstValue("Location").orElseThrow())
                    .getPath();
            return path.substring(runnerRequest.getContextPath().length());
        }
    }
}
