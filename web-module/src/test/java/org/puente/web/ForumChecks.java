package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventClock;
import org.puente.engagement.EventStatus;
import org.puente.engagement.Schedule;
import org.puente.forum.ForumService;
import org.puente.forum.ModerationItem;
import org.puente.forum.PostReceipt;
import org.puente.forum.PostStatus;
import org.puente.forum.PostView;
import org.puente.identity.PasswordHasher;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.setup.DemoData;

/**
 * Forums on the real WAR and database: posting in post- and pre-moderated forums, readers' flags
 * reaching the moderator, keeping and hiding, the expert's official answers, opening and closing by
 * the timer into a read-only archive, paging, and bad input refused with nothing changed.
 *
 * <p>Runs in EngagementIT's server, which extends it: one server boots for them (see that class).
 */
abstract class ForumChecks {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final AtomicLong FOLIOS = new AtomicLong(System.nanoTime() % 100_000);
    private static final AtomicLong READERS = new AtomicLong();

    @Inject
    private ForumService forums;

    @Inject
    private EventClock events;

    @Inject
    private AdjustableClock clock;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private HttpServletRequest runnerRequest;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aPostModeratedForumPublishesAtOnceAndReadersFlagsBringAPostToTheModerator() throws Exception {
        Long forum = openForum("Movilidad en bicicleta");
        PostReceipt opening = as(
                "ciudadano",
                () -> forums.startThread(forum, "Ciclovías en Metepec", "¿Habrá ciclovías en la avenida Tecnológico?"));
        assertEquals(PostStatus.PUBLISHED, opening.status());
        assertEquals(
                List.of("Ciclovías en Metepec"),
                forums.threads(forum, 0, 20).stream().map(t -> t.title()).toList());
        assertEquals(
                "María G.", forums.thread(opening.threadId()).author(), "a citizen is shown by given name and initial");

        String reader = newCitizen();
        tick();
        PostReceipt reply = as(reader, () -> forums.reply(opening.threadId(), "Compra algo, vendo bicis baratas"));
        String other = newCitizen();
        as(other, () -> {
            forums.flag(reply.postId(), "Es publicidad");
            return null;
        });
        BusinessException twice = assertThrows(
                BusinessException.class,
                () -> as(other, () -> {
                    forums.flag(reply.postId(), "Otra vez");
                    return null;
                }));
        assertEquals("forum.flag.already", twice.getMessageKey());
        List<ModerationItem> queue = as("moderador", () -> forums.toModerate(forum));
        assertEquals(
                List.of(reply.postId()),
                queue.stream().map(ModerationItem::postId).toList());
        assertEquals(1, queue.get(0).flags());

        as("moderador", () -> {
            forums.keep(reply.postId());
            return null;
        });
        assertTrue(as("moderador", () -> forums.toModerate(forum)).isEmpty(), "kept: its flags are cleared");
        as("ciudadano", () -> {
            forums.flag(reply.postId(), "Spam");
            return null;
        });
        BusinessException noReason = assertThrows(
                BusinessException.class,
                () -> as("moderador", () -> {
                    forums.hide(reply.postId(), " ");
                    return null;
                }));
        assertEquals("forum.hide.reason", noReason.getMessageKey());
        as("moderador", () -> {
            forums.hide(reply.postId(), "Publicidad");
            return null;
        });
        assertEquals(
                List.of(opening.postId()),
                forums.posts(opening.threadId(), 0, 20).stream()
                        .map(PostView::id)
                        .toList());
        assertEquals(1, forums.thread(opening.threadId()).posts());
        assertTrue(as("moderador", () -> forums.toModerate(forum)).isEmpty());
        BusinessException flagHidden = assertThrows(
                BusinessException.class,
                () -> as("ciudadano", () -> {
                    forums.flag(reply.postId(), "x");
                    return null;
                }));
        assertEquals("error.notFound", flagHidden.getMessageKey());
    }

