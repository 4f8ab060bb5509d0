package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.opinion.AnswerOutcome;
import org.puente.opinion.GivenAnswer;
import org.puente.opinion.OpinionSurveys;
import org.puente.opinion.PublicSurveys;
import org.puente.opinion.QuestionDraft;
import org.puente.opinion.QuestionKind;
import org.puente.opinion.SurveyForm;
import org.puente.opinion.SurveyView;
import org.puente.opinion.TextReview;
import org.puente.platform.BusinessException;
import org.puente.platform.SecretTokens;
import org.puente.setup.DemoData;

/**
 * Opinion surveys on the real WAR, Payara Micro and H2: the demo's three Metepec surveys; communication staff build a
 * survey of the four kinds (with HTML and script in every field, shown escaped) and publish it; the same account and
 * the same browser token answering twice count once (the first answer stands); a refused round keeps what was typed;
 * free text nobody reviewed never reaches the public results; a survey closed yesterday refuses answers and changes
 * nothing; the staff CSV has no personal data; an agent without COMUNICACION gets 403.
 *
 * <p>One server for the surveys and the public figures: this class's tests first, then {@link TransparencyChecks}
 * (orders from 101; they stop the clock at chosen moments), which it inherits.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpinionSurveyIT extends TransparencyChecks {

    private static final String TITLE = "<script>alert(1)</script> Alumbrado del parque";
    private static final String TITLE_SHOWN = "&lt;script&gt;alert(1)&lt;/script&gt; Alumbrado del parque";
    private static final String OPTION = "<b>Sí</b>, funciona";
    private static final String TEXT = "<img src=x onerror=alert(2)> Falta luz junto a la fuente";
    private static final String TEXT_SHOWN = "&lt;img src=x onerror=alert(2)&gt; Falta luz junto a la fuente";
    private static final String HIDDEN_TEXT = "Mi vecino de la casa 14 deja la basura en el parque";

    /** The survey built in the second test and followed by the next ones. */
    private static long survey;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(
                        OpinionSurveyIT.class,
                        SignedInCalls.class,
                        TestSql.class,
                        TransparencyChecks.class,
                        AdjustableClock.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private OpinionSurveys surveys;

    @Inject
    private PublicSurveys publicSurveys;

    @Inject
    private HttpServletRequest runnerRequest;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Test
    @Order(1)
    void theDemoHasAClosedSurveyWithResultsAnOpenOneAndADraft() throws Exception {
        assertEquals(
                List.of(
                        List.of("CLOSED", "true", "152"),
                        List.of("DRAFT", "false", "0"),
                        List.of("PUBLISHED", "false", "46")),
                db().rows(
                                "select s.status, case when s.results_published_at is null then 'false' else 'true' end,"
                                        + " (select count(*) from opinion_response r where r.survey_id = s.id)"
                                        + " from opinion_survey s where s.body_id = ? order by s.status",
                                metepec()));
        assertEquals(
                0,
                db().number("select count(*) from opinion_answer a join opinion_response r on r.id = a.response_id"
                        + " join opinion_survey s on s.id = r.survey_id"
                        + " where s.results_published_at is not null and a.review = 'PENDING'"),
                "the demo's published survey has every free text reviewed");
        String list = new Browser().get("/encuestas").body();
        assertTrue(list.contains("Horarios de atención en las ventanillas del Palacio Municipal"), "the open one");
        assertTrue(list.contains("¿Cómo está el alumbrado público de tu colonia?"), "the one with results");
        assertFalse(list.contains("Feria de San Isidro"), "never a draft");
        long draft = db().number("select id from opinion_survey where status = 'DRAFT' and body_id = ?", metepec());
        assertEquals(404, new Browser().get("/encuestas/encuesta?id=" + draft).statusCode(), "a draft is not public");
    }

    @Test
    @Order(2)
    void comunicacionBuildsASurveyOfTheFourKindsAndPublishesIt() throws Exception {
        survey = as(
                "comunicacion",
                () -> surveys.create(new SurveyForm(metepec(), TITLE, "<i>Introducción</i> & más", null)));
        as("comunicacion", () -> {
            surveys.addQuestion(survey, new QuestionDraft(QuestionKind.SHORT_TEXT, "<u>¿Algo más?</u>", false, null));
            surveys.addQuestion(
                    survey,
                    new QuestionDraft(
                            QuestionKind.SINGLE_CHOICE, "¿Funciona la luz?", true, List.of(OPTION, "No", "A veces")));
            surveys.addQuestion(
                    survey,
                    new QuestionDraft(
                            QuestionKind.MULTIPLE_CHOICE,
                            "¿Dónde falta?",
                            false,
                            List.of("Bancas", "Juegos", "Entrada")));
            surveys.addQuestion(survey, new QuestionDraft(QuestionKind.SCALE_1_5, "¿Qué tan seguro es?", true, null));
            surveys.addQuestion(survey, new QuestionDraft(QuestionKind.SHORT_TEXT, "Se quitará", false, null));
            surveys.removeQuestion(survey, 4);
            surveys.moveQuestion(survey, 0, 1);
            surveys.moveQuestion(survey, 1, 1);
            surveys.moveQuestion(survey, 2, 1);
            return null;
        });
        BusinessException oneOption = assertThrows(
                BusinessException.class,
                () -> as("comunicacion", () -> {
                    surveys.addQuestion(
                            survey, new QuestionDraft(QuestionKind.SINGLE_CHOICE, "¿Sí?", true, List.of("Sí")));
                    return null;
                }));
        assertEquals("opinion.question.options.count", firstKey(oneOption));
        BusinessException past = assertThrows(
                BusinessException.class,
                () -> as("comunicacion", () -> {
                    surveys.publish(survey, null, java.time.LocalDateTime.now().minusDays(1));
                    return null;
                }));
        assertEquals("opinion.closesAt.past", past.getMessageKey());
        assertEquals("closesAt", past.getField());
        as("comunicacion", () -> {
            surveys.publish(survey, null, java.time.LocalDateTime.now(zone()).plusDays(7));
            return null;
        });
        SurveyView view = as("comunicacion", () -> surveys.detail(survey));
        assertEquals(
                List.of(
                        QuestionKind.SINGLE_CHOICE,
                        QuestionKind.MULTIPLE_CHOICE,
                        QuestionKind.SCALE_1_5,
                        QuestionKind.SHORT_TEXT),
                view.questions().stream().map(SurveyView.Question::kind).toList());
        BusinessException locked = assertThrows(
                BusinessException.class,
                () -> as("comunicacion", () -> {
                    surveys.addQuestion(survey, new QuestionDraft(QuestionKind.SHORT_TEXT, "¿Otra?", false, null));
                    return null;
                }));
        assertEquals("opinion.published.locked", locked.getMessageKey());
        assertEquals(4, db().number("select count(*) from opinion_question where survey_id = ?", survey));
        assertEquals(
                List.of(
                        "CREATED",
                        "QUESTION_ADDED",
                        "QUESTION_ADDED",
                        "QUESTION_ADDED",
                        "QUESTION_ADDED",
                        "QUESTION_ADDED",
                        "QUESTION_REMOVED",
                        "QUESTION_MOVED",
                        "QUESTION_MOVED",
                        "QUESTION_MOVED",
                        "PUBLISHED"),
                db().strings(
                                "select e.kind from opinion_survey_event e join user_account a on a.id = e.author_id"
                                        + " where e.survey_id = ? and a.username = 'comunicacion' order by e.happened_at, e.id",
                                survey));
        assertEquals(
                11,
                db().number(
                                "select count(*) from audit_entry where action = 'OPINION_SURVEY_CHANGED' and subject_ref = ?",
                                String.valueOf(survey)));

        String page = new Browser().get("/encuestas/encuesta?id=" + survey).body();
        assertTrue(page.contains(TITLE_SHOWN), "the title escaped");
        assertTrue(page.contains("&lt;i&gt;Introducción&lt;/i&gt; &amp; más"), "the introduction escaped");
        assertTrue(page.contains("&lt;b&gt;Sí&lt;/b&gt;, funciona"), "an option escaped");
        assertTrue(page.contains("&lt;u&gt;¿Algo más?&lt;/u&gt;"), "a question escaped");
        assertFalse(page.contains("<script>alert(1)"), "no script");
        assertFalse(page.contains("<b>Sí</b>"));
        assertTrue(page.contains("<fieldset"), "radio groups in a fieldset");
        assertTrue(page.contains("<legend>1. ¿Funciona la luz?"), "with its legend");
    }

    @Test
    @Order(3)
    void theSameAccountAnsweringTwiceCountsOnceAndItsFirstAnswerStands() throws Exception {
        assertEquals(
                AnswerOutcome.RECORDED, as("ciudadano", () -> publicSurveys.answer(survey, answers(0, 4, null), null)));
        assertEquals(
                AnswerOutcome.ALREADY_ANSWERED,
                as("ciudadano", () -> publicSurveys.answer(survey, answers(1, 2, null), null)));
        long citizen = db().number("select id from user_account where username = 'ciudadano'");
        assertEquals(
                1,
                db().number(
                                "select count(*) from opinion_response where survey_id = ? and account_id = ?",
                                survey,
                                citizen));
        assertEquals(
                "0",
                db().string(
                                "select a.choices from opinion_answer a join opinion_response r on r.id = a.response_id"
                                        + " join opinion_question q on q.id = a.question_id where r.survey_id = ? and q.position = 0",
                                survey),
                "the first answer stands");
    }

    @Test
    @Order(4)
    void theSameBrowserAnsweringTwiceCountsOnceAndARefusedRoundKeepsWhatWasTyped() throws Exception {
        Browser browser = new Browser();
        browser.get("/encuestas/encuesta?id=" + survey);
        HttpResponse<String> refused = browser.submit(
                "/encuestas/encuesta?id=" + survey, "answer", List.of(Map.entry("answer:questions:3:text", TEXT)));
        assertEquals(200, refused.statusCode());
        String page = refused.body();
        assertEquals(2, count(page, "Responde esta pregunta: es obligatoria."), "the two required questions");
        assertTrue(page.contains(TEXT_SHOWN), "the typed text is kept, escaped");
        assertEquals(
                0,
                db().number(
                                "select count(*) from opinion_response where survey_id = ? and token_hash is not null",
                                survey));

        String formPage = refused.body();
        HttpResponse<String> sent = browser.submit(
                "/encuestas/encuesta?id=" + survey,
                "answer",
                List.of(
                        Map.entry("answer:questions:0:single", "2"),
                        Map.entry("answer:questions:1:choices", "0"),
                        Map.entry("answer:questions:1:choices", "2"),
                        Map.entry("answer:questions:2:scale", "4"),
                        Map.entry("answer:questions:3:text", TEXT)));
        assertEquals(302, sent.statusCode(), sent.body());
        // The browser got its token with its first try, refused or not.
        String cookie = java.util.stream.Stream.concat(
                        refused.headers().allValues("Set-Cookie").stream(),
                        sent.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("puente_encuesta="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        String token = cookie.substring("puente_encuesta=".length(), cookie.indexOf(';'));
        assertTrue(token.length() >= 32, "a long random token");
        assertEquals(
                SecretTokens.hash(token),
                db().string(
                                "select token_hash from opinion_response where survey_id = ? and token_hash is not null",
                                survey),
                "only the token's hash is kept");
        String thanked = browser.follow(sent).body();
        assertTrue(thanked.contains("¡Gracias! Tu respuesta quedó registrada."), thanked);
        assertTrue(thanked.contains("id=\"already\""), "the form is not offered again");

        // The same browser posts the form again (the page it had open before).
        browser.lastPage = formPage;
        HttpResponse<String> again = browser.submit(
                "/encuestas/encuesta?id=" + survey,
                "answer",
                List.of(Map.entry("answer:questions:0:single", "1"), Map.entry("answer:questions:2:scale", "1")));
        assertEquals(302, again.statusCode(), again.body());
        assertTrue(browser.follow(again).body().contains("conservamos tu primera respuesta"), "said kindly");
        assertEquals(
                1,
                db().number(
                                "select count(*) from opinion_response where survey_id = ? and token_hash is not null",
                                survey));
        assertEquals(
                "2",
                db().string(
                                "select a.choices from opinion_answer a join opinion_response r on r.id = a.response_id"
                                        + " join opinion_question q on q.id = a.question_id where r.token_hash is not null"
                                        + " and r.survey_id = ? and q.position = 0",
                                survey),
                "the first answer stands");

        String other = SecretTokens.newToken();
        assertEquals(AnswerOutcome.RECORDED, publicSurveys.answer(survey, answers(1, 5, HIDDEN_TEXT), other));
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, publicSurveys.answer(survey, answers(2, 1, null), other));
        assertEquals(3, db().number("select count(*) from opinion_response where survey_id = ?", survey));
    }

    @Test
    @Order(5)
    void unreviewedFreeTextNeverReachesThePublicResults() throws Exception {
        String before = new Browser().get("/encuestas/encuesta?id=" + survey).body();
        assertFalse(before.contains("id=\"results\""), "no results before they are published");
        assertEquals(
                404, new Browser().get("/encuestas/resultados.csv?id=" + survey).statusCode());
        as("comunicacion", () -> {
            surveys.publishResults(survey);
            return null;
        });
        String page = new Browser().get("/encuestas/encuesta?id=" + survey).body();
        assertTrue(page.contains("id=\"results\""));
        assertTrue(page.contains("3 personas respondieron"), page);
        assertTrue(page.contains("2 respuestas libres"), page.substring(page.indexOf("id=\"results\"")));
        assertFalse(page.contains("Falta luz junto a la fuente"), "not reviewed: not shown");
        assertFalse(page.contains("casa 14"), "not reviewed: not shown");

        SurveyView staff = as("comunicacion", () -> surveys.detail(survey));
        long shown = staff.texts().stream()
                .filter(t -> t.text().equals(TEXT))
                .findFirst()
                .orElseThrow()
                .answerId();
        long hidden = staff.texts().stream()
                .filter(t -> t.text().equals(HIDDEN_TEXT))
                .findFirst()
                .orElseThrow()
                .answerId();
        as("comunicacion", () -> {
            surveys.review(survey, shown, TextReview.APPROVED);
            surveys.review(survey, hidden, TextReview.HIDDEN);
            return null;
        });
        page = new Browser().get("/encuestas/encuesta?id=" + survey).body();
        assertTrue(page.contains(TEXT_SHOWN), "approved: shown, escaped");
        assertFalse(page.contains("<img src=x"));
        assertFalse(page.contains("casa 14"), "hidden: never shown");
        // Single choice: option 0, option 2, option 1 of three people: 1 each, 33.3 %; the scale 4, 4, 5: mean 4.33.
        assertTrue(page.contains("33.3 %"), "shares as text");
        assertTrue(page.contains("Promedio: 4.33"), "the scale's mean");
        HttpResponse<String> openData = new Browser().get("/encuestas/resultados.csv?id=" + survey);
        assertEquals(200, openData.statusCode());
        assertTrue(openData.body().contains("pregunta_numero,pregunta,tipo,opcion,respuestas,porcentaje,n,promedio"));
        assertTrue(openData.body().contains("Escala del 1 al 5,5,1,33.3,3,4.33"), openData.body());
        assertFalse(openData.body().contains("Falta luz"), "counts only");
    }

    @Test
    @Order(6)
    void aSurveyClosedYesterdayRefusesAnswersAndChangesNothing() throws Exception {
        long open = db().number(
                        "select id from opinion_survey where status = 'PUBLISHED' and body_id = ? and id <> ?",
                        metepec(),
                        survey);
        long before = db().number("select count(*) from opinion_response where survey_id = ?", open);
        db().update(
                        "update opinion_survey set closes_at = ? where id = ?",
                        OffsetDateTime.now().minusDays(1),
                        open);
        BusinessException closed = assertThrows(
                BusinessException.class,
                () -> publicSurveys.answer(
                        open, List.of(choice(0), scale(3), GivenAnswer.none()), SecretTokens.newToken()));
        assertEquals("opinion.answer.closed", closed.getMessageKey());
        BusinessException signedIn = assertThrows(
                BusinessException.class,
                () -> as(
                        "ciudadano",
                        () -> publicSurveys.answer(open, List.of(choice(0), scale(3), GivenAnswer.none()), null)));
        assertEquals("opinion.answer.closed", signedIn.getMessageKey());
        assertEquals(before, db().number("select count(*) from opinion_response where survey_id = ?", open));
        String page = new Browser().get("/encuestas/encuesta?id=" + open).body();
        assertTrue(page.contains("Esta encuesta ya cerró y no recibe respuestas."));
        assertFalse(page.contains("answer:submit"), "no form");
        assertEquals("PUBLISHED", db().string("select status from opinion_survey where id = ?", open));
    }

    @Test
    @Order(7)
    void theStaffCsvCarriesNoPersonalData() throws Exception {
        Browser staff = new Browser();
        staff.signIn("comunicacion");
        HttpResponse<String> csv = staff.get("/staff/encuesta.csv?id=" + survey);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(
                "\uFEFFrespuesta,fecha,¿Funciona la luz?,¿Dónde falta?,¿Qué tan seguro es?,<u>¿Algo más?</u>",
                lines.get(0));
        assertEquals(4, lines.size(), "a header and one row per response");
        assertTrue(
                lines.get(2)
                        .endsWith(
                                ",A veces,Bancas; Entrada,4,<img src=x onerror=alert(2)> Falta luz junto a la fuente"),
                lines.get(2));
        for (String hash : db().strings(
                        "select token_hash from opinion_response where survey_id = ? and token_hash is not null",
                        survey)) {
            assertFalse(csv.body().contains(hash), "no token hash");
        }
        for (String personal : List.of("ciudadano", "@", "127.0.0.1", "0:0:0:0")) {
            assertFalse(csv.body().contains(personal), "nothing personal: " + personal);
        }
        assertEquals(
                1,
                db().number(
                                "select count(*) from audit_entry where action = 'OPINION_ANSWERS_EXPORTED' and subject_ref = ?",
                                String.valueOf(survey)));
    }

    @Test
    @Order(8)
    void anAgentWithoutComunicacionIsKeptOut() throws Exception {
        Browser agent = new Browser();
        agent.signIn("agente");
        for (String path : List.of(
                "/staff/encuestas",
                "/staff/encuesta",
                "/staff/encuesta?id=" + survey,
                "/staff/encuesta.csv?id=" + survey)) {
            assertEquals(403, agent.get(path).statusCode(), path);
        }
        assertThrows(EJBAccessException.class, () -> as("agente", () -> surveys.detail(survey)));
        Browser comunicacion = new Browser();
        comunicacion.signIn("comunicacion");
        String desk = comunicacion.get("/staff/encuesta?id=" + survey).body();
        assertTrue(desk.contains(TITLE_SHOWN), "the builder escapes too");
        assertFalse(desk.contains("<script>alert(1)"));
        assertTrue(comunicacion.get("/staff/encuestas").body().contains("/staff/encuesta?id=" + survey));
    }

    // Helpers

    private static List<GivenAnswer> answers(int single, int points, String text) {
        return List.of(choice(single), GivenAnswer.none(), scale(points), new GivenAnswer(List.of(), null, text));
    }

    private static GivenAnswer choice(int c) {
        return new GivenAnswer(List.of(c), null, null);
    }

    private static GivenAnswer scale(int p) {
        return new GivenAnswer(List.of(), p, null);
    }

    private static String firstKey(BusinessException e) {
        return e instanceof org.puente.platform.InvalidInputException invalid
                ? invalid.getProblems().get(0).getMessageKey()
                : e.getMessageKey();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private java.time.ZoneId zone() throws SQLException {
        return java.time.ZoneId.of(db().string("select time_zone from body where id = ?", metepec()));
    }

    private long metepec() {
        try {
            return db().number("select id from body where code = ?", DemoData.MUNICIPALITY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        return SignedInCalls.as(
                URI.create("http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath()
                        + "/it/signed-in"),
                username,
                part);
    }

    private TestSql db() {
        return new TestSql(dataSource);
    }

    /** A visitor's browser: its cookies, JSF forms posted with their view state, no redirect followed. */
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

        /** Posts a form of the page last read (its view state and button "FORM:submit") with these fields. */
        HttpResponse<String> submit(String path, String form, List<Map.Entry<String, String>> fields) throws Exception {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(lastPage);
            assertTrue(state.find(), "a JSF form on the page: " + lastPage);
            List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
            all.add(Map.entry(form, form));
            all.add(Map.entry(form + ":submit", "x"));
            all.add(Map.entry("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":")));
            String body = all.stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "es-MX")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                lastPage = response.body();
            }
            return response;
        }

        /** Follows a redirect (its Location, relative to the server). */
        HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
            String location = redirect.headers().firstValue("Location").orElseThrow();
            URI target = URI.create(base).resolve(location);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(target)
                            .header("Accept-Language", "es-MX")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            lastPage = response.body();
            return response;
        }

        void signIn(String username) throws Exception {
            get("/login");
            HttpResponse<String> done = submit(
                    "/login",
                    "login",
                    List.of(
                            Map.entry("login:username", username),
                            Map.entry("login:password", DemoData.DEMO_PASSWORD)));
            assertEquals(302, done.statusCode(), username + " signs in: " + done.body());
        }
    }
}
