package org.puente.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.chat.ChatMessage;
import org.puente.chat.ChatParticipant;
import org.puente.chat.MessageKind;
import org.puente.forum.ForumPost;
import org.puente.forum.ForumThread;
import org.puente.identity.PersonalDataExport.Chat;
import org.puente.identity.PersonalDataExport.Consent;
import org.puente.identity.PersonalDataExport.Following;
import org.puente.identity.PersonalDataExport.Mail;
import org.puente.identity.PersonalDataExport.Photo;
import org.puente.identity.PersonalDataExport.Question;
import org.puente.identity.PersonalDataExport.Report;
import org.puente.identity.PersonalDataExport.Step;
import org.puente.identity.PersonalDataExport.Survey;
import org.puente.notification.OutboxMessage;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.report.Contact;
import org.puente.report.ReportFollower;
import org.puente.report.ReportPhoto;
import org.puente.report.ServiceReport;
import org.puente.report.SurveyResponse;

/**
 * ARCO access: everything Puente holds about the signed-in citizen that is his, as one
 * {@link PersonalDataExport}. Only the caller's own data: the account comes from the session, never
 * from a parameter. Each download is written to the audit log and limited ({@link Limit#PERSONAL_DATA_ACCOUNT}),
 * since it reads every table that holds him.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class PersonalData {

    /** What a consent row covers starts with this: {@code privacy-notice:MET:account}. */
    public static final String PRIVACY_NOTICE = "privacy-notice";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private OrganizationService organizations;

    @Inject
    private AuditLog audit;

    @Inject
    private RateLimits limits;

    @Inject
    private Clock clock;

    /** The caller's data; {@code format} (json, csv) only goes to the audit line. */
    public PersonalDataExport export(String format) {
        UserAccount me = scope.caller()
                .map(a -> em.find(UserAccount.class, a.getId()))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        limits.require(Limit.PERSONAL_DATA_ACCOUNT, me.getUsername(), null);
        ZoneId home = organizations.municipalities().stream()
                .map(Body::getTimeZone)
                .findFirst()
                .orElse(ZoneId.systemDefault());
        String email = me.getEmail() == null ? "" : me.getEmail().toLowerCase(Locale.ROOT);
        PersonalDataExport export = new PersonalDataExport(
                at(OffsetDateTime.now(clock), home),
                new PersonalDataExport.Account(
                        me.getUsername(),
                        me.getFullName(),
                        me.getEmail(),
                        at(me.getCreatedAt(), home),
                        at(me.getLastLoginAt(), home)),
                consents(me, home),
                reports(me),
                following(email),
                surveys(me),
                forumThreads(me),
                forumPosts(me),
                chats(me),
                mails(email, home));
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "account", me.getUsername(), format);
        return export;
    }

    /**
     * Every consent row that is his: his account's (registration), his reports' and his petitions'. What it
     * covers is {@code privacy-notice:BODY:account} or {@code privacy-notice:BODY:FOLIO}; the version is the
     * notice's label. The consent rows are the one record of it (the account keeps no copy since V21).
     */
    private List<Consent> consents(UserAccount me, ZoneId home) {
        return em.createQuery(
                        "select c from Consent c left join c.report r left join c.petition p where c.account = :me"
                                + " or r.citizen = :me or p.citizen = :me order by c.acceptedAt, c.id",
                        org.puente.privacy.Consent.class)
                .setParameter("me", me)
                .getResultStream()
                .map(c -> new Consent(
                        PRIVACY_NOTICE + ":" + c.getNotice().getBody().getCode() + ":" + covered(c),
                        c.getNotice().getLabel(),
                        at(c.getAcceptedAt(), home)))
                .toList();
    }

    private static String covered(org.puente.privacy.Consent c) {
        if (c.getReport() != null) {
            return c.getReport().getFolio();
        }
        if (c.getPetition() != null) {
            return c.getPetition().getFolio();
        }
        return "account";
    }

    private List<Report> reports(UserAccount me) {
        return em.createNamedQuery("ServiceReport.ofCitizen", ServiceReport.class)
                .setParameter("citizen", me)
                .getResultStream()
                .map(PersonalData::report)
                .toList();
    }

    /** A report as its reporter sees it on tracking: the public steps with their notes, none of the staff's own. */
    static Report report(ServiceReport r) {
        ZoneId zone = r.getBody().getTimeZone();
        return new Report(
                r.getFolio(),
                r.getService().getName(),
                r.getBody().getName(),
                r.getChannel().name(),
                r.getStatus().name(),
                at(r.getReceivedAt(), zone),
                at(r.getDueAt(), zone),
                at(r.getResolvedAt(), zone),
                at(r.getClosedAt(), zone),
                r.getDescription(),
                r.getColonia().getName(),
                r.getStreet(),
                r.getReference(),
                r.getPoint() == null ? null : r.getPoint().getLatitude(),
                r.getPoint() == null ? null : r.getPoint().getLongitude(),
                contact(r.getContact()),
                r.getPhotos().stream().map(PersonalData::photo).toList(),
                r.getHistory().stream()
                        .filter(t -> t.getKind().isPublic())
                        .map(t -> new Step(at(t.getAt(), zone), t.getTo().name(), t.getActorUnit(), t.getText()))
                        .toList());
    }

    private static Photo photo(ReportPhoto p) {
        String extension = "image/png".equals(p.getContentType()) ? ".png" : ".jpg";
        return new Photo(
                (p.isEvidence() ? "evidencia-" : "foto-") + p.getId() + extension, p.getSize(), p.isEvidence());
    }

    private static PersonalDataExport.Contact contact(Contact c) {
        return c == null
                ? new PersonalDataExport.Contact(null, null, null)
                : new PersonalDataExport.Contact(c.getName(), c.getEmail(), c.getPhone());
    }

    /** Reports followed with his account's e-mail (he asked on the web, or an operator attached him by phone). */
    private List<Following> following(String email) {
        return em.createQuery(
                        "select f from ReportFollower f where f.contact.email = :email order by f.followedAt, f.id",
                        ReportFollower.class)
                .setParameter("email", email)
                .getResultStream()
                .map(f -> {
                    ServiceReport r = f.getReport();
                    return new Following(
                            r.getFolio(),
                            r.getService().getName(),
                            r.getStatus().name(),
                            at(f.getFollowedAt(), r.getBody().getTimeZone()),
                            f.getChannel().name(),
                            contact(f.getContact()));
                })
                .toList();
    }

    private List<Survey> surveys(UserAccount me) {
        return em.createQuery(
                        "select s from SurveyResponse s where s.report.citizen = :me order by s.answeredAt, s.id",
                        SurveyResponse.class)
                .setParameter("me", me)
                .getResultStream()
                .map(s -> new Survey(
                        s.getReport().getFolio(),
                        at(s.getAnsweredAt(), s.getReport().getBody().getTimeZone()),
                        s.isKnowsService(),
                        s.getPriorityServices(),
                        s.isEffectiveChannel(),
                        s.getAccountability().name(),
                        s.getProblemFixed(),
                        s.isReopened()))
                .toList();
    }

    private List<PersonalDataExport.ForumThread> forumThreads(UserAccount me) {
        return em.createQuery(
                        "select t from ForumThread t where t.author = :me order by t.createdAt, t.id",
                        ForumThread.class)
                .setParameter("me", me)
                .getResultStream()
                .map(t -> new PersonalDataExport.ForumThread(
                        t.getEvent().getTitle(),
                        t.getTitle(),
                        at(t.getCreatedAt(), t.getEvent().getBody().getTimeZone())))
                .toList();
    }

    private List<PersonalDataExport.ForumPost> forumPosts(UserAccount me) {
        return em.createQuery(
                        "select p from ForumPost p where p.author = :me order by p.createdAt, p.id", ForumPost.class)
                .setParameter("me", me)
                .getResultStream()
                .map(p -> new PersonalDataExport.ForumPost(
                        p.getThread().getEvent().getTitle(),
                        p.getThread().getTitle(),
                        at(p.getCreatedAt(), p.getThread().getEvent().getBody().getTimeZone()),
                        p.getStatus().name(),
                        p.getBody()))
                .toList();
    }

    private List<Chat> chats(UserAccount me) {
        return em.createQuery(
                        "select p from ChatParticipant p where p.account = :me order by p.joinedAt, p.id",
                        ChatParticipant.class)
                .setParameter("me", me)
                .getResultStream()
                .map(p -> {
                    ZoneId zone = p.getEvent().getBody().getTimeZone();
                    List<Question> questions = em.createNamedQuery("ChatMessage.ofParticipant", ChatMessage.class)
                            .setParameter("participant", p)
                            .getResultStream()
                            .filter(m -> m.getKind() == MessageKind.QUESTION)
                            .map(m -> new Question(
                                    at(m.getCreatedAt(), zone),
                                    m.getOriginalText(),
                                    m.getPublicText(),
                                    m.getStatus().name()))
                            .toList();
                    return new Chat(p.getEvent().getTitle(), p.getNickname(), at(p.getJoinedAt(), zone), questions);
                })
                .toList();
    }

    /** E-mails to his address: subject and dates only, as their bodies carry links with one-time tokens. */
    private List<Mail> mails(String email, ZoneId home) {
        return em.createQuery(
                        "select m from OutboxMessage m where lower(m.recipient) = :email order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("email", email)
                .getResultStream()
                .map(m -> new Mail(m.getSubject(), at(m.getCreatedAt(), home), at(m.getSentAt(), home)))
                .toList();
    }

    private static OffsetDateTime at(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
