package org.puente.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.casework.Folio;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.privacy.Consents;

/**
 * "Me too": someone reports a problem that already has an open report, and follows that report
 * instead of filing another. The history says that another person reported the same (the note the
 * caller gives, without personal data); with an e-mail the follower is told of the report's changes
 * ({@link ReportNotices}).
 */
@Stateless
public class ReportFollowing {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Links links;

    @EJB
    private Consents consents;

    /**
     * The operator attaches the caller to an open report of his body. Name, e-mail and phone are each
     * optional; the caller must have accepted the privacy notice when he leaves any of them.
     */
    @RolesAllowed({"OPERADOR", "GERENTE", "ADMIN"})
    public FollowReceipt attachCaller(String folio, Contact caller, boolean privacyConsent, String historyNote) {
        Contact contact = caller == null ? Contact.none() : caller;
        List<BusinessException> problems = new ArrayList<>();
        ServiceReport report = openReport(folio, problems);
        checkContact(contact, problems);
        if (!contact.isAnonymous() && !privacyConsent) {
            problems.add(new BusinessException("privacyConsent", "report.consent.required"));
        }
        throwIfAny(problems);
        return follow(report, contact, Channel.PHONE, scope.caller().orElse(null), historyNote);
    }

    /** A citizen on the web asks to be told of an open report by e-mail, which he must leave. */
    @PermitAll
    public FollowReceipt followByEmail(String folio, String email, boolean privacyConsent, String historyNote) {
        List<BusinessException> problems = new ArrayList<>();
        ServiceReport report = openReport(folio, problems);
        if (email == null || email.isBlank()) {
            problems.add(new BusinessException("followEmail", "follow.email.required"));
        } else if (!EmailAddress.isValid(email)) {
            problems.add(new BusinessException("followEmail", "registration.email.invalid"));
        }
        if (!privacyConsent) {
            problems.add(new BusinessException("followConsent", "report.consent.required"));
        }
        throwIfAny(problems);
        return follow(report, new Contact(null, email, null), Channel.WEB, null, historyNote);
    }

    private FollowReceipt follow(
            ServiceReport report, Contact contact, Channel channel, UserAccount actor, String historyNote) {
        String email = contact.getEmail();
        boolean already = email != null
                && (email.equalsIgnoreCase(ReportNotices.reporterEmail(report))
                        || report.getFollowers().stream()
                                .anyMatch(f -> email.equals(f.getContact().getEmail())));
        if (already) {
            return new FollowReceipt(report.getFolio(), report.getService().getName(), true, true);
        }
        ReportFollower follower = report.addFollower(contact, channel, actor, OffsetDateTime.now(clock), historyNote);
        if (!contact.isAnonymous()) {
            consents.forFollower(follower, actor);
        }
        notifications.enqueue(
                email, "report.followed", report.getFolio(), report.getService().getName(), links.base());
        return new FollowReceipt(report.getFolio(), report.getService().getName(), email != null, false);
    }

    /** The open report with that folio; a folio of a body the caller may not see is unknown to him. */
    private ServiceReport openReport(String folio, List<BusinessException> problems) {
        ServiceReport report = typed(folio) == null
                ? null
                : em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                        .setParameter("folio", typed(folio))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (report != null
                && scope.caller().filter(UserAccount::isStaff).isPresent()
                && !scope.canSee(report.getBody())) {
            report = null;
        }
        if (report == null) {
            problems.add(new BusinessException("followFolio", "follow.folio.unknown"));
        } else if (!report.getStatus().isOpen()) {
            problems.add(new BusinessException("followFolio", "follow.folio.closed", report.getFolio()));
            report = null;
        }
        return report;
    }

    /** The folio as stored, or null for text that is none (an operator types it: "met-2026-12" or "MET-1999-000001"). */
    private static String typed(String folio) {
        if (folio == null || !Folio.looksLikeOne(folio)) {
            return null;
        }
        try {
            return Folio.parse(folio).toString();
        } catch (IllegalArgumentException notAFolio) {
            return null;
        }
    }

    private static void checkContact(Contact contact, List<BusinessException> problems) {
        if (contact.getEmail() != null && !EmailAddress.isValid(contact.getEmail())) {
            problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
        }
        if (contact.getPhone() != null
                && !ReportIntake.PHONE.matcher(contact.getPhone()).matches()) {
            problems.add(new BusinessException("contactPhone", "report.phone.invalid"));
        }
        if (contact.getName() != null && contact.getName().length() > 200) {
            problems.add(new BusinessException("contactName", "registration.fullName.tooLong"));
        }
    }

    private static void throwIfAny(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
