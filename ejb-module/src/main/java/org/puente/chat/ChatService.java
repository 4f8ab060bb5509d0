package org.puente.chat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventStatus;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.SecretTokens;

/**
 * A live chat with an expert (seeds 000, 001): citizens join with a nickname and ask; every question
 * waits for the moderator, who approves it (perhaps editing out personal data) or rejects it with a
 * reason only its author sees; the expert answers approved questions; the moderator posts notices
 * and mutes participants. Each public message is stored with the chat's next sequence number and
 * handed to the room views only after commit ({@link ChatBroadcaster}).
 */
@Stateless
@PermitAll
public class ChatService {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private ChatBroadcaster broadcaster;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.chat.questionSeconds", defaultValue = "15")
    private int questionSeconds;

    // ---------------------------------------------------------------------------------------------
    // The room (public)

    public ChatRoom room(Long eventId) {
        return room(chat(eventId));
    }

    /**
     * Joins a chat that has not closed, under a nickname; a signed-in citizen's account is recorded, and
     * the client's address (as its SHA-256, null when unknown) so that his other nicknames in this chat share
     * his mute and his interval between questions.
     */
    public JoinReceipt join(Long eventId, String nickname, String clientAddress) {
        EngagementEvent event = chat(eventId);
        if (event.getStatus() == EventStatus.CLOSED || event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("chat.closed");
        }
        String name;
        try {
            name = ChatParticipant.normaliseNickname(nickname);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("nickname", "chat.nickname.invalid", ChatParticipant.MAX_NICKNAME);
        }
        String token = SecretTokens.newToken();
        UserAccount account = scope.caller().filter(u -> !u.isStaff()).orElse(null);
        String client = clientAddress == null || clientAddress.isBlank() ? null
                : SecretTokens.hash("chat-client:" + clientAddress.strip());
        ChatParticipant p = new ChatParticipant(event, name, account, SecretTokens.hash(token), client, now());
        em.persist(p);
        em.flush();
        return new JoinReceipt(p.getId(), p.getNickname(), token);
    }

    /** The participant a token stands for, in this chat. */
    public Optional<Long> participantOf(Long eventId, String token) {
        return participant(token).filter(p -> p.getEvent().getId().equals(eventId)).map(ChatParticipant::getId);
    }

    /** A participant asks; the question waits for the moderator. */
    public OwnQuestion ask(Long eventId, String token, String text) {
        EngagementEvent event = chat(eventId);
        ChatParticipant p = participant(token).filter(x -> x.getEvent().equals(event))
                .orElseThrow(() -> new BusinessException("chat.participant.unknown"));
        if (event.getStatus() != EventStatus.OPEN) {
            throw new BusinessException(event.getStatus() == EventStatus.SCHEDULED ? "chat.notOpen" : "chat.closed");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("question", "chat.question.required");
        }
        if (clean.length() > ChatMessage.MAX_QUESTION) {
            throw new BusinessException("question", "chat.question.tooLong", ChatMessage.MAX_QUESTION);
        }
        // A mute and the interval hold per chat and per client: the same address or account under
        // another nickname is muted too, and waits as long since the last question of any of them.
        if (p.isMuted() || alike(p, "p.muted = true", Long.class, "count(p)") > 0) {
            throw new BusinessException("question", "chat.participant.muted");
        }
        OffsetDateTime lastAlike = alike(p, "p.lastQuestionAt is not null", OffsetDateTime.class, "max(p.lastQuestionAt)");
        if (lastAlike != null && now().isBefore(lastAlike.plusSeconds(questionSeconds))) {
            throw new BusinessException("question", "chat.question.tooSoon", questionSeconds);
        }
        try {
            p.asked(now(), Duration.ofSeconds(questionSeconds));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("question", "chat.question.tooSoon", questionSeconds);
        }
        ChatMessage q = ChatMessage.question(p, clean, now());
        em.persist(q);
        em.flush();
        return own(q);
    }

