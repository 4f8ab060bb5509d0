package org.puente.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.identity.UserAccount;
import org.puente.report.Channel;
import org.puente.report.ReportFollower;
import org.puente.report.ServiceReport;

/**
 * Records who accepted which version of a privacy notice, when and where, always inside the caller's
 * transaction: the consent is written with the personal data it covers, or not at all. The version is
 * the one in force for the body concerned at that moment (a report's body; for an account, the default
 * body, see {@link PrivacyNotices#defaultBody}).
 */
@Stateless
@PermitAll
public class Consents {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PrivacyNotices notices;

    @Inject
    private Clock clock;

    /** The notice a citizen accepts when he opens his account: the default body's in force. */
    public PrivacyNotice forAccounts() {
        return notices.inForceOrFirst(
                notices.defaultBody().orElseThrow(() -> new IllegalStateException("No body to consent to")));
    }

    /** A citizen accepted that notice ({@link #forAccounts}) on the registration form. */
    public Consent forAccount(UserAccount account, PrivacyNotice notice) {
        return keep(Consent.ofAccount(notice, account, OffsetDateTime.now(clock)));
    }

    /**
     * A report's reporter accepted the notice of its body: on the web form or on the phone (the operator,
     * who filed it, took the consent), or, through Open311, by sending his contact data.
     */
    public Consent forReport(ServiceReport report, UserAccount operator) {
        return keep(Consent.ofReport(
                notices.inForceOrFirst(report.getBody()),
                report,
                ConsentChannel.of(report.getChannel()),
                report.getChannel() == Channel.PHONE ? operator : null,
                OffsetDateTime.now(clock)));
    }

    /** Someone who follows a report accepted the notice of its body when he left his contact. */
    public Consent forFollower(ReportFollower follower, UserAccount operator) {
        em.persist(follower);
        Channel channel = follower.getChannel();
        return keep(Consent.ofFollower(
                notices.inForceOrFirst(follower.getReport().getBody()),
                follower,
                ConsentChannel.of(channel),
                channel == Channel.PHONE ? operator : null,
                OffsetDateTime.now(clock)));
    }

    /** The consents given with a report (its reporter's), oldest first. */
    public List<Consent> ofReport(ServiceReport report) {
        return em.createNamedQuery("Consent.ofReport", Consent.class)
                .setParameter("report", report)
                .getResultList();
    }

    /** The consent an account gave last (on signing up), or none: the one record of it. */
    public java.util.Optional<Consent> latestOfAccount(UserAccount account) {
        if (account == null || account.getId() == null) {
            return java.util.Optional.empty();
        }
        List<Consent> given = em.createNamedQuery("Consent.ofAccount", Consent.class)
                .setParameter("account", em.find(UserAccount.class, account.getId()))
                .getResultList();
        return given.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(given.get(given.size() - 1));
    }

    private Consent keep(Consent consent) {
        em.persist(consent);
        return consent;
    }
}
