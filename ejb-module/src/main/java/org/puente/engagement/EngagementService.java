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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.calendar.Holiday;
import org.puente.identity.AccountService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.casework.FolioNumbers;

/**
 * The engagement workflow of seed 000, replacing the official letter and the phone calls: an Enlace
 * files a request for a chat or forum; the content department's evaluator approves it, proposes an
 * adjustment (which the Enlace accepts or answers with a counter-proposal) or rejects it; confirms
 * or assigns the expert (opening his account when he has none); and schedules the event with its
 * moderator, after seeing any conflicts. Every change is checked against the agency's rules and the
 * request's state machine, recorded, and told by e-mail.
 */
@Stateless
@RolesAllowed({"ENLACE", "EVALUADOR", "MODERADOR", "EXPERTO", "ADMIN"})
public class EngagementService {

    @jakarta.ejb.EJB
    private org.puente.audit.AuditLog audit;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern PHONE = Pattern.compile("^[0-9 ()+-]{7,20}$");
    /** Statuses in which a request waits for the evaluator (queue), oldest first. */
    private static final Set<RequestStatus> EVALUATOR_QUEUE = EnumSet.of(RequestStatus.SUBMITTED,
            RequestStatus.ADJUSTMENT_ACCEPTED, RequestStatus.COUNTER_PROPOSED, RequestStatus.APPROVED,
            RequestStatus.EXPERT_CONFIRMED);

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @Inject
    private EngagementSettings settings;

    @EJB
    private FolioNumbers numbers;

    @EJB
    private CalendarService calendars;

    @EJB
    private NotificationService notifications;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    // ---------------------------------------------------------------------------------------------
    // The Enlace