    /** The public messages after {@code since}, in order (a reconnecting or polling view's catch-up). */
    public List<PublicMessage> since(Long eventId, long since, int max) {
        EngagementEvent event = chat(eventId);
        return em.createNamedQuery("ChatMessage.publicSince", ChatMessage.class).setParameter("event", event)
                .setParameter("since", Math.max(0, since)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream().map(ChatService::publicView).toList();
    }

    /** A participant's own questions with their status (and the reason of a rejection). */
    public List<OwnQuestion> mine(Long eventId, String token) {
        ChatParticipant p = participant(token).filter(x -> x.getEvent().getId().equals(eventId))
                .orElseThrow(() -> new BusinessException("chat.participant.unknown"));
        return em.createNamedQuery("ChatMessage.ofParticipant", ChatMessage.class).setParameter("participant", p)
                .getResultStream().map(ChatService::own).toList();
    }

    /** The published record of a closed chat: approved questions, their answers, notices, figures. */
    public Transcript transcript(Long eventId) {
        EngagementEvent event = chat(eventId);
        if (event.getStatus() != EventStatus.CLOSED) {
            throw new BusinessException("chat.transcript.notYet");
        }
        List<PublicMessage> all = em.createNamedQuery("ChatMessage.publicSince", ChatMessage.class)
                .setParameter("event", event).setParameter("since", 0L).getResultStream()
                .map(ChatService::publicView).toList();
        Map<Long, Transcript.Entry> entries = new LinkedHashMap<>();
        List<PublicMessage> notices = new ArrayList<>();
        for (PublicMessage m : all) {
            switch (m.kind()) {
                case QUESTION -> entries.put(m.id(), new Transcript.Entry(m, new ArrayList<>()));
                case ANSWER -> Optional.ofNullable(entries.get(m.questionId())).ifPresent(e -> e.answers().add(m));
                case NOTICE -> notices.add(m);
            }
        }
        return new Transcript(room(event), List.copyOf(entries.values()), notices, figures(event));
    }

    // ---------------------------------------------------------------------------------------------
    // The moderator

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public List<PendingQuestion> pending(Long eventId) {
        EngagementEvent event = chat(eventId);
        return em.createNamedQuery("ChatMessage.withStatus", ChatMessage.class).setParameter("event", event)
                .setParameter("status", MessageStatus.PENDING).getResultStream()
                .map(m -> new PendingQuestion(m.getId(), m.getParticipant().getId(), m.getParticipant().getNickname(),
                        m.getParticipant().isMuted(), m.getOriginalText(), m.getCreatedAt())).toList();
    }

    /** Approves a pending question, with the moderator's edit of its text when given. */
    @RolesAllowed({"MODERADOR", "ADMIN"})
    public PublicMessage approve(Long questionId, String editedText) {
        ChatMessage q = message(questionId);
        EngagementEvent event = lockOpen(q.getEvent());
        if (editedText != null && editedText.strip().length() > ChatMessage.MAX_QUESTION) {
            throw new BusinessException("question", "chat.question.tooLong", ChatMessage.MAX_QUESTION);
        }
        try {
            q.approve(moderator(), editedText, event.nextSeq(), now());
        } catch (IllegalStateException e) {
            throw new BusinessException("chat.question.notPending");
        }
        PublicMessage published = publicView(q);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        broadcaster.afterCommit(new ChatUpdate.Private(event.getId(), q.getParticipant().getId(), own(q)));
        return published;
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void reject(Long questionId, String reason) {
        ChatMessage q = message(questionId);
        moderator();
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "chat.reject.reason");
        }
        if (reason.strip().length() > ChatMessage.MAX_REASON) {
            throw new BusinessException("reason", "chat.reject.reasonTooLong", ChatMessage.MAX_REASON);
        }
        try {
            q.reject(moderator(), reason, now());
        } catch (IllegalStateException e) {
            throw new BusinessException("chat.question.notPending");
        }
        broadcaster.afterCommit(new ChatUpdate.Private(q.getEvent().getId(), q.getParticipant().getId(), own(q)));
    }