    @Test
    void aPreModeratedForumShowsNothingUntilTheModeratorApproves() throws Exception {
        Long forum = openForum("Agua potable");
        as("moderador", () -> {
            forums.setPreModerated(forum, true);
            return null;
        });
        PostReceipt opening =
                as("ciudadano", () -> forums.startThread(forum, "Cortes de agua", "Llevamos tres días sin agua"));
        assertEquals(PostStatus.PENDING, opening.status());
        assertTrue(forums.threads(forum, 0, 20).isEmpty(), "a pending thread is not public");
        BusinessException hidden = assertThrows(BusinessException.class, () -> forums.thread(opening.threadId()));
        assertEquals("error.notFound", hidden.getMessageKey());
        assertEquals(
                List.of(PostStatus.PENDING),
                as("moderador", () -> forums.toModerate(forum)).stream()
                        .map(ModerationItem::status)
                        .toList());
        as("moderador", () -> {
            forums.approve(opening.postId());
            return null;
        });
        assertEquals(1, forums.countThreads(forum));

        String reader = newCitizen();
        PostReceipt rude = as(reader, () -> forums.reply(opening.threadId(), "Mensaje ofensivo"));
        assertEquals(PostStatus.PENDING, rude.status());
        as("moderador", () -> {
            forums.hide(rude.postId(), "Lenguaje ofensivo");
            return null;
        });
        assertEquals(1, forums.countPosts(opening.threadId()), "a rejected post is never public");
        BusinessException again = assertThrows(
                BusinessException.class,
                () -> as("moderador", () -> {
                    forums.approve(rude.postId());
                    return null;
                }));
        assertEquals("forum.moderation.forbidden", again.getMessageKey());

        PostReceipt official = as(
                "experto",
                () -> forums.reply(
                        opening.threadId(), "El organismo de agua restablecerá el servicio mañana por la mañana."));
        assertEquals(PostStatus.PUBLISHED, official.status(), "the expert's answer needs no approval");
        PostView shown = forums.posts(opening.threadId(), 0, 20).stream()
                .filter(p -> p.id().equals(official.postId()))
                .findFirst()
                .orElseThrow();
        assertTrue(shown.official());
        assertEquals("Dr. Roberto Sánchez Islas", shown.author());
        assertFalse(forums.posts(opening.threadId(), 0, 20).get(0).official());
    }

    @Test
    void theForumOpensAndClosesByItselfAndStaysAsAReadOnlyArchive() throws Exception {
        Long forum = scheduledForum("Seguridad vial");
        EngagementEvent e = em.find(EngagementEvent.class, forum);
        Instant start = e.getStartsAt().toInstant();
        Instant end = e.getEndsAt().toInstant();
        clock.stopAt(start.minusSeconds(3600));
        follow(start.minusSeconds(3600));
        BusinessException early = assertThrows(
                BusinessException.class, () -> as("ciudadano", () -> forums.startThread(forum, "Antes", "¿Ya abrió?")));
        assertEquals("forum.notOpen", early.getMessageKey());

        clock.stopAt(start.plusSeconds(1));
        follow(start.plusSeconds(1));
        assertEquals(EventStatus.OPEN, forums.forum(forum).status());
        PostReceipt thread =
                as("ciudadano", () -> forums.startThread(forum, "Cruces peligrosos", "El cruce de la escuela"));

        clock.stopAt(end);
        follow(end);
        assertEquals(EventStatus.CLOSED, forums.forum(forum).status());
        long posts = forums.countPosts(thread.threadId());
        BusinessException closed = assertThrows(
                BusinessException.class,
                () -> as("ciudadano", () -> forums.reply(thread.threadId(), "¿Sigue abierto?")));
        assertEquals("forum.closed", closed.getMessageKey());
        BusinessException flag = assertThrows(
                BusinessException.class,
                () -> as("ciudadano", () -> {
                    forums.flag(thread.postId(), "x");
                    return null;
                }));
        assertEquals("forum.closed", flag.getMessageKey());
        assertEquals(posts, forums.countPosts(thread.threadId()));
        assertEquals("Cruces peligrosos", forums.thread(thread.threadId()).title(), "the archive stays readable");
        HttpResponse<String> page = get("/tema?id=" + thread.threadId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("archivo de consulta"), "the page says it is an archive");
        assertFalse(page.body().contains("id=\"reply\""), "no reply form on an archive");
    }

    @Test
    void longThreadsArePaged() throws Exception {
        Long forum = openForum("Parques y jardines");
        PostReceipt thread = as("ciudadano", () -> forums.startThread(forum, "Parque Bicentenario", "Mensaje 0"));
        for (int i = 1; i <= 24; i++) {
            tick();
            String text = "Mensaje " + i;
            as("ciudadano", () -> forums.reply(thread.threadId(), text));
        }
        assertEquals(25, forums.countPosts(thread.threadId()));
        List<PostView> first = forums.posts(thread.threadId(), 0, 20);
        List<PostView> second = forums.posts(thread.threadId(), 20, 20);
        assertEquals(20, first.size());
        assertEquals(
                List.of("Mensaje 20", "Mensaje 21", "Mensaje 22", "Mensaje 23", "Mensaje 24"),
                second.stream().map(PostView::body).toList());
        HttpResponse<String> page2 = get("/tema?id=" + thread.threadId() + "&pagina=2");
        assertTrue(
                page2.body().contains("Mensaje 24") && !page2.body().contains("Mensaje 19<"),
                "page 2 holds the last five");
    }