    /** Files a request for the caller's unit; every problem of the form is reported at once, on its field. */
    @RolesAllowed("ENLACE")
    public RequestReceipt file(NewRequest form) {
        UserAccount enlace = access.caller();
        if (!enlace.hasRole(Role.ENLACE) || enlace.getDepartment() == null) {
            throw new AccessDeniedException();
        }
        List<BusinessException> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new BusinessException("kind", "engagement.kind.required"));
        } else {
            problems.addAll(checkProposal(form.kind(), form.topics(), form.schedule()));
        }
        UserAccount expertAccount = null;
        if (form.expertAccountId() != null) {
            expertAccount = em.find(UserAccount.class, form.expertAccountId());
            if (expertAccount == null || !expertAccount.hasRole(Role.EXPERTO) || !expertAccount.isActive()) {
                problems.add(new BusinessException("expert", "engagement.expert.unknown"));
                expertAccount = null;
            }
        } else {
            if (blank(form.expertName())) {
                problems.add(new BusinessException("expertName", "engagement.expert.name.required"));
            }
            if (!EmailAddress.isValid(form.expertEmail())) {
                problems.add(new BusinessException("expertEmail", "engagement.expert.email.invalid"));
            }
        }
        if (!blank(form.expertPhone()) && !PHONE.matcher(form.expertPhone().strip()).matches()) {
            problems.add(new BusinessException("expertPhone", "engagement.expert.phone.invalid"));
        }
        if (form.notes() != null && form.notes().strip().length() > EngagementRequest.MAX_NOTES) {
            problems.add(new BusinessException("notes", "engagement.notes.tooLong", EngagementRequest.MAX_NOTES));
        }
        if (form.letter() != null) {
            if (form.letter().length > EngagementLetter.MAX_BYTES) {
                problems.add(new BusinessException("letter", "engagement.letter.tooBig", 5));
            } else if (!EngagementLetter.isPdf(form.letter())) {
                problems.add(new BusinessException("letter", "engagement.letter.notPdf"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ExpertContact contact = expertAccount != null
                ? new ExpertContact(expertAccount.getFullName(), form.expertPosition(), expertAccount.getEmail() == null
                        ? expertAccount.getUsername() + "@sin-correo.invalid" : expertAccount.getEmail(), form.expertPhone())
                : new ExpertContact(form.expertName(), form.expertPosition(), form.expertEmail(), form.expertPhone());
        Body agency = agency();
        OffsetDateTime now = now();
        int year = now.atZoneSameInstant(agency.getTimeZone()).getYear();
        String folio = String.format("%s-%04d-%04d", agency.getCode(), year,
                numbers.next(FolioNumbers.Series.ENGAGEMENT, agency, year));
        EngagementRequest request = new EngagementRequest(folio, form.kind(), enlace, form.topics(),
                form.schedule().toSchedule(form.kind()), contact, expertAccount, form.notes(), now);
        em.persist(request);
        if (form.letter() != null) {
            em.persist(new EngagementLetter(request, form.letterName(), form.letter()));
        }
        for (String evaluator : evaluatorEmails()) {
            notifications.enqueue(evaluator, "engagement.new", folio, kindLabel(request.getKind()), request.getTitle(),
                    request.getBody().getName(), when(request.getSchedule(), agency.getTimeZone()), baseUrl,
                    String.valueOf(request.getId()));
        }
        notifications.enqueue(enlace.getEmail(), "engagement.received", folio, kindLabel(request.getKind()),
                request.getTitle(), baseUrl, String.valueOf(request.getId()));
        return new RequestReceipt(request.getId(), folio);
    }

    /** The Enlace accepts the evaluator's adjustment. */
    @RolesAllowed("ENLACE")
    public void acceptAdjustment(Long id, String note) {
        EngagementRequest r = load(id);
        UserAccount enlace = access.checkEnlace(r);
        if (r.getAdjustedSchedule() != null) {
            // The rules are checked again: the adjustment may have aged (a date now past).
            requireValid(checkProposal(r.getKind(), r.getAdjustedTopics(), ProposedSchedule.of(r.getAdjustedSchedule())));
        }
        change(() -> r.acceptAdjustment(enlace, now(), note));
        tellEvaluators(r, note);
    }

    /** The Enlace answers the adjustment with a proposal of his own. */
    @RolesAllowed("ENLACE")
    public void counterPropose(Long id, ProposedSchedule schedule, List<String> topics, String note) {
        EngagementRequest r = load(id);
        UserAccount enlace = access.checkEnlace(r);
        List<BusinessException> problems = new ArrayList<>(checkProposal(r.getKind(), topics, schedule));
        if (blank(note)) {
            problems.add(new BusinessException("note", "engagement.note.required.counter"));
        }
        requireValid(problems);
        change(() -> r.counterPropose(schedule.toSchedule(r.getKind()), topics, enlace, now(), note));
        tellEvaluators(r, note);
    }

    @RolesAllowed("ENLACE")
    public void withdraw(Long id, String note) {
        EngagementRequest r = load(id);
        UserAccount enlace = access.checkEnlace(r);
        change(() -> r.withdraw(enlace, now(), note));
        tellEvaluators(r, note);
    }

    // ---------------------------------------------------------------------------------------------
    // The evaluator

    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void approve(Long id, String note) {
        EngagementRequest r = load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        // The proposal may have aged since it was filed (a date now in the past).
        requireValid(checkProposal(r.getKind(), r.getTopics(), ProposedSchedule.of(r.getSchedule())));
        change(() -> r.approve(evaluator, now(), note));
        tellEnlace(r, note);
    }

    /** Proposes another date, window or topic to the Enlace. */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void proposeAdjustment(Long id, ProposedSchedule schedule, List<String> topics, String note) {
        EngagementRequest r = load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        List<BusinessException> problems = new ArrayList<>(checkProposal(r.getKind(), topics, schedule));
        if (blank(note)) {
            problems.add(new BusinessException("note", "engagement.note.required.adjustment"));
        }
        requireValid(problems);
        Schedule proposed = schedule.toSchedule(r.getKind());
        if (proposed.equals(r.getSchedule()) && EngagementRequest.joinTopics(r.getKind(), topics)
                .equals(EngagementRequest.joinTopics(r.getKind(), r.getTopics()))) {
            throw new BusinessException("schedule", "engagement.adjustment.same");
        }
        change(() -> r.proposeAdjustment(proposed, topics, evaluator, now(), note));
        tellEnlace(r, note);
    }

    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void reject(Long id, String reason) {
        EngagementRequest r = load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        if (blank(reason)) {
            throw new BusinessException("note", "engagement.note.required.rejection");
        }
        change(() -> r.reject(evaluator, now(), reason));
        tellEnlace(r, reason);
    }

    /**
     * Confirms the expert: the account the request names, another existing expert account
     * ({@code expertAccountId}), or a new account opened from the proposed contact (or from
     * {@code other}, another person the evaluator assigns), who gets an e-mail to set his password.
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void confirmExpert(Long id, Long expertAccountId, ExpertInput other, String note) {
        EngagementRequest r = load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        if (!r.getStatus().canMoveTo(RequestStatus.EXPERT_CONFIRMED)) {
            throw new BusinessException("engagement.transition.forbidden");
        }
        UserAccount expert;
        if (expertAccountId != null) {
            expert = em.find(UserAccount.class, expertAccountId);
            if (expert == null || !expert.hasRole(Role.EXPERTO) || !expert.isActive()) {
                throw new BusinessException("expert", "engagement.expert.unknown");
            }
        } else if (other == null && r.getExpert() != null) {
            expert = r.getExpert();
        } else {
            String name = other == null ? r.getProposedExpert().getName() : other.name();
            String email = other == null ? r.getProposedExpert().getEmail() : other.email();
            List<BusinessException> problems = new ArrayList<>();
            if (blank(name)) {
                problems.add(new BusinessException("expertName", "engagement.expert.name.required"));
            }
            if (!EmailAddress.isValid(email)) {
                problems.add(new BusinessException("expertEmail", "engagement.expert.email.invalid"));
            }
            requireValid(problems);
            UserAccount existing = accounts.findByLogin(email).orElse(null);
            if (existing != null) {
                if (!existing.hasRole(Role.EXPERTO)) {
                    throw new BusinessException("expertEmail", "engagement.expert.notExpert");
                }
                expert = existing;
            } else {
                // the account service e-mails the invitation, whose link exists only in the e-mail
                expert = accounts.invite(name, email, r.getBody(), r.getUnit(), Role.EXPERTO);
            }
        }
        UserAccount chosen = expert;
        change(() -> r.confirmExpert(chosen, evaluator, now(), note));
        ZoneId zone = agency().getTimeZone();
        notifications.enqueue(chosen.getEmail(), "engagement.expertAssigned", chosen.getFullName(),
                kindLabel(r.getKind()), r.getTitle(), when(r.getSchedule(), zone), baseUrl);
        tellEnlace(r, note);
    }

    /**
     * The conflicts of scheduling the request with this moderator, shown before confirming; with no
     * moderator (the evaluator about to approve), those of the expert, the window and trainings.
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public List<Conflict> conflicts(Long id, Long moderatorId) {
        EngagementRequest r = load(id);
        UserAccount moderator = moderatorId == null ? null : em.find(UserAccount.class, moderatorId);
        return conflicts(r, r.getSchedule(), moderator);
    }

    /**
     * The conflicts the request would have at another schedule: the adjustment the evaluator is
     * about to propose. None while that schedule breaks the agency's rules (their messages say why).
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public List<Conflict> adjustmentConflicts(Long id, ProposedSchedule proposed) {
        EngagementRequest r = load(id);
        boolean valid = proposed != null && checkProposal(r.getKind(), r.getTopics(), proposed).stream()
                .noneMatch(p -> "schedule".equals(p.getField()));
        return valid ? conflicts(r, proposed.toSchedule(r.getKind()), null) : List.of();
    }

    private List<Conflict> conflicts(EngagementRequest r, Schedule schedule, UserAccount moderator) {
        ZoneId zone = agency().getTimeZone();
        OffsetDateTime from = schedule.startsAt(zone);
        OffsetDateTime to = schedule.endsAt(zone);
        List<Conflict> found = new ArrayList<>();
        List<EngagementEvent> overlapping = em.createNamedQuery("EngagementEvent.overlapping", EngagementEvent.class)
                .setParameter("kind", r.getKind()).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().filter(e -> !e.getRequest().equals(r)).toList();
        if (r.getKind() == EngagementKind.CHAT) {
            for (EngagementEvent e : overlapping) {
                if (moderator != null && e.getModerator().equals(moderator)) {
                    found.add(new Conflict("engagement.conflict.moderator", moderator.getFullName(), e.getTitle(),
                            e.getRequest().getFolio()));
                }
                if (r.getExpert() != null && e.getExpert().equals(r.getExpert())) {
                    found.add(new Conflict("engagement.conflict.expert", r.getExpert().getFullName(), e.getTitle(),
                            e.getRequest().getFolio()));
                }
            }
            if (overlapping.size() + 1 > settings.parallelChats()) {
                found.add(new Conflict("engagement.conflict.parallel", String.valueOf(overlapping.size()),
                        String.valueOf(settings.parallelChats())));
            }
        } else if (r.getExpert() != null) {
            for (EngagementEvent e : overlapping) {
                if (e.getExpert().equals(r.getExpert())) {
                    found.add(new Conflict("engagement.conflict.expert", r.getExpert().getFullName(), e.getTitle(),
                            e.getRequest().getFolio()));
                }
            }
        }
        if (r.getExpert() != null && !isTrained(r.getExpert())) {
            found.add(new Conflict("engagement.conflict.untrained", r.getExpert().getFullName()));
        }
        return found;
    }

    /**
     * Creates the event with its moderator. When there are conflicts the evaluator must have seen
     * them ({@code conflictsSeen}); otherwise the call is refused with the conflicts' message.
     */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public Long schedule(Long id, Long moderatorId, boolean conflictsSeen, String note) {
        EngagementRequest r = load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        UserAccount moderator = moderatorId == null ? null : em.find(UserAccount.class, moderatorId);
        if (moderator == null || !moderator.hasRole(Role.MODERADOR) || !moderator.isActive()) {
            throw new BusinessException("moderator", "engagement.moderator.required");
        }
        if (!r.getStatus().canMoveTo(RequestStatus.SCHEDULED)) {
            throw new BusinessException("engagement.transition.forbidden");
        }
        requireValid(checkProposal(r.getKind(), r.getTopics(), ProposedSchedule.of(r.getSchedule())));
        if (!conflicts(r, r.getSchedule(), moderator).isEmpty() && !conflictsSeen) {
            throw new BusinessException("engagement.conflict.unconfirmed");
        }
        ZoneId zone = agency().getTimeZone();
        EngagementEvent event = new EngagementEvent(r, moderator, zone);
        change(() -> r.markScheduled(evaluator, now(), note));
        em.persist(event);
        String when = when(r.getSchedule(), zone);
        notifications.enqueue(r.getExpert().getEmail(), "engagement.scheduled", kindLabel(r.getKind()), r.getTitle(),
                when, moderator.getFullName(), baseUrl);
        notifications.enqueue(moderator.getEmail(), "engagement.scheduled", kindLabel(r.getKind()), r.getTitle(),
                when, moderator.getFullName(), baseUrl);
        tellEnlace(r, note);
        return event.getId();
    }

    /** Schedules a short training for the request's expert. */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void scheduleTraining(Long id, java.time.LocalDateTime when) {
        EngagementRequest r = load(id);
        access.checkEvaluator(r);
        if (r.getExpert() == null) {
            throw new BusinessException("training", "engagement.training.noExpert");
        }
        if (when == null) {
            throw new BusinessException("training", "engagement.training.when");
        }
        ZoneId zone = agency().getTimeZone();
        OffsetDateTime at = when.atZone(zone).toOffsetDateTime();
        if (at.isBefore(now())) {
            throw new BusinessException("training", "engagement.date.past");
        }
        em.persist(new ExpertTraining(r.getExpert(), r, at));
        notifications.enqueue(r.getExpert().getEmail(), "engagement.training", r.getExpert().getFullName(),
                DAY.format(when) + ", " + TIME.format(when), kindLabel(r.getKind()), r.getTitle());
    }

    /** Marks a training done (or not done after all). */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
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

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * The requests the caller may see, newest first, a page at a time from the database: an Enlace his
     * unit's, an expert those he is the expert of, the agency's roles all of them.
     */
    public List<RequestRow> requests(int first, int max) {
        ZoneId zone = agency().getTimeZone();
        return visible("select r from EngagementRequest r", " order by r.submittedAt desc, r.id desc",
                EngagementRequest.class).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultStream().map(r -> row(r, zone)).toList();
    }

    public long countRequests() {
        return visible("select count(r) from EngagementRequest r", "", Long.class).getSingleResult();
    }

    /** The query of what the caller may see; the one place that says it for lists. */
    private <T> jakarta.persistence.TypedQuery<T> visible(String select, String order, Class<T> type) {
        UserAccount caller = access.caller();
        boolean unit = !caller.isAgencyWide() && caller.hasRole(Role.ENLACE) && caller.getDepartment() != null;
        boolean expert = !caller.isAgencyWide() && caller.hasRole(Role.EXPERTO);
        List<String> who = new ArrayList<>();
        if (unit) {
            who.add("r.unit = :unit");
        }
        if (expert) {
            who.add("r.expert = :caller");
        }
        String where = caller.isAgencyWide() ? "" : who.isEmpty() ? " where r.id is null" : " where " + String.join(" or ", who);
        jakarta.persistence.TypedQuery<T> q = em.createQuery(select + where + order, type);
        if (unit) {
            q.setParameter("unit", caller.getDepartment());
        }
        if (expert) {
            q.setParameter("caller", caller);
        }
        return q;
    }

    /** The evaluator's queue: requests waiting for him, oldest first. */
    @RolesAllowed({"EVALUADOR", "ADMIN", "MODERADOR"})
    public List<RequestRow> evaluationQueue() {
        ZoneId zone = agency().getTimeZone();
        return em.createNamedQuery("EngagementRequest.withStatus", EngagementRequest.class)
                .setParameter("statuses", EVALUATOR_QUEUE).getResultStream().map(r -> row(r, zone)).toList();
    }

    public RequestDetail detail(Long id) {
        EngagementRequest r = load(id);
        ZoneId zone = agency().getTimeZone();
        EngagementEvent event = em.createNamedQuery("EngagementEvent.ofRequest", EngagementEvent.class)
                .setParameter("request", r).getResultStream().findFirst().orElse(null);
        List<RequestDetail.Training> trainings = r.getExpert() == null ? List.of()
                : em.createNamedQuery("ExpertTraining.ofExpert", ExpertTraining.class).setParameter("expert", r.getExpert())
                        .getResultStream().map(t -> new RequestDetail.Training(t.getId(), t.getScheduledAt(), t.isDone()))
                        .toList();
        EngagementLetter letter = em.find(EngagementLetter.class, r.getId());
        ExpertContact c = r.getProposedExpert();
        return new RequestDetail(r.getId(), r.getFolio(), r.getKind(), r.getStatus(), r.getBody().getName(),
                r.getUnit().getName(), r.getRequester().getFullName(), r.getTopics(), ProposedSchedule.of(r.getSchedule()),
                when(r.getSchedule(), zone), r.getAdjustedTopics(),
                r.getAdjustedSchedule() == null ? null : ProposedSchedule.of(r.getAdjustedSchedule()),
                r.getAdjustedSchedule() == null ? null : when(r.getAdjustedSchedule(), zone),
                c.getName(), c.getPosition(), c.getEmail(), c.getPhone(),
                r.getExpert() == null ? null : r.getExpert().getId(),
                r.getExpert() == null ? null : r.getExpert().getFullName(), r.isExpertConfirmed(), r.getNotes(),
                letter == null ? null : letter.getFileName(), letter == null ? null : letter.getSize(),
                r.getSubmittedAt(), r.getSteps().stream().map(s -> new RequestDetail.Step(s.getFrom(), s.getTo(), s.getAt(),
                        s.getActor() == null ? null : s.getActor().getFullName(), s.getNote())).toList(),
                event == null ? null : event.getId(), event == null ? null : event.getModerator().getFullName(),
                trainings, trainings.stream().anyMatch(RequestDetail.Training::done),
                access.canEvaluate(r), access.canAnswer(r));
    }

    /** The scanned letter of a request the caller may see. */
    public java.util.Optional<EngagementLetter> letter(Long id) {
        EngagementRequest r = load(id);
        audit.record(org.puente.audit.AuditAction.LETTER_VIEWED, "request", r.getFolio(), null);
        return java.util.Optional.ofNullable(em.find(EngagementLetter.class, r.getId()));
    }

    /**
     * Events between two days (agency time), for the staff calendar: those of requests the caller may
     * see (the agency all, an Enlace his unit's, an expert his own) and those he moderates.
     */
    public List<EventRow> calendar(LocalDate from, LocalDate to) {
        ZoneId zone = agency().getTimeZone();
        UserAccount caller = access.caller();
        return em.createNamedQuery("EngagementEvent.between", EngagementEvent.class)
                .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .getResultStream().filter(e -> access.canSee(e.getRequest()) || caller.equals(e.getModerator()))
                .map(rowsWithTraining()).toList();
    }

    /** The caller's upcoming events as an expert. */
    @RolesAllowed("EXPERTO")
    public List<EventRow> myEvents() {
        return em.createNamedQuery("EngagementEvent.ofExpert", EngagementEvent.class)
                .setParameter("expert", access.caller()).setParameter("now", now())
                .getResultStream().map(rowsWithTraining()).toList();
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

    private List<PersonRow> withRole(Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.active = true"
                + " order by u.fullName", UserAccount.class).setParameter("role", role).getResultStream()
                .map(u -> new PersonRow(u.getId(), u.getFullName(), u.getBody() == null ? null : u.getBody().getName()))
                .toList();
    }

    private RequestRow row(EngagementRequest r, ZoneId zone) {
        long age = Duration.between(r.getSubmittedAt(), now()).toDays();
        return new RequestRow(r.getId(), r.getFolio(), r.getKind(), r.getTitle(), r.getBody().getName(),
                r.getUnit().getName(), when(r.getSchedule(), zone), r.getStatus(), r.getSubmittedAt(), Math.max(0, age),
                ProposedSchedule.of(r.getSchedule()));
    }

    /** Rows of events, asking the database once per expert whether he is trained. */
    private java.util.function.Function<EngagementEvent, EventRow> rowsWithTraining() {
        java.util.Map<UserAccount, Boolean> trained = new java.util.HashMap<>();
        return e -> eventRow(e, trained.computeIfAbsent(e.getExpert(), this::isTrained));
    }

    EventRow eventRow(EngagementEvent e, boolean expertTrained) {
        return new EventRow(e.getId(), e.getRequest().getId(), e.getRequest().getFolio(), e.getKind(), e.getTitle(),
                e.getTopics(), e.getBody().getName(), e.getStartsAt(), e.getEndsAt(), e.getExpert().getFullName(),
                e.getModerator().getFullName(), e.getStatus(), expertTrained);
    }

    boolean isTrained(UserAccount expert) {
        return em.createNamedQuery("ExpertTraining.doneBy", Long.class).setParameter("expert", expert)
                .getSingleResult() > 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Rules

    /** Every problem of a proposal (kind, topics, schedule), each on its field. */
    List<BusinessException> checkProposal(EngagementKind kind, List<String> topics, ProposedSchedule s) {
        List<BusinessException> problems = new ArrayList<>();
        List<String> clean = topics == null ? List.of() : topics.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (clean.stream().anyMatch(t -> t.strip().length() > EngagementRequest.MAX_TOPIC)) {
            problems.add(new BusinessException("topics", "engagement.topic.tooLong", EngagementRequest.MAX_TOPIC));
        }
        if (clean.size() > EngagementRequest.MAX_TOPICS) {
            problems.add(new BusinessException("topics", "engagement.topic.tooMany", EngagementRequest.MAX_TOPICS));
        }
        ProposedSchedule schedule = s == null ? new ProposedSchedule(null, null, null, null) : s;
        EngagementRules rules = rules(schedule);
        List<String> broken = kind == EngagementKind.CHAT
                ? rules.checkChat(schedule.startDate() == null || schedule.startTime() == null ? null
                        : schedule.startDate().atTime(schedule.startTime()),
                        schedule.startDate() == null || schedule.endTime() == null ? null
                        : schedule.startDate().atTime(schedule.endTime()), topics, now())
                : rules.checkForum(schedule.startDate(), schedule.endDate(), topics, now());
        for (String key : broken) {
            if (key.equals("engagement.chat.oneTopic") || key.equals("engagement.forum.topics")) {
                problems.add(new BusinessException("topics", key));
            } else if (key.equals("engagement.chat.window")) {
                problems.add(new BusinessException("schedule", key, rules.windows().stream().map(Object::toString)
                        .collect(Collectors.joining(", "))));
            } else {
                problems.add(new BusinessException("schedule", key));
            }
        }
        return problems;
    }

    private EngagementRules rules(ProposedSchedule s) {
        Body agency = agency();
        Set<LocalDate> holidays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        years.add(now().atZoneSameInstant(agency.getTimeZone()).getYear());
        if (s.startDate() != null) {
            years.add(s.startDate().getYear());
        }
        BusinessCalendar calendar = calendars.calendarOf(agency).orElse(null);
        for (int year : years) {
            if (calendar != null) {
                calendars.holidays(calendar, year).stream().map(Holiday::getDay).forEach(holidays::add);
            } else {
                holidays.addAll(org.puente.calendar.OfficialHolidays.of("MX", year).keySet());
            }
        }
        return new EngagementRules(settings.windows(), holidays, agency.getTimeZone());
    }

    // ---------------------------------------------------------------------------------------------

    /** The agency body, whose calendar and time zone the chats and forums follow. */
    public Body agency() {
        return em.createNamedQuery("Body.byKind", Body.class).setParameter("kind", BodyKind.AGENCIA)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("No agency body"));
    }

    private EngagementRequest load(Long id) {
        EngagementRequest r = id == null ? null : em.find(EngagementRequest.class, id);
        if (r == null) {
            throw new BusinessException("error.notFound");
        }
        access.check(r);
        return r;
    }

    private static void change(Runnable step) {
        try {
            step.run();
        } catch (IllegalStateException e) {
            throw new BusinessException("engagement.transition.forbidden");
        } catch (IllegalArgumentException e) {
            throw new BusinessException(null, "engagement.transition.invalid", e.getMessage());
        }
    }

    private static void requireValid(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void tellEnlace(EngagementRequest r, String note) {
        notifications.enqueue(r.getRequester().getEmail(), "engagement.decision", r.getFolio(), statusLabel(r.getStatus()),
                r.getTitle(), blank(note) ? "" : note.strip(), baseUrl, String.valueOf(r.getId()));
    }

    private void tellEvaluators(EngagementRequest r, String note) {
        for (String evaluator : evaluatorEmails()) {
            notifications.enqueue(evaluator, "engagement.answer", r.getFolio(), statusLabel(r.getStatus()), r.getTitle(),
                    blank(note) ? "" : note.strip(), baseUrl, String.valueOf(r.getId()));
        }
    }

    private List<String> evaluatorEmails() {
        return em.createQuery("select u.email from UserAccount u join u.roles r where r = :role and u.active = true"
                + " and u.email is not null", String.class).setParameter("role", Role.EVALUADOR).getResultList();
    }

    static String when(Schedule s, ZoneId zone) {
        if (s.isChat()) {
            return DAY.format(s.getStartDate()) + ", " + TIME.format(s.getStartTime()) + " a " + TIME.format(s.getEndTime());
        }
        return "del " + SHORT_DAY.format(s.getStartDate()) + " al " + SHORT_DAY.format(s.getEndDate());
    }

    static String kindLabel(EngagementKind kind) {
        return kind == EngagementKind.CHAT ? "chat" : "foro";
    }

    static String statusLabel(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> "Recibida";
            case ADJUSTMENT_PROPOSED -> "Ajuste propuesto";
            case ADJUSTMENT_ACCEPTED -> "Ajuste aceptado";
            case COUNTER_PROPOSED -> "Contrapropuesta";
            case APPROVED -> "Aprobada";
            case EXPERT_CONFIRMED -> "Experto confirmado";
            case SCHEDULED -> "Programada";
            case REJECTED -> "Rechazada";
            case WITHDRAWN -> "Retirada";
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
