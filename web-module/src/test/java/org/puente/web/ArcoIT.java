package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.arco.ArcoDesk;
import org.puente.arco.ArcoInput;
import org.puente.arco.ArcoIntake;
import org.puente.arco.Erasure;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockPreset;
import org.puente.identity.AccountService;
import org.puente.identity.CitizenRegistration;
import org.puente.identity.Role;
import org.puente.identity.TwoFactorPolicy;
import org.puente.petition.ArcoRight;
import org.puente.petition.NewPetition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.ReportIntake;
import org.puente.report.ReportReceipt;
import org.puente.setup.DemoData;

/**
 * ARCO requests on the real WAR (issue 14 item 3): a citizen with an account asks for the cancellation of his
 * data; the data-protection officer answers and carries it out; afterwards his account cannot sign in, his
 * name, e-mail and phone are in no column that held them, his report keeps its public facts, another
 * person's report is untouched and the request's history says it was carried out. An ARCO request is never
 * anonymous; an agent gets 403 on the desk. And a sign-in half done (a right password, no code yet) sends
 * {@code GET /staff/...} to the login page.
 *
 * <p>One server for both: {@link PetitionAttachmentChecks}' ordered tests first, then this class's (unordered), which
 * it inherits.
 */
@ExtendWith(ArquillianExtension.class)
class ArcoIT extends PetitionAttachmentChecks {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(ArcoIT.class, SignedInCalls.class, TestSql.class, PetitionAttachmentChecks.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    /** The columns where a person's name, e-mail or phone can be written. */
    private static final Map<String, List<String>> PERSONAL_COLUMNS = new LinkedHashMap<>();

    static {
        PERSONAL_COLUMNS.put("user_account", List.of("username", "full_name", "email"));
        PERSONAL_COLUMNS.put(
                "service_report",
                List.of(
                        "description",
                        "street",
                        "location_reference",
                        "contact_name",
                        "contact_email",
                        "contact_phone"));
        PERSONAL_COLUMNS.put("report_transition", List.of("note"));
        PERSONAL_COLUMNS.put("report_follower", List.of("follower_name", "follower_email", "follower_phone"));
        PERSONAL_COLUMNS.put(
                "petition", List.of("subject", "text", "contact_name", "contact_email", "contact_phone", "response"));
        PERSONAL_COLUMNS.put("petition_entry", List.of("text"));
        PERSONAL_COLUMNS.put("outbox_message", List.of("recipient", "body"));
        PERSONAL_COLUMNS.put("chat_participant", List.of("nickname"));
        PERSONAL_COLUMNS.put("forum_post", List.of("body"));
    }

    @Inject
    private ArcoIntake arcoIntake;

    @Inject
    private ArcoDesk desk;

    @Inject
    private PetitionIntake petitions;

    @Inject
    private ReportIntake reports;

    @Inject
    private AccountService accounts;

    @Inject
    private TwoFactorPolicy twoFactorPolicy;

    @Inject
    private HttpServletRequest runnerRequest;

    @Test
    void aCancellationCarriedOutLeavesNothingOfTheCitizenWhileHisReportKeepsItsPublicFacts() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Ana Cancelada " + suffix;
        String email = "ana-cancelada-" + suffix + "@example.mx";
        String phone = "722 5" + suffix.replaceAll("[^0-9]", "1").substring(0, 2) + " " + "4321";
        String ana = newCitizen(name, email);
        long accountId = db().number("select id from user_account where username = ?", ana);
        long bacheo = db().number(
                        "select s.id from public_service s join body b on b.id = s.body_id where b.code = ? and s.code = 'bacheo'",
                        DemoData.MUNICIPALITY);
        long pilares = db().number(
                        "select c.id from colonia c join delegacion d on d.id = c.delegacion_id join body b on b.id = d.body_id"
                                + " where b.code = ? and c.name = 'Pilares'",
                        DemoData.MUNICIPALITY);
        long metepec = db().number("select id from body where code = ?", DemoData.MUNICIPALITY);

        ReportReceipt his = as(
                ana,
                () -> reports.file(
                        new NewReport(
                                bacheo,
                                "Soy " + name + ", el bache está frente a mi casa",
                                pilares,
                                "Calle de Ana 12",
                                "Casa azul",
                                new java.math.BigDecimal("19.254912"),
                                new java.math.BigDecimal("-99.604687"),
                                name,
                                email,
                                phone,
                                true,
                                null,
                                null),
                        Channel.WEB));
        // Someone else's report, filed without an account (with a tracking code): not his, so left alone.
        String otherEmail = "beto-" + suffix + "@example.mx";
        ReportReceipt theirs = reports.file(
                new NewReport(
                        bacheo,
                        "Bache en la esquina " + suffix,
                        pilares,
                        "Calle de Beto 34",
                        null,
                        null,
                        null,
                        "Beto Vecino " + suffix,
                        otherEmail,
                        null,
                        true,
                        null,
                        null),
                Channel.WEB);
        assertTrue(theirs.trackingCode() != null && !theirs.trackingCode().isBlank());

        PetitionReceipt asked = as(
                ana,
                () -> arcoIntake.fileOwn(new ArcoInput(
                        metepec,
                        ArcoRight.CANCELACION,
                        "Cancelen todos mis datos personales. Soy " + name + ".",
                        null,
                        null,
                        null,
                        null,
                        true)));
        assertTrue(asked.folio().startsWith("MET-ARCO-"), asked.folio());
        assertEquals(
                1,
                db().number("select count(*) from petition where folio = ? and citizen_id is not null", asked.folio()));

        // The desk: administrators only, in the service and on the page.
        assertThrows(EJBAccessException.class, () -> as("agente", () -> desk.list(0)));
        Browser agente = new Browser();
        agente.signIn("agente", DemoData.DEMO_PASSWORD);
        assertEquals(403, agente.get("/staff/arco").statusCode());
        assertEquals(403, agente.get("/staff/arco-caso?id=" + asked.id()).statusCode());
        Browser admin = new Browser();
        admin.signIn("admin", DemoData.DEMO_PASSWORD);
        HttpResponse<String> list = admin.get("/staff/arco");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(asked.folio()), "the desk lists it");
        HttpResponse<String> open = admin.get("/staff/arco-caso?id=" + asked.id());
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains(email), "the officer sees who asked");

        BusinessException early =
                assertThrows(BusinessException.class, () -> as("admin", () -> desk.carryOutCancellation(asked.id())));
        assertEquals("petition.arco.notToCarryOut", early.getMessageKey(), "not before the answer");
        as("admin", () -> {
            desk.respond(asked.id(), "Procede la cancelación de sus datos.");
            return null;
        });
        assertTrue(db().timestampOrNull("select responded_at from petition where folio = ?", asked.folio()) != null);
        Erasure erased = as("admin", () -> desk.carryOutCancellation(asked.id()));
        assertEquals(1, erased.reports(), erased.summary());
        assertTrue(erased.account());
        assertTrue(erased.mailsDropped() >= 1, "the receipt of his report, not sent yet: " + erased.summary());

        // His account: blocked and anonymised; it cannot sign in, and his e-mail is free again.
        assertFalse(accounts.signIn(email, DemoData.DEMO_PASSWORD).isOk());
        assertFalse(accounts.signIn(ana, DemoData.DEMO_PASSWORD).isOk());
        assertEquals(
                List.of(List.of("anonimo-" + accountId, "Titular anonimizado", "-", "inactive")),
                db().rows(
                                "select username, full_name, coalesce(email, '-'), case when active then 'active' else 'inactive' end"
                                        + " from user_account"
                                        + " where id = ? and anonymised_at is not null",
                                accountId));
        assertTrue(
                db().number("select count(*) from consent where account_id = ?", accountId) >= 1,
                "his consent to the notice stays as proof: it references the notice, not his data");
        for (String identifier : List.of(name, email, phone, "Calle de Ana 12")) {
            for (Map.Entry<String, List<String>> table : PERSONAL_COLUMNS.entrySet()) {
                for (String column : table.getValue()) {
                    assertEquals(
                            0,
                            db().number(
                                            "select count(*) from " + table.getKey() + " where lower(" + column
                                                    + ") like ?",
                                            "%" + identifier.toLowerCase(java.util.Locale.ROOT) + "%"),
                            identifier + " in " + table.getKey() + "." + column);
                }
            }
        }
        // His report: the public facts stay, so the figures still count it.
        assertEquals(
                List.of(List.of("bacheo", "Pilares", "RECEIVED", "19.255")),
                db().rows(
                                "select s.code, c.name, r.status, cast(cast(r.latitude as decimal(9, 3)) as varchar(20))"
                                        + " from service_report r join public_service s on s.id = r.service_id"
                                        + " join colonia c on c.id = r.colonia_id where r.folio = ?",
                                his.folio()));
        assertEquals(
                1,
                db().number(
                                "select count(*) from service_report where folio = ? and citizen_id is null"
                                        + " and contact_email is null and received_at is not null",
                                his.folio()));
        // Someone else's report: untouched.
        assertEquals(
                otherEmail, db().string("select contact_email from service_report where folio = ?", theirs.folio()));
        // The request's history, its consent kept as proof, the audit line naming the officer and no person.
        assertEquals(
                List.of("RECEIVED", "RESPONDED", "CARRIED_OUT"),
                db().strings(
                                "select e.kind from petition_entry e join petition p on p.id = e.petition_id"
                                        + " where p.folio = ? order by e.occurred_at, e.id",
                                asked.folio()));
        assertEquals(
                1,
                db().number(
                                "select count(*) from consent c join petition p on p.id = c.petition_id where p.folio = ?",
                                asked.folio()));
        assertEquals(
                List.of("admin"),
                db().strings(
                                "select actor_name from audit_entry where action = 'PERSONAL_DATA_CANCELLED' and subject_ref = ?",
                                asked.folio()));
        BusinessException twice =
                assertThrows(BusinessException.class, () -> as("admin", () -> desk.carryOutCancellation(asked.id())));
        assertEquals("petition.arco.notToCarryOut", twice.getMessageKey());
    }

    @Test
    void anArcoRequestIsNeverAnonymousAndThePublicFormAsksWhoAndHowHeProvesIt() throws Exception {
        long metepec = db().number("select id from body where code = ?", DemoData.MUNICIPALITY);
        long before = db().number("select count(*) from petition where type = 'ARCO'");
        InvalidInputException anonymous = assertThrows(
                InvalidInputException.class,
                () -> petitions.file(
                        new NewPetition(
                                metepec,
                                PetitionType.ARCO,
                                ArcoRight.ACCESO,
                                CaseIdentity.ANONYMOUS,
                                null,
                                "Derecho ARCO",
                                "Quiero saber qué datos tienen de mí",
                                null,
                                null,
                                null,
                                false,
                                null),
                        PetitionChannel.WEB));
        assertTrue(
                anonymous.getProblems().stream()
                        .anyMatch(p -> "identity".equals(p.getField())
                                && "petition.anonymous.notAllowed".equals(p.getMessageKey())),
                keys(anonymous).toString());
        InvalidInputException incomplete = assertThrows(
                InvalidInputException.class,
                () -> arcoIntake.filePublic(
                        new ArcoInput(metepec, ArcoRight.ACCESO, "Mis datos", null, " ", null, null, true)));
        assertEquals(
                List.of("name arco.name.required", "email arco.email.required", "identityProof arco.identity.required"),
                keys(incomplete));
        assertEquals(before, db().number("select count(*) from petition where type = 'ARCO'"), "nothing saved");

        PetitionReceipt filed = arcoIntake.filePublic(new ArcoInput(
                metepec,
                ArcoRight.OPOSICION,
                "No quiero recibir encuestas.",
                null,
                "Carla Sin Cuenta",
                "carla-" + UUID.randomUUID().toString().substring(0, 6) + "@example.mx",
                "Credencial para votar en ventanilla",
                true));
        assertTrue(filed.trackingCode() != null, "without an account he follows it with a code");
        assertEquals(
                List.of(List.of(
                        "IDENTIFIED",
                        "OPOSICION",
                        ClockPreset.MX_LGPDPPSO_ARCO.terms().encode())),
                db().rows("select identity, arco_right, clock_terms from petition where folio = ?", filed.folio()),
                "on the LGPDPPSO's terms, since Metepec's administrator set none");
    }

    /** A right password of an account that still owes its one-time code, or a wrong password: the intranet is the login page. */
    @Test
    void aHalfDoneSignInIsSentToTheLoginPageNotAnEmptyPage() throws Exception {
        Browser wrong = new Browser();
        assertEquals(200, wrong.submitLogin("experto", "no es la clave").statusCode(), "the login page again");
        assertEquals("/login", wrong.location(wrong.get("/staff/cuenta")));

        as("admin", () -> {
            twoFactorPolicy.require(Role.EXPERTO, true);
            return null;
        });
        try {
            Browser half = new Browser();
            assertEquals("/login/codigo", half.signIn("experto", DemoData.DEMO_PASSWORD));
            HttpResponse<String> intranet = half.get("/staff/cuenta");
            assertEquals(302, intranet.statusCode(), intranet.statusCode() + " " + intranet.body());
            assertEquals("/login", half.location(intranet));
            assertEquals("/login", half.location(half.get("/staff/arco")));
        } finally {
            as("admin", () -> {
                twoFactorPolicy.require(Role.EXPERTO, false);
                return null;
            });
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> keys(InvalidInputException e) {
        return e.getProblems().stream()
                .map(p -> p.getField() + " " + p.getMessageKey())
                .toList();
    }

    private String newCitizen(String name, String email) throws SQLException {
        String username = accounts.registerCitizen(
                        new CitizenRegistration(name, email, "Una clave larga de prueba 2026", true))
                .getUsername();
        db().update(
                        "update user_account set password_hash = (select password_hash from user_account"
                                + " where username = 'ciudadano') where username = ?",
                        username);
        return username;
    }

    /** A visitor's browser on the deployment: its cookies, JSF forms posted with their view state, no redirect followed. */
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

        HttpResponse<String> submitLogin(String username, String password) throws Exception {
            get("/login");
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            Map<String, String> all = new LinkedHashMap<>();
            all.put("login:username", username);
            all.put("login:password", password);
            all.put("login", "login");
            all.put("login:submit", "x");
            all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The password step of /login; returns where it sends the visitor. */
        String signIn(String username, String password) throws Exception {
            return location(submitLogin(username, password));
        }

        /** The path (without the context path and query) a redirect points at. */
        String location(HttpResponse<String> response) {
            assertEquals(
                    302,
                    response.statusCode(),
                    response.uri() + " " + response.headers().map() + " " + response.body());
            String path = URI.create(response.headers().firstValue("Location").orElseThrow())
                    .getPath();
            return path.substring(runnerRequest.getContextPath().length());
        }
    }
}