    @Test
    void badInputAndStrangersAreRefusedAndNothingChanges() throws Exception {
        Long forum = openForum("Salud dental");
        long before = posts(forum);
        BusinessException anonymous =
                assertThrows(BusinessException.class, () -> forums.startThread(forum, "Hola", "Hola"));
        assertEquals("forum.signIn", anonymous.getMessageKey());
        assertThrows(
                AccessDeniedException.class,
                () -> as("moderador", () -> forums.startThread(forum, "Hola", "Soy staff")));
        assertThrows(
                EJBAccessException.class,
                () -> as("ciudadano", () -> {
                    forums.approve(1L);
                    return null;
                }));
        for (String[] bad : new String[][] {
            {"", "texto"}, {"Título", " "}, {"x".repeat(151), "texto"}, {"Título", "y".repeat(10_000)}
        }) {
            BusinessException refused = assertThrows(
                    BusinessException.class, () -> as("ciudadano", () -> forums.startThread(forum, bad[0], bad[1])));
            assertTrue(Set.of("title", "body").contains(refused.getField()), refused.getMessageKey());
        }
        assertEquals(before, posts(forum), "nothing stored");

        String markup = "<script>alert('foro')</script><b>negritas</b>";
        PostReceipt p = as("ciudadano", () -> forums.startThread(forum, "Código", markup));
        BusinessException tooSoon = assertThrows(
                BusinessException.class,
                () -> as("ciudadano", () -> forums.reply(p.threadId(), "Otro mensaje al instante")));
        assertEquals("forum.tooSoon", tooSoon.getMessageKey());
        HttpResponse<String> page = get("/tema?id=" + p.threadId());
        assertFalse(page.body().contains("<script>alert('foro')"), "escaped");
        assertTrue(page.body().contains("&lt;script&gt;alert"), "shown as text");
        assertFalse(page.body().contains("ciudadano@example.mx"), "no e-mail on the public page");
    }

    // ---------------------------------------------------------------------------------------------

    private Long scheduledForum(String topic) throws Exception {
        LocalDate first = LocalDate.now(MEXICO_CITY).plusWeeks(3);
        return TestEvents.scheduled(
                em, tx, "FORUMIT", EngagementKind.FORUM, topic, Schedule.forum(first, first.plusDays(14)));
    }

    private Long openForum(String topic) throws Exception {
        Long forum = scheduledForum(topic);
        Instant at =
                em.find(EngagementEvent.class, forum).getStartsAt().toInstant().plusSeconds(3600);
        clock.stopAt(at);
        follow(at);
        assertEquals(EventStatus.OPEN, forums.forum(forum).status());
        return forum;
    }

    private void follow(Instant at) {
        events.followClock(at.atOffset(ZoneOffset.UTC));
    }

    /** Moves the stopped clock past the interval between two posts of one author. */
    private void tick() {
        clock.stopAt(clock.now().plusSeconds(30));
    }

    /** A new citizen account with the demo password, so that {@link SignedInCalls} can sign it in. */
    private String newCitizen() throws Exception {
        String username = "lector" + READERS.incrementAndGet() + "x" + FOLIOS.incrementAndGet();
        tx.begin();
        em.persist(UserAccount.citizen(
                username,
                "Lector de Prueba",
                username + "@example.mx",
                hasher.hash(DemoData.DEMO_PASSWORD),
                OffsetDateTime.now()));
        tx.commit();
        assertTrue(account(username).hasRole(Role.CIUDADANO));
        return username;
    }

    private UserAccount account(String username) {
        return TestEvents.account(em, username);
    }

    private long posts(Long forum) {
        return em.createQuery("select count(p) from ForumPost p where p.thread.event.id = :e", Long.class)
                .setParameter("e", forum)
                .getSingleResult();
    }

    private String base() {
        return "http://localhost:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        return SignedInCalls.as(URI.create(base() + "/it/signed-in"), username, part);
    }
}
