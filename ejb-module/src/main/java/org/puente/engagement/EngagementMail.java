package org.puente.engagement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.platform.Links;

/**
 * The e-mails of the engagement workflow, queued in the outbox (nothing leaves before the commit).
 * Their texts, and the labels and date patterns they use, are in the mail bundle
 * ({@code org/puente/notification/mail.properties}, {@code engagement.*}); no sentence is written here.
 */
@Stateless
public class EngagementMail {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @Inject
    private Links links;

    /** A new request: to every evaluator, and the receipt to the Enlace. */
    public void filed(EngagementRequest r) {
        for (String evaluator : evaluatorEmails()) {
            notifications.enqueue(
                    evaluator,
                    "engagement.new",
                    r.getFolio(),
                    kind(r.getKind()),
                    r.getTitle(),
                    r.getBody().getName(),
                    when(r.getSchedule()),
                    links.base(),
                    String.valueOf(r.getId()));
        }
        notifications.enqueue(
                r.getRequester().getEmail(),
                "engagement.received",
                r.getFolio(),
                kind(r.getKind()),
                r.getTitle(),
                links.base(),
                String.valueOf(r.getId()));
    }

    /** The evaluator's decision, told to the Enlace who filed the request. */
    public void toEnlace(EngagementRequest r, String note) {
        notifications.enqueue(
                r.getRequester().getEmail(),
                "engagement.decision",
                r.getFolio(),
                status(r.getStatus()),
                r.getTitle(),
                blank(note) ? "" : note.strip(),
                links.base(),
                String.valueOf(r.getId()));
    }

    /** The Enlace's answer, told to every evaluator. */
    public void toEvaluators(EngagementRequest r, String note) {
        for (String evaluator : evaluatorEmails()) {
            notifications.enqueue(
                    evaluator,
                    "engagement.answer",
                    r.getFolio(),
                    status(r.getStatus()),
                    r.getTitle(),
                    blank(note) ? "" : note.strip(),
                    links.base(),
                    String.valueOf(r.getId()));
        }
    }

    public void expertAssigned(EngagementRequest r, UserAccount expert) {
        notifications.enqueue(
                expert.getEmail(),
                "engagement.expertAssigned",
                expert.getFullName(),
                kind(r.getKind()),
                r.getTitle(),
                when(r.getSchedule()),
                links.base());
    }

    /** The event is in the calendar: its expert and its moderator are told. */
    public void scheduled(EngagementEvent e) {
        String when = when(e.getRequest().getSchedule());
        for (UserAccount to : List.of(e.getExpert(), e.getModerator())) {
            notifications.enqueue(
                    to.getEmail(),
                    "engagement.scheduled",
                    kind(e.getKind()),
                    e.getTitle(),
                    when,
                    e.getModerator().getFullName(),
                    links.base());
        }
    }

    public void training(EngagementRequest r, LocalDateTime at) {
        notifications.enqueue(
                r.getExpert().getEmail(),
                "engagement.training",
                r.getExpert().getFullName(),
                text(
                        "engagement.label.at",
                        pattern("engagement.label.day").format(at),
                        pattern("engagement.label.time").format(at)),
                kind(r.getKind()),
                r.getTitle());
    }

    public void reminder(EngagementEvent e) {
        notifications.enqueue(
                e.getExpert().getEmail(),
                "engagement.reminder",
                e.getExpert().getFullName(),
                kind(e.getKind()),
                e.getTitle(),
                when(e.getRequest().getSchedule()),
                e.getModerator().getFullName(),
                links.base());
    }

    /**
     * The event was cancelled: its expert, its moderator and the requesting Enlace read the reason;
     * the chat's registered participants ({@code public}) only that it was cancelled.
     */
    public void cancelled(EngagementEvent e, List<String> participants) {
        String when = when(e.getRequest().getSchedule());
        for (UserAccount to :
                List.of(e.getExpert(), e.getModerator(), e.getRequest().getRequester())) {
            notifications.enqueue(
                    to.getEmail(),
                    "engagement.cancelled",
                    kind(e.getKind()),
                    e.getTitle(),
                    when,
                    e.getCancelReason(),
                    links.base(),
                    String.valueOf(e.getRequest().getId()));
        }
        for (String email : participants) {
            notifications.enqueue(
                    email, "engagement.cancelled.public", kind(e.getKind()), e.getTitle(), when, links.base());
        }
    }

    /** When a chat or forum happens, as the e-mails say it ("martes 24 de noviembre de 2026, 11:00 a 13:00"). */
    static String when(Schedule s) {
        DateTimeFormatter time = pattern("engagement.label.time");
        if (s.isChat()) {
            return text(
                    "engagement.label.when.chat",
                    pattern("engagement.label.day").format(s.getStartDate()),
                    time.format(s.getStartTime()),
                    time.format(s.getEndTime()));
        }
        DateTimeFormatter day = pattern("engagement.label.shortDay");
        return text("engagement.label.when.forum", day.format(s.getStartDate()), day.format(s.getEndDate()));
    }

    /** A time of day as the e-mails write it ("10:30"). */
    static String time(java.time.temporal.TemporalAccessor at) {
        return pattern("engagement.label.time").format(at);
    }

    static String kind(EngagementKind kind) {
        return text("engagement.label.kind." + kind.name());
    }

    static String status(RequestStatus status) {
        return text("engagement.label.status." + status.name());
    }

    private static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.puente.notification.mail", SPANISH)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, SPANISH).format(arguments);
    }

    private static DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(text(key), SPANISH);
    }

    private List<String> evaluatorEmails() {
        return em.createQuery(
                        "select u.email from UserAccount u join u.roles r where r = :role and u.active = true"
                                + " and u.email is not null",
                        String.class)
                .setParameter("role", Role.EVALUADOR)
                .getResultList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