    /** A notice for everybody in the room ("the expert will answer in 5 minutes"). */
    @RolesAllowed({"MODERADOR", "ADMIN"})
    public PublicMessage notice(Long eventId, String text) {
        EngagementEvent event = lockOpen(chat(eventId));
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > ChatMessage.MAX_QUESTION) {
            throw new BusinessException("notice", "chat.notice.invalid", ChatMessage.MAX_QUESTION);
        }
        ChatMessage m = ChatMessage.notice(event, moderator(), clean, event.nextSeq(), now());
        em.persist(m);
        em.flush();
        PublicMessage published = publicView(m);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        return published;
    }

    @RolesAllowed({"MODERADOR", "ADMIN"})
    public void mute(Long participantId, boolean muted) {
        moderator();
        ChatParticipant p = participantId == null ? null : em.find(ChatParticipant.class, participantId);
        if (p == null) {
            throw new BusinessException("error.notFound");
        }
        if (muted) {
            p.mute();
        } else {
            p.unmute();
        }
        broadcaster.afterCommit(new ChatUpdate.Muted(p.getEvent().getId(), p.getId(), muted));
    }

    // ---------------------------------------------------------------------------------------------
    // The expert

    /** The approved questions the expert has not answered yet, oldest first. */
    @RolesAllowed({"EXPERTO", "MODERADOR", "ADMIN"})
    public List<PublicMessage> unanswered(Long eventId) {
        EngagementEvent event = chat(eventId);
        checkExpertOrStaff(event);
        return em.createNamedQuery("ChatMessage.unanswered", ChatMessage.class).setParameter("event", event)
                .getResultStream().map(ChatService::publicView).toList();
    }

    /** The event's expert answers an approved question; the answer appears under it for everybody. */
    @RolesAllowed("EXPERTO")
    public PublicMessage answer(Long questionId, String text) {
        ChatMessage q = message(questionId);
        UserAccount expert = scope.caller().orElseThrow(AccessDeniedException::new);
        if (!expert.equals(q.getEvent().getExpert())) {
            throw new AccessDeniedException();
        }
        EngagementEvent event = lockOpen(q.getEvent());
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("answer", "chat.answer.required");
        }
        if (clean.length() > ChatMessage.MAX_ANSWER) {
            throw new BusinessException("answer", "chat.answer.tooLong", ChatMessage.MAX_ANSWER);
        }
        ChatMessage a;
        try {
            a = ChatMessage.answer(q, expert, clean, event.nextSeq(), now());
        } catch (IllegalStateException e) {
            throw new BusinessException("chat.answer.notApproved");
        }
        em.persist(a);
        em.flush();
        PublicMessage published = publicView(a);
        broadcaster.afterCommit(new ChatUpdate.Published(event.getId(), published));
        return published;
    }

    /**
     * The chats of the last week and the coming ones, soonest first: every one for the moderators,
     * his own for an expert.
     */
    @RolesAllowed({"MODERADOR", "EXPERTO", "ADMIN"})
    public List<ChatRoom> staffRooms() {
        UserAccount caller = scope.caller().orElseThrow(AccessDeniedException::new);
        boolean all = caller.hasRole(Role.MODERADOR) || caller.hasRole(Role.ADMIN);
        java.time.ZoneId zone = agencyZone();
        return em.createQuery("select e from EngagementEvent e where e.kind = org.puente.engagement.EngagementKind.CHAT"
                        + " and e.status <> org.puente.engagement.EventStatus.CANCELLED and e.endsAt > :since"
                        + " order by e.startsAt, e.id", EngagementEvent.class)
                .setParameter("since", now().minusDays(7))
                .getResultStream().filter(e -> all || e.getExpert().equals(caller)).map(e -> room(e, zone)).toList();
    }

    /** The participants of a chat who are muted (the moderator's list). */
    @RolesAllowed({"MODERADOR", "ADMIN"})
    public List<PendingQuestion> mutedParticipants(Long eventId) {
        EngagementEvent event = chat(eventId);
        return em.createQuery("select p from ChatParticipant p where p.event = :event and p.muted = true order by p.nickname",
                        ChatParticipant.class).setParameter("event", event).getResultStream()
                .map(p -> new PendingQuestion(null, p.getId(), p.getNickname(), true, null, p.getJoinedAt())).toList();
    }

    // ---------------------------------------------------------------------------------------------

    /** Opens and closes the events whose time has come (the timer, every minute); returns how many changed. */
    public int followClock(OffsetDateTime now) {
        int changed = 0;
        for (EngagementEvent e : em.createNamedQuery("EngagementEvent.dueToChange", EngagementEvent.class)
                .setParameter("now", now).getResultList()) {
            if (e.followClock(now)) {
                changed++;
                broadcaster.afterCommit(new ChatUpdate.Status(e.getId(), e.getStatus()));
            }
        }
        return changed;
    }

    @RolesAllowed({"MODERADOR", "EXPERTO", "ADMIN", "EVALUADOR"})
    public ChatFigures figures(Long eventId) {
        return figures(chat(eventId));
    }

    private ChatFigures figures(EngagementEvent event) {
        long participants = em.createNamedQuery("ChatParticipant.countOfEvent", Long.class).setParameter("event", event)
                .getSingleResult();
        long received = em.createNamedQuery("ChatMessage.count", Long.class).setParameter("event", event)
                .setParameter("kind", MessageKind.QUESTION).getSingleResult();
        long approved = em.createNamedQuery("ChatMessage.countWithStatus", Long.class).setParameter("event", event)
                .setParameter("status", MessageStatus.APPROVED).getSingleResult();
        long answered = em.createNamedQuery("ChatMessage.countAnswered", Long.class).setParameter("event", event)
                .getSingleResult();
        return new ChatFigures(participants, received, approved, answered);
    }

    private EngagementEvent chat(Long eventId) {
        EngagementEvent event = eventId == null ? null : em.find(EngagementEvent.class, eventId);
        if (event == null || event.getKind() != EngagementKind.CHAT || event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("error.notFound");
        }
        return event;
    }

    /** The event, locked for its next sequence number, refused unless it is open. */
    private EngagementEvent lockOpen(EngagementEvent event) {
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
        if (event.getStatus() != EventStatus.OPEN) {
            throw new BusinessException(event.getStatus() == EventStatus.SCHEDULED ? "chat.notOpen" : "chat.closed");
        }
        return event;
    }

    private ChatMessage message(Long id) {
        ChatMessage m = id == null ? null : em.find(ChatMessage.class, id);
        if (m == null || m.getKind() != MessageKind.QUESTION) {
            throw new BusinessException("error.notFound");
        }
        return m;
    }

    private UserAccount moderator() {
        UserAccount caller = scope.caller().orElseThrow(AccessDeniedException::new);
        if (!caller.hasRole(Role.MODERADOR) && !caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private void checkExpertOrStaff(EngagementEvent event) {
        UserAccount caller = scope.caller().orElseThrow(AccessDeniedException::new);
        if (!caller.equals(event.getExpert()) && !caller.hasRole(Role.MODERADOR) && !caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * A figure over the other participants of p's chat who joined from p's client or under p's account
     * (none when neither is known); the query names only the keys p has, so that no null is compared.
     */
    private <T> T alike(ChatParticipant p, String condition, Class<T> type, String select) {
        List<String> same = new ArrayList<>();
        if (p.getClientKey() != null) {
            same.add("p.clientKey = :client");
        }
        if (p.getAccount() != null) {
            same.add("p.account = :account");
        }
        if (same.isEmpty()) {
            return type == Long.class ? type.cast(0L) : null;
        }
        var query = em.createQuery("select " + select + " from ChatParticipant p where p.event = :event and p <> :self"
                + " and " + condition + " and (" + String.join(" or ", same) + ")", type)
                .setParameter("event", p.getEvent()).setParameter("self", p);
        if (p.getClientKey() != null) {
            query.setParameter("client", p.getClientKey());
        }
        if (p.getAccount() != null) {
            query.setParameter("account", p.getAccount());
        }
        return query.getSingleResult();
    }

    private Optional<ChatParticipant> participant(String token) {
        if (!SecretTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ChatParticipant.byToken", ChatParticipant.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
    }

    private ChatRoom room(EngagementEvent e) {
        return room(e, agencyZone());
    }

    private static ChatRoom room(EngagementEvent e, java.time.ZoneId zone) {
        return new ChatRoom(e.getId(), e.getKind(), e.getTitle(), e.getBody().getName(), e.getExpert().getFullName(),
                e.getRequest().getProposedExpert().getPosition(), e.getStartsAt(), e.getEndsAt(), e.getStatus(),
                e.getLastSeq(), zone == null ? e.getBody().getTimeZone() : zone);
    }

    /** The agency's time zone: the chats' windows are its hours. */
    private java.time.ZoneId agencyZone() {
        return em.createNamedQuery("Body.byKind", org.puente.organization.Body.class)
                .setParameter("kind", org.puente.organization.BodyKind.AGENCIA).getResultStream().findFirst()
                .map(org.puente.organization.Body::getTimeZone).orElse(null);
    }

    static PublicMessage publicView(ChatMessage m) {
        String author = switch (m.getKind()) {
            case QUESTION -> m.getParticipant().getNickname();
            case ANSWER -> m.getAuthor().getFullName();
            case NOTICE -> null;
        };
        return new PublicMessage(m.getSeq(), m.getId(), m.getKind(), author, m.getPublicText(),
                m.getQuestion() == null ? null : m.getQuestion().getId(),
                m.getModeratedAt() != null ? m.getModeratedAt() : m.getCreatedAt());
    }

    private static OwnQuestion own(ChatMessage q) {
        return new OwnQuestion(q.getId(), q.getStatus() == MessageStatus.APPROVED ? q.getPublicText() : q.getOriginalText(),
                q.getStatus(), q.getRejectReason(), q.getCreatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
