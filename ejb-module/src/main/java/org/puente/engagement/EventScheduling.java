package org.puente.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The evaluator puts a request in the calendar: sees the conflicts ({@link ConflictCheck}) of a date
 * and a moderator, schedules the event with its moderator, plans and marks the expert's trainings,
 * and cancels a scheduled event with a reason. The people concerned are told by e-mail.
 */
@Stateless
@RolesAllowed({"EVALUADOR", "ADMIN"})
public class EventScheduling {

    private static final String FEATURE = "engagement";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @Inject
    private EngagementSettings settings;

    @EJB
    private ProposalCheck proposals;

    @EJB
    private AgencyBody agency;

    @EJB
    private RequestQueries queries;

    @EJB
    private EngagementMail mail;

    @Inject
    private Clock clock;

    /**
     * The conflicts of scheduling the request with this moderator, shown before confirming; with no
     * moderator (the evaluator about to approve), those of the expert, the window and trainings.
     */
    public List<Conflict> conflicts(Long id, Long moderatorId) {
        EngagementRequest r = access.load(id);
        UserAccount moderator = moderatorId == null ? null : em.find(UserAccount.class, moderatorId);
        return conflicts(r, r.getSchedule(), moderator);
    }

    /**
     * The conflicts the request would have at another schedule: the adjustment the evaluator is
     * about to propose. None while that schedule breaks the agency's rules (their messages say why).
     */
    public List<Conflict> adjustmentConflicts(Long id, ProposedSchedule proposed) {
        EngagementRequest r = access.load(id);
        boolean valid = proposed != null
                && proposals.problems(r.getKind(), r.getTopics(), proposed).stream()
                        .noneMatch(p -> "schedule".equals(p.getField()));
        return valid ? conflicts(r, proposed.toSchedule(r.getKind()), null) : List.of();
    }

    private List<Conflict> conflicts(EngagementRequest r, Schedule schedule, UserAccount moderator) {
        ZoneId zone = agency.get().getTimeZone();
        OffsetDateTime from = schedule.startsAt(zone);
        OffsetDateTime to = schedule.endsAt(zone);
        List<EngagementEvent> overlapping = em.createNamedQuery("EngagementEvent.overlapping", EngagementEvent.class)
                .setParameter("kind", r.getKind())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        boolean trained = r.getExpert() == null || queries.isTrained(r.getExpert());
        return new ConflictCheck(settings.parallelChats()).of(r, from, to, moderator, trained, overlapping);
    }

    /**
     * Creates the event with its moderator. When there are conflicts the evaluator must have seen
     * them ({@code conflictsSeen}); otherwise the call is refused with the conflicts' message.
     */
    public Long schedule(Long id, Long moderatorId, boolean conflictsSeen, String note) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        UserAccount moderator = moderatorId == null ? null : em.find(UserAccount.class, moderatorId);
        if (moderator == null || !moderator.hasRole(Role.MODERADOR) || !moderator.isActive()) {
            throw new BusinessException("moderator", "engagement.moderator.required");
        }
        if (!r.allowedSteps(evaluator).contains(RequestStep.SCHEDULE)) {
            throw new BusinessException("engagement.transition.forbidden");
        }
        proposals.require(r.getKind(), r.getTopics(), ProposedSchedule.of(r.getSchedule()));
        if (!conflicts(r, r.getSchedule(), moderator).isEmpty() && !conflictsSeen) {
            throw new BusinessException("engagement.conflict.unconfirmed");
        }
        ZoneId zone = agency.get().getTimeZone();
        EngagementEvent event = Steps.attempt(FEATURE, () -> {
            EngagementEvent e = new EngagementEvent(r, moderator, zone);
            r.markScheduled(evaluator, now(), note);
            return e;
        });
        em.persist(event);
        mail.scheduled(event);
        mail.toEnlace(r, note);
        return event.getId();
    }

    /** Schedules a short training for the request's expert. */
    public void scheduleTraining(Long id, LocalDateTime when) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        if (r.getExpert() == null) {
            throw new BusinessException("training", "engagement.training.noExpert");
        }
        OffsetDateTime at =
                when == null ? null : when.atZone(agency.get().getTimeZone()).toOffsetDateTime();
        ExpertTraining training = Steps.attempt(FEATURE, () -> r.planTraining(evaluator, at, now()));
        em.persist(training);
        mail.training(r, when);
    }

    /** Marks a training done (or not done after all). */
    public void markTraining(Long trainingId, boolean done) {
        ExpertTraining t = trainingId == null ? null : em.find(ExpertTraining.class, trainingId);
        if (t == null) {
            throw new BusinessException("error.notFound");
        }
        if (done && !t.isDone()) {
            t.markDone(now());
        } else if (!done) {
            t.markNotDone();
        }
    }

    /**
     * Cancels the request's scheduled chat or forum with a reason: its expert, its moderator and the
     * Enlace who asked for it are told with the reason, the chat's registered participants who have an
     * account only that it was cancelled. The public agenda and the room then say "cancelled".
     */
    public void cancelEvent(Long id, String reason) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        EngagementEvent event =
                queries.eventOf(r).orElseThrow(() -> new BusinessException("engagement.transition.forbidden"));
        Steps.attempt(FEATURE, () -> event.cancel(evaluator, reason, now()));
        List<String> participants = event.getKind() != EngagementKind.CHAT
                ? List.of()
                : em.createQuery(
                                "select distinct p.account.email from ChatParticipant p where p.event = :event and p.account is not null"
                                        + " and p.account.email is not null",
                                String.class)
                        .setParameter("event", event)
                        .getResultList();
        mail.cancelled(event, participants);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
