package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.chat.ChatMessage;
import org.puente.chat.ChatParticipant;
import org.puente.engagement.EngagementEvent;
import org.puente.forum.ForumPost;
import org.puente.forum.ForumThread;
import org.puente.hoax.Hoaxes;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.SecretTokens;
import org.puente.question.AnswerForm;
import org.puente.question.AskForm;
import org.puente.question.AskResult;
import org.puente.question.DeskFilter;
import org.puente.question.PublicQuestions;
import org.puente.question.QuestionDesk;
import org.puente.question.QuestionPromotion;
import org.puente.question.QuestionRow;
import org.puente.question.QuestionTopic;
import org.puente.setup.DemoData;

/**
 * The public Q&A on the real WAR, Payara Micro and H2: the demo's answered questions and the feed announced in the
 * head; a question with personal data never reaches a public page, a search or the feed, and its author is offered
 * the private channel; a nickname's question waits for its e-mail link; search finds "pensión" for "pensiones" and
 * "pension"; "tengo la misma duda" counts once per person; what a user typed is shown escaped (and the JSON-LD
 * cannot close its script); an empty answer and a 20,000-character question are refused and change nothing; roles
 * are kept apart; every staff step is in the audit log; an answer links to a published debunk of its body, shown with
 * the public answer while the debunk stays published.
 *
 * <p>Runs in CommunicationIT's server, which extends it: one server boots for them (see that class).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PublicQuestionsChecks {

    private static final String PENSION = "¿Cómo tramito mi pensión municipal por viudez?";
    private static final String PENSION_ANSWER =
            "Las pensiones municipales se tramitan en Recursos Humanos con el acta de defunción y tu identificación.";
    private static final String PERSONAL =
            "Mi CURP es GODE561231HDFRRN09 y mi teléfono 722 123 45 67, ¿ya salió mi apoyo?";
    private static final String SCRIPT = "<script>alert('pregunta')</script> ¿<b>Predial</b> en Metepec?";

    /** The question answered in the search test and followed by the next ones. */
    private static long pension;

    private static long personal;

    @Inject
    private PublicQuestions questions;

    @Inject
    private QuestionDesk desk;

    @Inject
    private QuestionPromotion promotion;

    @Inject
    private Hoaxes hoaxes;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Test
    @Order(201)
    void theDemoHasAnsweredQuestionsAndAnnouncesTheirFeed() throws Exception {
        assertEquals(
                27,
                db().number(
                                "select count(*) from public_question where body_id = ? and status = 'RESPONDIDA'",
                                metepec()));
        assertEquals(1, db().number("select count(*) from public_question where status = 'CASO_PERSONAL'"));
        String list = page("/preguntas?organismo=MET").body();
        assertTrue(list.contains("27 preguntas respondidas"), "the count of answered questions");
        assertTrue(
                list.indexOf("¿Hasta cuándo hay descuento por pago anticipado del predial?")
                        < list.indexOf("¿Cómo me inscribo al programa de apoyo a mujeres jefas de familia?"),
                "the most needed answer first (64 people before 58)");
        assertFalse(list.contains("722 214 3380"), "the demo's personal case is nowhere");
        assertFalse(list.contains("tianguis"), "a pending question is not public");
        assertTrue(
                page("/")
                        .body()
                        .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + context()
                                + "/preguntas/respondidas.atom?organismo=MET\""),
                "feed autodiscovery in the head");
    }

    @Test
    @Order(202)
    void aQuestionWithPersonalDataNeverReachesAPublicPageOrTheFeed() throws Exception {
        AskResult asked = questions.ask(
                new AskForm(metepec(), QuestionTopic.PROGRAMAS_SOCIALES, PERSONAL, "Vecina", "vecina@example.mx", true),
                "it-personal");
        personal = asked.id();
        assertEquals(AskResult.Outcome.PERSONAL_CASE, asked.outcome());
        assertEquals(
                List.of("CURP", "TELEFONO"),
                asked.found().stream().map(Enum::name).sorted().toList());
        assertEquals("CASO_PERSONAL", db().string("select status from public_question where id = ?", personal));
        assertEquals(0, db().number("select count(*) from outbox_message where recipient = 'vecina@example.mx'"));
        BusinessException publish =
                assertThrows(BusinessException.class, () -> as("moderador", () -> desk.publish(personal)));
        assertEquals("question.transition.forbidden", publish.getMessageKey());

        // A clean question that the moderator says is a personal case: its asker is offered the private channel.
        long ownCase = as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(
                                        metepec(),
                                        QuestionTopic.PREDIAL,
                                        "¿Por qué mi recibo de predial subió tanto" + " este año si mi casa no cambió?",
                                        null,
                                        null,
                                        true),
                                "it-own"))
                .id();
        as("moderador", () -> desk.markPersonal(ownCase));
        assertTrue(
                db().string("select body from outbox_message where recipient = 'ciudadano@example.mx'"
                                + " and subject like '%caso personal%'")
                        .contains("/peticion"),
                "the private channel by e-mail");

        for (long id : List.of(personal, ownCase)) {
            assertEquals(404, page("/preguntas/pregunta?id=" + id).statusCode());
            assertTrue(questions.question(id).isEmpty());
        }
        for (String path : List.of(
                "/preguntas",
                "/preguntas?q=" + enc("apoyo"),
                "/preguntas?q=" + enc("recibo predial"),
                "/preguntas/tema?organismo=MET&tema=PROGRAMAS_SOCIALES",
                "/preguntas/respondidas.atom",
                "/preguntas/respondidas.atom?organismo=MET")) {
            String body = page(path).body();
            assertFalse(body.contains("GODE561231HDFRRN09"), path);
            assertFalse(body.contains("722 123 45 67"), path);
            assertFalse(body.contains("mi casa no cambió"), path);
        }
        assertTrue(questions.suggestions(metepec(), "apoyo CURP GODE561231HDFRRN09").stream()
                .noneMatch(r -> r.id() == personal));
    }

    @Test
    @Order(203)
    void aNicknamesQuestionGoesToModerationOnlyOnceItsEmailIsConfirmed() throws Exception {
        AskResult asked = questions.ask(
                new AskForm(
                        metepec(),
                        QuestionTopic.AGUA,
                        "¿Cuándo vuelve el agua a San Lucas Tunco?",
                        "Don Beto",
                        "beto@example.mx",
                        true),
                "it-nick");
        assertEquals(AskResult.Outcome.CONFIRM_EMAIL, asked.outcome());
        assertEquals("POR_CONFIRMAR", db().string("select status from public_question where id = ?", asked.id()));
        String mail = db().string("select body from outbox_message where recipient = 'beto@example.mx'");
        Matcher link =
                Pattern.compile("/preguntas/confirmar\\?token=([A-Za-z0-9_-]+)").matcher(mail);
        assertTrue(link.find(), mail);
        assertTrue(page("/preguntas/confirmar?token=" + link.group(1)).body().contains("tu pregunta pasó a revisión"));
        assertEquals("PENDIENTE", db().string("select status from public_question where id = ?", asked.id()));
        assertTrue(page("/preguntas/confirmar?token=" + link.group(1)).body().contains("no es válido o ya se usó"));
        assertTrue(as("moderador", () -> desk.list(DeskFilter.PENDIENTES, 1)).rows().stream()
                .anyMatch(r -> r.id() == asked.id()));
        InvalidInputException noMail = assertThrows(
                InvalidInputException.class,
                () -> questions.ask(
                        new AskForm(metepec(), QuestionTopic.AGUA, "¿Agua?", "", "no-es-correo", true), "it-x"));
        assertEquals(
                List.of("nickname:question.nickname.required", "email:question.email.invalid"),
                noMail.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
    }

    @Test
    @Order(204)
    void searchFindsPensionForPensionesAndPension() throws Exception {
        pension = as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(metepec(), QuestionTopic.TRAMITES, PENSION, null, null, true), "it-p"))
                .id();
        as("moderador", () -> desk.publish(pension));
        as(
                "comunicacion",
                () -> desk.answer(
                        pension,
                        new AnswerForm(PENSION_ANSWER, "https://www.metepec.gob.mx/rh\n", LocalDate.now(zone()))));
        for (String query : List.of("pensiones", "pension", "PENSIÓN", "Pensión viudez", "pensiones por viudez")) {
            List<Long> found = questions.search(null, null, query, 1).rows().stream()
                    .map(QuestionRow::id)
                    .toList();
            assertTrue(found.contains(pension), query + " finds it: " + found);
            assertTrue(
                    page("/preguntas?q=" + enc(query)).body().contains("/preguntas/pregunta?id=" + pension),
                    query + " on the page");
        }
        for (List<String> pair : List.of(
                List.of("baches", "¿Cuánto tardan en tapar un bache que reporté?"),
                List.of("credito", "¿Puedo pagar el predial con tarjeta de crédito?"),
                List.of("AGUA fugas", "¿Cómo reporto una fuga de agua en la calle?"))) {
            assertTrue(
                    questions.search(null, null, pair.get(0), 1).rows().stream()
                            .anyMatch(r -> r.text().equals(pair.get(1))),
                    pair.get(0) + " finds " + pair.get(1));
        }
        assertFalse(
                questions.search(null, null, "pensiones agua", 1).rows().stream()
                        .anyMatch(r -> r.id() == pension),
                "every word must match");
        assertTrue(
                questions.suggestions(metepec(), "quiero saber de las pensiones de").stream()
                        .anyMatch(r -> r.id() == pension),
                "a suggestion while typing");

        Feed feed = (Feed) new WireFeedInput()
                .build(new StringReader(
                        page("/preguntas/respondidas.atom?organismo=MET").body()));
        assertEquals(20, feed.getEntries().size());
        Entry first = feed.getEntries().get(0);
        assertTrue(
                first.getId().endsWith("/preguntas/pregunta?id=" + pension), "newly answered first: " + first.getId());
        assertEquals(PENSION, first.getTitle());
        assertFalse(page("/preguntas/respondidas.atom").body().contains("Paola"), "no staff name in the feed");
    }

    @Test
    @Order(205)
    void theSameDoubtCountsOncePerPerson() throws Exception {
        String browser = SecretTokens.newToken();
        assertTrue(questions.sameDoubt(pension, browser, "it-d1").counted());
        assertFalse(questions.sameDoubt(pension, browser, "it-d1").counted(), "the same browser again");
        assertTrue(
                questions.sameDoubt(pension, SecretTokens.newToken(), "it-d2").counted(), "another browser");
        assertTrue(as("ciudadano", () -> questions.sameDoubt(pension, null, "it-d3"))
                .counted());
        assertFalse(
                as("ciudadano", () -> questions.sameDoubt(pension, browser, "it-d3"))
                        .counted(),
                "the account");
        assertEquals(3, db().number("select same_doubt from public_question where id = ?", pension));
        assertEquals(3, db().number("select count(*) from public_question_doubt where question_id = ?", pension));
        assertThrows(BusinessException.class, () -> questions.sameDoubt(personal, browser, "it-d4"));
        assertTrue(page("/preguntas/pregunta?id=" + pension).body().contains("3 personas tienen la misma duda"));
    }

    @Test
    @Order(206)
    void whatAUserTypedIsShownEscapedAndTheStructuredDataCannotCloseItsScript() throws Exception {
        long id = as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(metepec(), QuestionTopic.PREDIAL, SCRIPT, null, null, true), "it-s"))
                .id();
        as(
                "comunicacion",
                () -> desk.answer(
                        id,
                        new AnswerForm(
                                "<img src=x onerror=alert(1)> Se paga en la Tesorería.", "", LocalDate.now(zone()))));
        String html = page("/preguntas/pregunta?id=" + id).body();
        assertFalse(html.contains("<script>alert('pregunta')"), "the question is escaped");
        assertFalse(html.contains("<img src=x"), "the answer is escaped");
        assertTrue(html.contains("&lt;script&gt;alert("), "shown as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "shown as text");
        Matcher ld = Pattern.compile(
                        "<script type=\"application/ld\\+json\" id=\"qa-jsonld\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(ld.find(), "QAPage JSON-LD");
        String json = ld.group(1);
        assertFalse(json.contains("<"), json);
        var page = jakarta.json.Json.createReader(new StringReader(json)).readObject();
        assertEquals("QAPage", page.getString("@type"));
        assertEquals(SCRIPT, page.getJsonObject("mainEntity").getString("text"));
        assertTrue(html.contains("Esta respuesta es solo informativa."), "the disclaimer");
        assertTrue(html.contains("Revisada el"), "the reviewed date");
    }

    @Test
    @Order(207)
    void anEmptyAnswerAndATwentyThousandCharacterQuestionAreRefusedAndChangeNothing() throws Exception {
        long before = db().number("select count(*) from public_question");
        InvalidInputException tooLong = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(metepec(), QuestionTopic.OTROS, "¿".repeat(20_000), null, null, true),
                                "it-l")));
        assertEquals(
                List.of("text:question.text.tooLong"),
                tooLong.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        assertEquals(20_000, tooLong.getProblems().get(0).getArguments()[1]);
        assertEquals(before, db().number("select count(*) from public_question"));

        InvalidInputException empty = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "comunicacion",
                        () -> desk.answer(pension, new AnswerForm("   ", "javascript:alert(1)", null))));
        assertEquals(
                List.of(
                        "answer:question.answer.required",
                        "sources:question.sources.invalid",
                        "reviewedOn:question.reviewedOn.required"),
                empty.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        assertEquals(1, db().number("select count(*) from public_question_answer where question_id = ?", pension));
        assertEquals(
                PENSION_ANSWER, db().string("select text from public_question_answer where question_id = ?", pension));
    }

    @Test
    @Order(208)
    void anOutdatedAnswerIsSupersededAndKeepsItsVersions() throws Exception {
        as("comunicacion", () -> desk.markOutdated(pension));
        assertTrue(page("/preguntas/pregunta?id=" + pension).body().contains("puede estar desactualizada"));
        as(
                "comunicacion",
                () -> desk.answer(
                        pension,
                        new AnswerForm(
                                "Ahora también en línea.", "https://www.metepec.gob.mx/rh", LocalDate.now(zone()))));
        var view = as("comunicacion", () -> desk.detail(pension));
        assertEquals(2, view.versions().size());
        assertNotNull(view.versions().get(0).supersededAt());
        assertFalse(view.answer().outdated());
        String html = page("/preguntas/pregunta?id=" + pension).body();
        assertTrue(html.contains("Ahora también en línea."));
        assertFalse(html.contains("puede estar desactualizada"));
    }

    @Test
    @Order(209)
    void rolesAreKeptApartAndEveryStepIsAudited() throws Exception {
        assertThrows(EJBAccessException.class, () -> as("agente", () -> desk.list(DeskFilter.PENDIENTES, 1)));
        assertThrows(
                EJBAccessException.class,
                () -> as("moderador", () -> desk.answer(pension, new AnswerForm("x", "", LocalDate.now(zone())))));
        assertEquals(
                List.of(
                        List.of("QUESTION_CHANGED", "moderador", "published"),
                        List.of("QUESTION_CHANGED", "comunicacion", "answered"),
                        List.of("QUESTION_CHANGED", "comunicacion", "answer outdated"),
                        List.of("QUESTION_CHANGED", "comunicacion", "answer superseded")),
                db().rows(
                                "select action, actor_name, detail from audit_entry where subject_type = 'Question'"
                                        + " and subject_ref = ? order by id",
                                String.valueOf(pension)));
        assertEquals(
                List.of("ASKED", "PUBLISHED", "ANSWERED", "OUTDATED", "SUPERSEDED"),
                db().strings("select kind from public_question_step where question_id = ? order by id", pension));
    }

    @Test
    @Order(210)
    void aPromotedChatAnswerKeepsItsLinkToTheTranscript() throws Exception {
        long chat = db().number("select min(id) from engagement_event where kind = 'CHAT'");
        long message = chatAnswered(
                chat,
                "¿Qué papeles pide el registro al programa de cuidadoras? Mi cel es 7221234567",
                "Tu CURP, una identificación y el comprobante de domicilio.");
        var candidate = as("moderador", () -> promotion.candidates(chat)).stream()
                .filter(c -> c.messageId() == message)
                .findFirst()
                .orElseThrow();
        assertTrue(candidate.personal());
        assertEquals(
                "¿Qué papeles pide el registro al programa de cuidadoras? Mi cel es [dato personal]",
                candidate.question(),
                "the edit step starts with the personal data masked");
        BusinessException stillThere = assertThrows(
                BusinessException.class,
                () -> as(
                        "moderador",
                        () -> promotion.promote(
                                message,
                                QuestionTopic.PROGRAMAS_SOCIALES,
                                candidate.question() + " 7221234567",
                                candidate.answer())));
        assertEquals("question.personal.stillThere", stillThere.getMessageKey());
        long promoted = as(
                "moderador",
                () -> promotion.promote(
                        message,
                        QuestionTopic.PROGRAMAS_SOCIALES,
                        "¿Qué papeles pide el registro al programa de cuidadoras?",
                        candidate.answer()));
        String source = db().string("select promoted_from from public_question where id = ?", promoted);
        assertTrue(source.startsWith("/transcripcion?evento=" + chat + "#mensaje-"), source);
        assertEquals("RESPONDIDA", db().string("select status from public_question where id = ?", promoted));
        String html = page("/preguntas/pregunta?id=" + promoted).body();
        assertTrue(html.contains("href=\"" + context() + "/transcripcion?evento=" + chat + "#mensaje-"), "the link");
        assertTrue(html.contains("Tu CURP, una identificación y el comprobante de domicilio."));
        assertFalse(html.contains("7221234567"));
        assertEquals(
                "question.promote.already.refused",
                assertThrows(
                                BusinessException.class,
                                () -> as(
                                        "moderador",
                                        () -> promotion.promote(
                                                message, QuestionTopic.OTROS, "¿Otra vez?", candidate.answer())))
                        .getMessageKey());
        assertThrows(EJBAccessException.class, () -> as("comunicacion", () -> promotion.chats()));
    }

    @Test
    @Order(211)
    void aPromotedForumAnswerKeepsItsLinkToTheThreadAndIsPromotedOnce() throws Exception {
        long forum = db().number("select min(id) from engagement_event where kind = 'FORUM'");
        long thread = forumAnswered(
                forum,
                "¿A dónde llevo a mi hijo si está muy triste?",
                "Mi hijo de 14 años no quiere salir; escríbanme a mama.preocupada@example.mx",
                "Acude al centro de salud de tu colonia: ahí te canalizan a psicología sin costo.");
        assertTrue(as("moderador", () -> promotion.forums()).stream().anyMatch(e -> e.getId() == forum));
        var candidate = as("moderador", () -> promotion.forumCandidates(forum)).stream()
                .filter(c -> c.threadId() == thread)
                .findFirst()
                .orElseThrow();
        assertTrue(candidate.personal());
        assertEquals(
                "Mi hijo de 14 años no quiere salir; escríbanme a [dato personal]",
                candidate.question(),
                "the edit step starts with the personal data masked");
        assertEquals(
                "Acude al centro de salud de tu colonia: ahí te canalizan a psicología sin costo.", candidate.answer());
        long promoted = as(
                "moderador",
                () -> promotion.promoteThread(
                        thread,
                        QuestionTopic.PROGRAMAS_SOCIALES,
                        "¿A dónde llevo a mi hijo adolescente si lo veo muy triste?",
                        candidate.answer()));
        assertEquals(
                "/tema?id=" + thread, db().string("select promoted_from from public_question where id = ?", promoted));
        assertEquals("RESPONDIDA", db().string("select status from public_question where id = ?", promoted));
        assertEquals(
                db().number("select e.expert_id from engagement_event e where e.id = ?", forum),
                db().number("select a.author_id from public_question_answer a where a.question_id = ?", promoted),
                "the answer is the expert's");
        String html = page("/preguntas/pregunta?id=" + promoted).body();
        assertTrue(html.contains("href=\"" + context() + "/tema?id=" + thread + "\""), "the link to the thread");
        assertTrue(html.contains("Respondida originalmente en un foro"));
        assertFalse(html.contains("mama.preocupada@example.mx"));
        assertEquals(
                promoted,
                as("moderador", () -> promotion.forumCandidates(forum)).stream()
                        .filter(c -> c.threadId() == thread)
                        .findFirst()
                        .orElseThrow()
                        .promotedId());
        assertEquals(
                "question.promote.thread.already.refused",
                assertThrows(
                                BusinessException.class,
                                () -> as(
                                        "moderador",
                                        () -> promotion.promoteThread(
                                                thread, QuestionTopic.OTROS, "¿Otra vez?", candidate.answer())))
                        .getMessageKey());
        assertEquals(
                1, db().number("select count(*) from public_question where promoted_from = ?", "/tema?id=" + thread));
        assertThrows(EJBAccessException.class, () -> as("comunicacion", () -> promotion.forums()));
    }

    @Test
    @Order(212)
    void withoutConsentToThePrivacyNoticeNoQuestionIsKeptAndWithItTheConsentIsRecorded() throws Exception {
        long questionsBefore = db().number("select count(*) from public_question");
        long consentsBefore = db().number("select count(*) from consent");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> questions.ask(
                        new AskForm(
                                metepec(),
                                QuestionTopic.AGUA,
                                "¿Qué días pasa la pipa por San Jerónimo Chicahualco?",
                                "Vecina de San Jerónimo",
                                "sanjeronimo@example.mx",
                                false),
                        "it-consent"));
        assertEquals(
                List.of("privacyConsent:question.ask.consent.required"),
                refused.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        InvalidInputException signedIn = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(
                                        metepec(),
                                        QuestionTopic.AGUA,
                                        "¿Qué días pasa la pipa por San Jerónimo Chicahualco?",
                                        null,
                                        null,
                                        false),
                                "it-consent-account")));
        assertEquals(
                "question.ask.consent.required", signedIn.getProblems().get(0).getMessageKey());
        assertEquals(questionsBefore, db().number("select count(*) from public_question"), "nothing stored");
        assertEquals(consentsBefore, db().number("select count(*) from consent"));
        assertEquals(0, db().number("select count(*) from outbox_message where recipient = 'sanjeronimo@example.mx'"));

        long asked = questions
                .ask(
                        new AskForm(
                                metepec(),
                                QuestionTopic.AGUA,
                                "¿Qué días pasa la pipa por San Jerónimo Chicahualco?",
                                "Vecina de San Jerónimo",
                                "sanjeronimo@example.mx",
                                true),
                        "it-consent")
                .id();
        assertEquals(
                List.of(List.of("WEB", String.valueOf(metepec()))),
                db().rows(
                                "select c.channel, n.body_id from consent c join privacy_notice n on n.id = c.notice_id"
                                        + " where c.question_id = ?",
                                asked));
        String form = page("/preguntas/preguntar").body();
        assertTrue(form.contains("id=\"ask:privacyConsent\""), "the consent box");
        assertTrue(form.contains("id=\"ask:privacyNotice\""), "the simplified notice");
    }

    @Test
    @Order(213)
    void anAnswerLinksToAPublishedDebunkOfItsBodyAndThePublicAnswerShowsIt() throws Exception {
        long water = db().number(
                        "select id from hoax where body_id = ? and status = 'PUBLICADO' and claim like ?",
                        metepec(),
                        "%agua potable de Metepec se cortar%");
        long draft = db().number(
                        "select id from hoax where body_id = ? and status = 'BORRADOR' and claim like ?",
                        metepec(),
                        "%mercado municipal%");
        long id = as(
                        "ciudadano",
                        () -> questions.ask(
                                new AskForm(
                                        metepec(),
                                        QuestionTopic.AGUA,
                                        "¿Es cierto que en diciembre no habrá agua una semana en todo Metepec?",
                                        null,
                                        null,
                                        true),
                                "it-debunk"))
                .id();
        as("moderador", () -> desk.publish(id));
        List<Long> offered = as("comunicacion", () -> desk.debunks(id)).stream()
                .map(d -> d.id())
                .toList();
        assertTrue(offered.contains(water), "a published debunk is offered: " + offered);
        assertFalse(offered.contains(draft), "a draft is not");

        String text = "No: el organismo del agua no tiene programado ningún corte general en diciembre.";
        for (long bad : List.of(draft, 999_999_999L)) {
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> as(
                            "comunicacion",
                            () -> desk.answer(id, new AnswerForm(text, "", bad, LocalDate.now(zone())))));
            assertEquals(
                    List.of("debunk:question.debunk.unpublished"),
                    refused.getProblems().stream()
                            .map(p -> p.getField() + ":" + p.getMessageKey())
                            .toList());
        }
        assertEquals(0, db().number("select count(*) from public_question_answer where question_id = ?", id));

        as("comunicacion", () -> desk.answer(id, new AnswerForm(text, "", water, LocalDate.now(zone()))));
        assertEquals(water, db().number("select hoax_id from public_question_answer where question_id = ?", id));
        assertEquals(text, db().string("select answer_text from public_question where id = ?", id));
        assertEquals(
                water,
                as("comunicacion", () -> desk.detail(id))
                        .versions()
                        .get(0)
                        .debunk()
                        .id());
        String html = page("/preguntas/pregunta?id=" + id).body();
        assertTrue(html.contains("href=\"" + context() + "/desmentidos/desmentido?id=" + water + "\""), "the link");
        assertTrue(html.contains("Desmentido relacionado"));
        assertTrue(html.contains("El agua potable de Metepec se cortará una semana completa en diciembre."));

        // A debunk withdrawn to a draft leaves the public answer; staff still see which one the version named.
        as("comunicacion", () -> hoaxes.withdraw(water));
        try {
            assertFalse(page("/preguntas/pregunta?id=" + id).body().contains("/desmentidos/desmentido?id=" + water));
            assertEquals(
                    water,
                    as("comunicacion", () -> desk.detail(id)).answer().debunk().id());
        } finally {
            as("comunicacion", () -> hoaxes.publish(water));
        }
        assertTrue(
                page("/preguntas/pregunta?id="
                                + db().number(
                                                "select id from public_question where text = ?",
                                                "¿Qué hago si no me llega el agua en mi colonia?"))
                        .body()
                        .contains("href=\"" + context() + "/desmentidos/desmentido?id=" + water + "\""),
                "the demo links an answer to a debunk");
    }

    /** A forum thread opened by a citizen and answered officially by the forum's expert, written through its entities. */
    private long forumAnswered(long forumId, String title, String question, String answer) throws Exception {
        transaction.begin();
        try {
            EngagementEvent event = em.find(EngagementEvent.class, forumId);
            UserAccount citizen = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                    .setParameter("username", "ciudadano")
                    .getSingleResult();
            OffsetDateTime now = OffsetDateTime.now();
            ForumThread thread = new ForumThread(event, title, citizen, now);
            em.persist(thread);
            em.persist(new ForumPost(thread, citizen, question, true, false, false, now));
            em.persist(new ForumPost(thread, event.getExpert(), answer, false, true, false, now.plusMinutes(5)));
            em.flush();
            long id = thread.getId();
            transaction.commit();
            return id;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    /** A chat question asked, approved and answered, written straight through the chat's entities. */
    private long chatAnswered(long chatId, String question, String answer) throws Exception {
        transaction.begin();
        try {
            EngagementEvent event = em.find(EngagementEvent.class, chatId);
            UserAccount moderator = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                    .setParameter("username", "moderador")
                    .getSingleResult();
            OffsetDateTime now = OffsetDateTime.now();
            ChatParticipant participant = new ChatParticipant(
                    event, "Vecina del chat", null, SecretTokens.hash(SecretTokens.newToken()), null, now);
            em.persist(participant);
            ChatMessage q = ChatMessage.question(participant, question, now);
            em.persist(q);
            q.approve(moderator, null, event.nextSeq(), now);
            ChatMessage a = ChatMessage.answer(q, event.getExpert(), answer, event.nextSeq(), now);
            em.persist(a);
            em.flush();
            long id = q.getId();
            transaction.commit();
            return id;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    // Helpers

    HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Accept-Language", "es-MX")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    String base() {
        return "http://localhost:" + runnerRequest.getLocalPort() + context();
    }

    String context() {
        return runnerRequest.getContextPath();
    }

    ZoneId zone() throws Exception {
        return ZoneId.of(db().string("select time_zone from body where id = ?", metepec()));
    }

    long metepec() {
        try {
            return db().number("select id from body where code = ?", DemoData.MUNICIPALITY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        return SignedInCalls.as(URI.create(base() + "/it/signed-in"), username, part);
    }

    TestSql db() {
        return new TestSql(dataSource);
    }
}
