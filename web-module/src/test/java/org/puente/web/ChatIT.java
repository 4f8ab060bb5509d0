package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.abuse.TooManyRequestsException;
import org.puente.chat.ChatAnswers;
import org.puente.chat.ChatFigures;
import org.puente.chat.ChatModeration;
import org.puente.chat.ChatParticipation;
import org.puente.chat.ChatRecords;
import org.puente.chat.JoinReceipt;
import org.puente.chat.MessageKind;
import org.puente.chat.MessageStatus;
import org.puente.chat.OwnQuestion;
import org.puente.chat.PublicMessage;
import org.puente.chat.Transcript;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventClock;
import org.puente.engagement.EventStatus;
import org.puente.engagement.Schedule;
import org.puente.platform.BusinessException;

/**
 * The live chat on the real WAR, a real Payara Micro and its database, with real WebSocket clients
 * (the JDK's): a rejected question reaches nobody but its author; an approved one and the expert's
 * answer reach every open view; a view that drops and reconnects gets what it missed, once; a muted
 * participant cannot ask, nor can his client under a new nickname; bad input changes nothing; the timer
 * opens and closes the room; the transcript holds only approved questions and their answers.
 */
@ExtendWith(ArquillianExtension.class)
class ChatIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(ChatIT.class, AdjustableClock.class, SignedInCalls.class, TestEvents.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private ChatParticipation chats;

    @Inject
    private ChatModeration moderation;

    @Inject
    private ChatAnswers answers;

    @Inject
    private ChatRecords records;

    @Inject
    private EventClock events;

    @Inject
    private AdjustableClock clock;

    @Inject
    private RateLimits limits;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private final List<Viewer> viewers = new ArrayList<>();

    @AfterEach
    void release() {
        viewers.forEach(Viewer::close);
        clock.release();
    }

    @Test
    void anApprovedQuestionReachesEveryViewerAndARejectedOneOnlyItsAuthor() throws Exception {
        Long chat = openChat("Prevención de golpes de calor");
        JoinReceipt ana = chats.join(chat, "Ana", "192.0.2.1");
        JoinReceipt beto = chats.join(chat, "Beto", "192.0.2.2");
        Viewer anaView = connect(chat, 0, ana.token());
        Viewer betoView = connect(chat, 0, beto.token());
        List<Viewer> others = List.of(connect(chat, 0, null), connect(chat, 0, null), connect(chat, 0, null));

        OwnQuestion rejected = chats.ask(chat, ana.token(), "Mi teléfono es 722 123 4567, llámenme");
        tick();
        OwnQuestion approved = chats.ask(chat, beto.token(), "¿Cuánta agua debo tomar al día?");
        assertEquals(MessageStatus.PENDING, rejected.status());
        asStaff("moderador", () -> {
            moderation.reject(rejected.id(), "Contiene datos personales");
            return null;
        });
        JsonObject own = anaView.next("own");
        assertEquals(rejected.id().longValue(), own.getJsonNumber("id").longValue());
        assertEquals("REJECTED", own.getString("status"));
        assertEquals("Contiene datos personales", own.getString("reason"));

        PublicMessage published = asStaff("moderador", () -> moderation.approve(approved.id(), null));
        for (Viewer v : List.of(others.get(0), others.get(1), others.get(2), anaView, betoView)) {
            JsonObject m = v.next("message");
            assertEquals(published.seq(), m.getJsonNumber("seq").longValue());
            assertEquals("¿Cuánta agua debo tomar al día?", m.getString("text"));
            assertEquals("Beto", m.getString("author"));
        }
        assertEquals("APPROVED", betoView.next("own").getString("status"));
        for (Viewer v : List.of(others.get(0), others.get(1), others.get(2), betoView, anaView)) {
            v.assertNothingAbout(rejected.id());
        }
        assertTrue(
                chats.since(chat, 0, 100).stream().noneMatch(m -> m.id().equals(rejected.id())),
                "a rejected question is never public");

        PublicMessage answer =
                asStaff("experto", () -> answers.answer(approved.id(), "Al menos dos litros, más si haces ejercicio."));
        for (Viewer v : others) {
            JsonObject m = v.next("message");
            assertEquals("ANSWER", m.getString("kind"));
            assertEquals(
                    approved.id().longValue(), m.getJsonNumber("questionId").longValue());
            assertEquals(answer.seq(), m.getJsonNumber("seq").longValue());
        }
        BusinessException notOwnChat = assertThrows(
                BusinessException.class, () -> asStaff("moderador", () -> moderation.approve(rejected.id(), null)));
        assertEquals("chat.question.notPending", notOwnChat.getMessageKey());
    }

    @Test
    void aViewerThatReconnectsGetsWhatItMissedOnce() throws Exception {
        Long chat = openChat("Cuidados del adulto mayor en invierno");
        JoinReceipt carla = chats.join(chat, "Carla", "192.0.2.3");
        OwnQuestion first = chats.ask(chat, carla.token(), "¿Qué vacunas necesita mi abuela?");
        Viewer view = connect(chat, 0, null);
        PublicMessage one = asStaff("moderador", () -> moderation.approve(first.id(), null));
        assertEquals(one.seq(), view.next("message").getJsonNumber("seq").longValue());
        view.close();

        PublicMessage notice =
                asStaff("moderador", () -> moderation.notice(chat, "El experto responderá en 5 minutos"));
        PublicMessage answer =
                asStaff("experto", () -> answers.answer(first.id(), "Influenza y neumococo, consulte a su médico."));

        Viewer again = connect(chat, one.seq(), null);
        assertEquals(notice.seq(), again.next("message").getJsonNumber("seq").longValue());
        assertEquals(answer.seq(), again.next("message").getJsonNumber("seq").longValue());
        tick();
        OwnQuestion second = chats.ask(chat, carla.token(), "¿Y la de COVID?");
        PublicMessage two = asStaff("moderador", () -> moderation.approve(second.id(), "¿Y la vacuna contra COVID?"));
        JsonObject live = again.next("message");
        assertEquals(two.seq(), live.getJsonNumber("seq").longValue());
        assertEquals(
                "¿Y la vacuna contra COVID?", live.getString("text"), "the moderator's edit is what the room sees");
        assertEquals(
                List.of(one.seq(), notice.seq(), answer.seq(), two.seq()),
                chats.since(chat, 0, 100).stream().map(PublicMessage::seq).toList(),
                "consecutive, each once");
        assertEquals(
                List.of(answer.seq(), two.seq()),
                chats.since(chat, notice.seq(), 100).stream()
                        .map(PublicMessage::seq)
                        .toList(),
                "the polling catch-up is the same as the socket's");

        // The polling fallback over HTTP (a page whose WebSocket is blocked): the same messages, and
        // the participant's own questions with their status.
        HttpResponse<String> polled = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base() + "/api/chat/" + chat + "/messages?since=" + notice.seq()))
                                .header("X-Participant", carla.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, polled.statusCode());
        JsonObject body = json(polled.body());
        assertEquals(
                List.of(answer.seq(), two.seq()),
                body.getJsonArray("messages").stream()
                        .map(v -> v.asJsonObject().getJsonNumber("seq").longValue())
                        .toList());
        assertEquals("OPEN", body.getJsonObject("room").getString("status"));
        assertEquals(
                List.of("APPROVED", "APPROVED"),
                body.getJsonArray("own").stream()
                        .map(v -> v.asJsonObject().getString("status"))
                        .toList());

        // Nothing shown twice: a last notice is the very next message the reconnected view gets.
        PublicMessage last = asStaff("moderador", () -> moderation.notice(chat, "Gracias por participar"));
        again.assertNextMessageIs(last.seq());
    }

    @Test
    void aMutedParticipantsQuestionsAreRefused() throws Exception {
        Long chat = openChat("Alimentación saludable en la escuela");
        JoinReceipt dani = chats.join(chat, "Dani", "192.0.2.4");
        Viewer daniView = connect(chat, 0, dani.token());
        OwnQuestion q = chats.ask(chat, dani.token(), "Pregunta uno");
        Long participant = asStaff("moderador", () -> moderation.pending(chat).stream()
                .filter(p -> p.id().equals(q.id()))
                .findFirst()
                .orElseThrow()
                .participantId());
        asStaff("moderador", () -> {
            moderation.mute(participant, true);
            return null;
        });
        assertTrue(daniView.next("muted").getBoolean("muted"));
        tick();
        long before = questions(chat);
        BusinessException muted =
                assertThrows(BusinessException.class, () -> chats.ask(chat, dani.token(), "Pregunta dos"));
        assertEquals("chat.participant.muted", muted.getMessageKey());
        HttpResponse<String> overHttp = post(
                chat, "/questions", "text=" + URLEncoder.encode("Pregunta tres", StandardCharsets.UTF_8), dani.token());
        assertEquals(400, overHttp.statusCode());
        assertEquals("chat.participant.muted", json(overHttp.body()).getString("error"));
        assertEquals(before, questions(chat), "nothing stored");
        asStaff("moderador", () -> {
            moderation.mute(participant, false);
            return null;
        });
        assertEquals(
                MessageStatus.PENDING,
                chats.ask(chat, dani.token(), "Pregunta cuatro").status());
    }

    @Test
    void aMuteAndTheIntervalHoldForTheClientWhateverItsNickname() throws Exception {
        Long chat = openChat("Dengue: prevención en casa");
        JoinReceipt gil = chats.join(chat, "Gil", "198.51.100.20");
        OwnQuestion first = chats.ask(chat, gil.token(), "¿Cada cuándo vacío el tinaco?");
        // a second nickname from the same client waits the same interval
        JoinReceipt gilAgain = chats.join(chat, "Gil dos", "198.51.100.20");
        BusinessException soon =
                assertThrows(BusinessException.class, () -> chats.ask(chat, gilAgain.token(), "¿Y el patio?"));
        assertEquals("chat.question.tooSoon", soon.getMessageKey());
        // another client does not
        JoinReceipt hilda = chats.join(chat, "Hilda", "198.51.100.21");
        assertEquals(
                MessageStatus.PENDING,
                chats.ask(chat, hilda.token(), "¿Qué repelente sirve?").status());

        Long participant = asStaff("moderador", () -> moderation.pending(chat).stream()
                .filter(p -> p.id().equals(first.id()))
                .findFirst()
                .orElseThrow()
                .participantId());
        asStaff("moderador", () -> {
            moderation.mute(participant, true);
            return null;
        });
        tick();
        long before = questions(chat);
        for (JoinReceipt sameClient : List.of(gilAgain, chats.join(chat, "Gil tres", "198.51.100.20"))) {
            BusinessException muted =
                    assertThrows(BusinessException.class, () -> chats.ask(chat, sameClient.token(), "Otra vez yo"));
            assertEquals("chat.participant.muted", muted.getMessageKey(), sameClient.nickname());
        }
        assertEquals(before, questions(chat), "nothing stored");
        assertEquals(
                MessageStatus.PENDING,
                chats.ask(chat, hilda.token(), "¿Y para bebés?").status(),
                "the other client still asks");
        asStaff("moderador", () -> {
            moderation.mute(participant, false);
            return null;
        });
        assertEquals(
                MessageStatus.PENDING,
                chats.ask(chat, gilAgain.token(), "¿Y el patio?").status(),
                "unmuted");
    }

    @Test
    void theServersLimitsAreLocalBucketsThatRefuseTheEleventhJoinFromOneAddress() {
        // Payara Micro runs here with --nohazelcast: the buckets are this server's; the default rule is
        // 10 joins in 10 minutes per address
        String address = "203.0.113.77";
        for (int i = 1; i <= 10; i++) {
            limits.require(Limit.CHAT_JOIN_SOURCE, address, "nickname");
        }
        TooManyRequestsException refused = assertThrows(
                TooManyRequestsException.class, () -> limits.require(Limit.CHAT_JOIN_SOURCE, address, "nickname"));
        assertEquals("abuse.wait", refused.getMessageKey());
        assertEquals(1L, refused.getArguments()[0], "one join more every minute");
        assertTrue(
                refused.getRetryAfterSeconds() > 0 && refused.getRetryAfterSeconds() <= 60,
                refused.getRetryAfterSeconds() + " s");
        assertTrue(limits.take(Limit.CHAT_JOIN_SOURCE, address + "1").allowed(), "another address");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingElseChanges() throws Exception {
        Long chat = openChat("Salud bucal");
        JoinReceipt eva = chats.join(chat, "Eva", "192.0.2.5");
        long before = questions(chat);
        HttpResponse<String> empty = post(chat, "/questions", "text=%20%20", eva.token());
        assertEquals(400, empty.statusCode());
        assertEquals("Escribe tu pregunta.", json(empty.body()).getString("message"));
        HttpResponse<String> huge = post(chat, "/questions", "text=" + "a".repeat(10_000), eva.token());
        assertEquals(400, huge.statusCode());
        assertEquals("chat.question.tooLong", json(huge.body()).getString("error"));
        HttpResponse<String> stranger = post(chat, "/questions", "text=hola", "no-es-un-token-valido-0000");
        assertEquals(409, stranger.statusCode());
        assertEquals(before, questions(chat));
        for (String nickname : List.of("", "a", "<b>Eva</b>", "x".repeat(41))) {
            HttpResponse<String> join = post(
                    chat, "/participants", "nickname=" + URLEncoder.encode(nickname, StandardCharsets.UTF_8), null);
            assertEquals(400, join.statusCode(), nickname);
            assertEquals("nickname", json(join.body()).getString("field"));
        }

        String markup = "<script>alert('x')</script><img src=x onerror=alert(1)> ¿Es normal?";
        OwnQuestion q = chats.ask(chat, eva.token(), markup);
        Viewer view = connect(chat, 0, null);
        asStaff("moderador", () -> moderation.approve(q.id(), null));
        assertEquals(markup, view.next("message").getString("text"), "kept as text; the page shows it as text");

        closeChat(chat);
        tick();
        BusinessException closed =
                assertThrows(BusinessException.class, () -> chats.ask(chat, eva.token(), "¿Sigue abierto?"));
        assertEquals("chat.closed", closed.getMessageKey());
        BusinessException joinClosed =
                assertThrows(BusinessException.class, () -> chats.join(chat, "Tardía", "192.0.2.6"));
        assertEquals("chat.closed", joinClosed.getMessageKey());
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/transcripcion?evento=" + chat))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert('x')"), "escaped on the page");
        assertTrue(page.body().contains("&lt;script&gt;"), "shown as text");
    }

    @Test
    void theTimerOpensAndClosesTheRoomAndTheTranscriptHasOnlyApprovedQuestions() throws Exception {
        Long chat = scheduledChat("Donación de sangre");
        Instant start = em.find(EngagementEvent.class, chat).getStartsAt().toInstant();
        clock.stopAt(start.minusSeconds(60));
        countChanges(start.minusSeconds(60));
        assertEquals(EventStatus.SCHEDULED, chats.room(chat).status(), "a minute early it still waits");
        JoinReceipt fer = chats.join(chat, "Fer", "192.0.2.7");
        BusinessException early = assertThrows(BusinessException.class, () -> chats.ask(chat, fer.token(), "¿Ya?"));
        assertEquals("chat.notOpen", early.getMessageKey());
        BusinessException noTranscript = assertThrows(BusinessException.class, () -> records.transcript(chat));
        assertEquals("chat.transcript.notYet", noTranscript.getMessageKey());

        Viewer view = connect(chat, 0, null);
        assertEquals("SCHEDULED", view.next("hello").getString("status"));
        clock.stopAt(start.plusSeconds(1));
        countChanges(start.plusSeconds(1)); // the timer, which reads the same clock, may have done it already
        assertEquals("OPEN", view.next("status").getString("status"));
        assertEquals(EventStatus.OPEN, chats.room(chat).status());

        OwnQuestion good = chats.ask(chat, fer.token(), "¿Quién puede donar?");
        clock.stopAt(start.plusSeconds(30));
        OwnQuestion bad = chats.ask(chat, fer.token(), "Pregunta fuera de tema");
        clock.stopAt(start.plusSeconds(60));
        OwnQuestion unanswered = chats.ask(chat, fer.token(), "¿Duele?");
        asStaff("moderador", () -> moderation.approve(good.id(), null));
        asStaff("moderador", () -> {
            moderation.reject(bad.id(), "Fuera de tema");
            return null;
        });
        asStaff("moderador", () -> moderation.approve(unanswered.id(), null));
        asStaff("experto", () -> answers.answer(good.id(), "Personas sanas de 18 a 65 años."));

        Instant end = em.find(EngagementEvent.class, chat).getEndsAt().toInstant();
        clock.stopAt(end);
        countChanges(end);
        assertEquals("CLOSED", view.next("status").getString("status"));
        Transcript t = records.transcript(chat);
        assertEquals(
                List.of("¿Quién puede donar?", "¿Duele?"),
                t.entries().stream().map(e -> e.question().text()).toList());
        assertEquals(
                List.of("Personas sanas de 18 a 65 años."),
                t.entries().get(0).answers().stream().map(PublicMessage::text).toList());
        assertTrue(t.entries().get(1).answers().isEmpty());
        assertEquals(new ChatFigures(1, 3, 2, 1), t.figures());
        assertTrue(t.entries().stream().noneMatch(e -> e.question().text().contains("fuera de tema")));
        assertTrue(t.entries().stream().noneMatch(e -> e.question().author().contains("@")), "no e-mails");
        BusinessException answerClosed = assertThrows(
                BusinessException.class, () -> asStaff("experto", () -> answers.answer(unanswered.id(), "Tarde")));
        assertEquals("chat.closed", answerClosed.getMessageKey());
    }

    @Test
    void theDemoDataHoldsTwoUpcomingChatsAndAForumOnTheAgenda() {
        // Read from the table, not through the agenda: other tests of this class move the application's
        // clock weeks ahead, and the timer then opens and closes these events by that clock.
        java.util.Map<String, EngagementEvent> demo = new java.util.HashMap<>();
        for (EngagementEvent e : em.createQuery(
                        "select e from EngagementEvent e where e.title in :titles", EngagementEvent.class)
                .setParameter(
                        "titles",
                        List.of(
                                "Prevención del dengue en temporada de lluvias",
                                "Vacunación contra la influenza: quién, cuándo y dónde",
                                "Salud mental de las y los adolescentes"))
                .getResultList()) {
            demo.put(e.getTitle(), e);
        }
        assertEquals(3, demo.size(), demo.keySet().toString());
        assertEquals(
                EngagementKind.CHAT,
                demo.get("Prevención del dengue en temporada de lluvias").getKind());
        assertEquals(
                EngagementKind.CHAT,
                demo.get("Vacunación contra la influenza: quién, cuándo y dónde")
                        .getKind());
        assertEquals(
                EngagementKind.FORUM,
                demo.get("Salud mental de las y los adolescentes").getKind());
        for (EngagementEvent e : demo.values()) {
            assertTrue(e.getEndsAt().isAfter(java.time.OffsetDateTime.now()), "to come: " + e.getTitle());
            assertEquals("experto", e.getExpert().getUsername());
            assertEquals("moderador", e.getModerator().getUsername());
        }
    }

    @Test
    void onlyTheChatsOwnExpertAnswersAndOnlyModeratorsModerate() throws Exception {
        Long chat = openChat("Hipertensión");
        JoinReceipt gil = chats.join(chat, "Gil", "192.0.2.8");
        OwnQuestion q = chats.ask(chat, gil.token(), "¿La sal sube la presión?");
        assertThrows(EJBAccessException.class, () -> asStaff("enlace", () -> moderation.approve(q.id(), null)));
        assertThrows(EJBAccessException.class, () -> asStaff("experto", () -> moderation.approve(q.id(), null)));
        assertEquals(MessageStatus.PENDING, chats.mine(chat, gil.token()).get(0).status());
        BusinessException pending = assertThrows(
                BusinessException.class,
                () -> asStaff("experto", () -> answers.answer(q.id(), "Sí")),
                "a pending question is not answered");
        assertEquals("chat.answer.notApproved", pending.getMessageKey());
        assertThrows(EJBAccessException.class, () -> asStaff("moderador", () -> answers.answer(q.id(), "Sí")));
        assertTrue(chats.since(chat, 0, 10).isEmpty(), "nothing was published");
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** A chat scheduled on a Tuesday to come, 11:00-13:00 Mexico City, with the demo expert and moderator. */
    private Long scheduledChat(String topic) throws Exception {
        LocalDate day = LocalDate.now(MEXICO_CITY).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        return TestEvents.scheduled(
                em,
                tx,
                "CHATIT",
                EngagementKind.CHAT,
                topic,
                Schedule.chat(day, LocalTime.of(11, 0), LocalTime.of(13, 0)));
    }

    /** A chat that is open now: the clock stands five minutes after its start. */
    private Long openChat(String topic) throws Exception {
        Long chat = scheduledChat(topic);
        Instant now =
                em.find(EngagementEvent.class, chat).getStartsAt().toInstant().plusSeconds(300);
        clock.stopAt(now);
        countChanges(now);
        assertEquals(EventStatus.OPEN, chats.room(chat).status());
        return chat;
    }

    private void closeChat(Long chat) {
        Instant end = em.find(EngagementEvent.class, chat).getEndsAt().toInstant();
        clock.stopAt(end);
        countChanges(end);
        assertEquals(EventStatus.CLOSED, chats.room(chat).status());
    }

    /** What the timer does every 15 seconds, done now for the given instant. */
    private int countChanges(Instant at) {
        return events.followClock(at.atOffset(java.time.ZoneOffset.UTC));
    }

    /** Moves the stopped clock past the participants' interval between two questions. */
    private void tick() {
        clock.stopAt(clock.now().plusSeconds(20));
    }

    private long questions(Long chat) {
        return em.createQuery("select count(m) from ChatMessage m where m.event.id = :e and m.kind = :k", Long.class)
                .setParameter("e", chat)
                .setParameter("k", MessageKind.QUESTION)
                .getSingleResult();
    }

    private String base() {
        return "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    private HttpResponse<String> post(Long chat, String path, String form, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/chat/" + chat + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "es-MX")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            b.header("X-Participant", token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private <T> T asStaff(String username, java.util.concurrent.Callable<T> part) throws Exception {
        return SignedInCalls.as(URI.create(base() + "/it/signed-in"), username, part);
    }

    private Viewer connect(Long chat, long since, String token) throws Exception {
        String url = base().replaceFirst("^http", "ws") + "/ws/chat/" + chat + "?since=" + since
                + (token == null ? "" : "&participant=" + token);
        Viewer v = new Viewer();
        v.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(url), v)
                .get(10, TimeUnit.SECONDS);
        viewers.add(v);
        return v;
    }

    /** A room view: collects every JSON object the server sends. */
    private static final class Viewer implements WebSocket.Listener {

        private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        /** Everything received so far. */
        private final List<JsonObject> seen = new ArrayList<>();
        /** Received but not yet returned by {@link #next}. */
        private final List<JsonObject> backlog = new ArrayList<>();

        private WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(json(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The next object of this type not returned yet (others stay for later calls). */
        JsonObject next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                for (JsonObject o : backlog) {
                    if (type.equals(o.getString("type"))) {
                        backlog.remove(o);
                        return o;
                    }
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
                JsonObject o = received.poll(100, TimeUnit.MILLISECONDS);
                if (o != null) {
                    seen.add(o);
                    backlog.add(o);
                }
            }
            throw new AssertionError("no '" + type + "' within " + WAIT + "; seen " + seen);
        }

        /**
         * No public message with this id arrived. Called once a later message has arrived: a view gets
         * its messages in order, so anything sent before that one is already here.
         */
        void assertNothingAbout(Long messageId) {
            List<JsonObject> more = new ArrayList<>();
            received.drainTo(more);
            seen.addAll(more);
            backlog.addAll(more);
            for (JsonObject o : seen) {
                if ("message".equals(o.getString("type"))
                        && o.getJsonNumber("id").longValue() == messageId) {
                    throw new AssertionError("received " + o);
                }
            }
        }

        /** The next public message is this one: nothing before it came twice (views get messages in order). */
        void assertNextMessageIs(long seq) throws InterruptedException {
            JsonObject next = next("message");
            assertEquals(seq, next.getJsonNumber("seq").longValue(), "nothing twice before it; seen " + seen);
        }

        void close() {
            if (socket != null && !socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                        .orTimeout(5, TimeUnit.SECONDS)
                        .exceptionally(e -> null);
            }
            socket = null;
        }
    }
}
