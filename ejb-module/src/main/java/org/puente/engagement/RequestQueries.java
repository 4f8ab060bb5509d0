package org.puente.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;

/**
 * The staff's read side of engagement (the public's is {@link PublicAgenda}): the requests the caller
 * may see, the evaluator's queue, one request with everything its page shows and the steps open to
 * the caller, the letter, the staff calendar and the expert's events, the people to choose from.
 */
@Stateless
@RolesAllowed({"ENLACE", "EVALUADOR", "MODERADOR", "EXPERTO", "ADMIN"})
public class RequestQueries {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @Inject
    private EngagementSettings settings;

    @EJB
    private AgencyBody agency;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * The requests the caller may see, newest first, a page at a time from the database: an Enlace his
     * unit's, an expert those he is the expert of, the agency's roles all of them.
     */
    public List<RequestRow> requests(int first, int max) {
        return access.visible(
                        "select r from EngagementRequest r",
                        " order by r.submittedAt desc, r.id desc",
                        EngagementRequest.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(this::row)
                .toList();
    }

    public long countRequests() {
        return access.visible("select count(r) from EngagementRequest r", "", Long.class)
                .getSingleResult();
    }

    /** The evaluator's queue ({@link RequestStatus#withEvaluator()}): requests waiting for him, oldest first. */
    @RolesAllowed({"EVALUADOR", "ADMIN", "MODERADOR"})
    public List<RequestRow> evaluationQueue() {
        return em.createNamedQuery("EngagementRequest.withStatus", EngagementRequest.class)
                .setParameter("statuses", RequestStatus.withEvaluator())
                .getResultStream()
                .map(this::row)
                .toList();
    }

    public RequestDetail detail(Long id) {
        EngagementRequest r = access.load(id);
        EngagementEvent event = eventOf(r).orElse(null);
        List<RequestDetail.Training> trainings = r.getExpert() == null
                ? List.of()
                : em.createNamedQuery("ExpertTraining.ofExpert", ExpertTraining.class)
                        .setParameter("expert", r.getExpert())
                        .getResultStream()
                        .map(t -> new RequestDetail.Training(t.getId(), t.getScheduledAt(), t.isDone()))
                        .toList();
        EngagementLetter letter = em.find(EngagementLetter.class, r.getId());
        ExpertContact c = r.getProposedExpert();
        UserAccount expert = r.getExpert();
        return new RequestDetail(
                r.getId(),
                r.getFolio(),
                r.getKind(),
                r.getStatus(),
                r.getBody().getName(),
                r.getUnit().getName(),
                r.getRequester().getFullName(),
                r.getTopics(),
                ProposedSchedule.of(r.getSchedule()),
                EngagementMail.when(r.getSchedule()),
                r.getAdjustedTopics(),
                r.getAdjustedSchedule() == null ? null : ProposedSchedule.of(r.getAdjustedSchedule()),
                r.getAdjustedSchedule() == null ? null : EngagementMail.when(r.getAdjustedSchedule()),
                c.getName(),
                c.getPosition(),
                c.getEmail(),
                c.getPhone(),
                expert == null ? null : expert.getId(),
                expert == null ? null : expert.getFullName(),
                r.isExpertConfirmed(),
                r.getNotes(),
                letter == null ? null : letter.getFileName(),
                letter == null ? null : letter.getSize(),
                r.getSubmittedAt(),
                r.getSteps().stream()
                        .map(s -> new RequestDetail.Step(
                                s.getFrom(),
                                s.getTo(),
                                s.getAt(),
                                s.getActor() == null ? null : s.getActor().getFullName(),
                                s.getNote()))
                        .toList(),
                event == null ? null : event.getId(),
                event == null ? null : event.getModerator().getFullName(),
                event == null ? null : event.getStatus(),
                event == null ? null : event.getCancelReason(),
                trainings,
                trainings.stream().anyMatch(RequestDetail.Training::done),
                access.canEvaluate(r),
                access.canAnswer(r),
                access.allowedSteps(r, event));
    }

    /** The event of a scheduled request. */
    public Optional<EngagementEvent> eventOf(EngagementRequest r) {
        return em.createNamedQuery("EngagementEvent.ofRequest", EngagementEvent.class)
                .setParameter("request", r)
                .getResultStream()
                .findFirst();
    }

    /** The scanned letter of a request the caller may see. */
    public Optional<EngagementLetter> letter(Long id) {
        EngagementRequest r = access.load(id);
        audit.record(AuditAction.LETTER_VIEWED, "request", r.getFolio(), null);
        return Optional.ofNullable(em.find(EngagementLetter.class, r.getId()));
    }

    /**
     * Events between two days (agency time), for the staff calendar: those of requests the caller may
     * see (the agency all, an Enlace his unit's, an expert his own) and those he moderates.
     */
    public List<EventRow> calendar(LocalDate from, LocalDate to) {
        ZoneId zone = zone();
        UserAccount caller = access.caller();
        return em.createNamedQuery("EngagementEvent.between", EngagementEvent.class)
                .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .getResultStream()
                .filter(e -> access.canSee(e.getRequest()) || caller.equals(e.getModerator()))
                .map(rowsWithTraining())
                .toList();
    }

    /** The caller's upcoming events as an expert. */
    @RolesAllowed("EXPERTO")
    public List<EventRow> myEvents() {
        return em.createNamedQuery("EngagementEvent.ofExpert", EngagementEvent.class)
                .setParameter("expert", access.caller())
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultStream()
                .map(rowsWithTraining())
                .toList();
    }

    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public List<PersonRow> moderators() {
        return withRole(Role.MODERADOR);
    }

    public List<PersonRow> experts() {
        return withRole(Role.EXPERTO);
    }

    /** The agency's chat windows, e.g. "11:00-13:00". */
    public List<EngagementRules.Window> windows() {
        return settings.windows();
    }

    /** The agency's time zone, in which the staff pages show chats and forums. */
    public ZoneId zone() {
        return agency.get().getTimeZone();
    }

    public boolean isTrained(UserAccount expert) {
        return em.createNamedQuery("ExpertTraining.doneBy", Long.class)
                        .setParameter("expert", expert)
                        .getSingleResult()
                > 0;
    }

    private List<PersonRow> withRole(Role role) {
        return em.createQuery(
                        "select u from UserAccount u join u.roles r where r = :role and u.active = true"
                                + " order by u.fullName",
                        UserAccount.class)
                .setParameter("role", role)
                .getResultStream()
                .map(u -> new PersonRow(
                        u.getId(),
                        u.getFullName(),
                        u.getBody() == null ? null : u.getBody().getName()))
                .toList();
    }

    private RequestRow row(EngagementRequest r) {
        long age =
                Duration.between(r.getSubmittedAt(), OffsetDateTime.now(clock)).toDays();
        return new RequestRow(
                r.getId(),
                r.getFolio(),
                r.getKind(),
                r.getTitle(),
                r.getBody().getName(),
                r.getUnit().getName(),
                EngagementMail.when(r.getSchedule()),
                r.getStatus(),
                r.getSubmittedAt(),
                Math.max(0, age),
                ProposedSchedule.of(r.getSchedule()));
    }

    /** Rows of events, asking the database once per expert whether he is trained. */
    private Function<EngagementEvent, EventRow> rowsWithTraining() {
        Map<UserAccount, Boolean> trained = new HashMap<>();
        return e -> new EventRow(
                e.getId(),
                e.getRequest().getId(),
                e.getRequest().getFolio(),
                e.getKind(),
                e.getTitle(),
                e.getTopics(),
                e.getBody().getName(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getExpert().getFullName(),
                e.getModerator().getFullName(),
                e.getStatus(),
                trained.computeIfAbsent(e.getExpert(), this::isTrained));
    }
}
