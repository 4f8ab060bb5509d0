package org.puente.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.Bundles;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.RuleViolation;

/**
 * Bodies' privacy notices: the version in force (a body's latest published), the earlier ones, an
 * administrator's publication of a new version, and the first version a body gets at start-up from
 * {@code first-notice.properties}, so that no body is ever without a notice to show and to consent to.
 */
@Stateless
public class PrivacyNotices {

    private static final Logger LOG = Logger.getLogger(PrivacyNotices.class.getName());
    private static final String FIRST_NOTICE = "org.puente.privacy.first-notice";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * The body whose notice is shown when none is named, and which a citizen's account consents to (an
     * account serves every body): the municipality (the first by name if several), else the agency.
     */
    @PermitAll
    public Optional<Body> defaultBody() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .or(() -> em.createNamedQuery("Body.byKind", Body.class)
                        .setParameter("kind", BodyKind.AGENCIA)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst());
    }

    /** The body with that code, or the default one when the code is blank; empty for an unknown code. */
    @PermitAll
    public Optional<Body> body(String code) {
        if (code == null || code.isBlank()) {
            return defaultBody();
        }
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The bodies that have a notice, for the public page's list of other bodies. */
    @PermitAll
    public List<Body> bodiesWithNotices() {
        return em.createQuery("select distinct n.body from PrivacyNotice n", Body.class)
                .getResultStream()
                .sorted(Comparator.comparing(Body::getName))
                .toList();
    }

    /** The body's notice in force: its latest published version. */
    @PermitAll
    public Optional<PrivacyNotice> inForce(Body body) {
        return em.createNamedQuery("PrivacyNotice.ofBody", PrivacyNotice.class)
                .setParameter("body", body)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every version of the body's notice, the one in force first. */
    @PermitAll
    public List<PrivacyNotice> versions(Body body) {
        return em.createNamedQuery("PrivacyNotice.ofBody", PrivacyNotice.class)
                .setParameter("body", body)
                .getResultList();
    }

    /** The bodies an administrator may publish a notice for: those he sees. */
    @RolesAllowed("ADMIN")
    public List<Body> publishableBodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** A body's notice in force by the body's id, for a form that names its body. */
    @PermitAll
    public Optional<PrivacyNotice> inForce(Long bodyId) {
        return Optional.ofNullable(bodyId == null ? null : em.find(Body.class, bodyId))
                .flatMap(this::inForce);
    }

    /**
     * An administrator publishes a new version of a body he may see; it is in force from now on, and the
     * consents given to earlier versions stay with them. Every problem of the input is told at once.
     */
    @RolesAllowed("ADMIN")
    public PrivacyNotice publish(Long bodyId, String label, String integralText, String simplifiedText) {
        Body body = check(bodyId, label, integralText, simplifiedText);
        PrivacyNotice notice = PrivacyNotice.publish(
                body, label, integralText, simplifiedText, scope.caller().orElse(null), OffsetDateTime.now(clock));
        em.persist(notice);
        audit.record(
                AuditAction.PRIVACY_NOTICE_PUBLISHED, "PrivacyNotice", body.getCode() + " " + notice.getLabel(), null);
        return notice;
    }

    /**
     * Checks a version before it is published (the preview): the body, which the administrator must see,
     * and every problem of the input at once, each on its field; returns the body.
     */
    @RolesAllowed("ADMIN")
    public Body check(Long bodyId, String label, String integralText, String simplifiedText) {
        Body body = Optional.ofNullable(bodyId == null ? null : em.find(Body.class, bodyId))
                .orElseThrow(() -> new BusinessException("body", "privacy.body.unknown"));
        scope.check(body);
        List<BusinessException> problems = new ArrayList<>();
        for (RuleViolation violation : PrivacyNotice.problems(label, integralText, simplifiedText)) {
            problems.add(
                    new BusinessException(violation.getField(), violation.getMessageKey(), violation.getArguments()));
        }
        if (problems.stream().noneMatch(p -> "label".equals(p.getField())) && labelTaken(body, label.strip())) {
            problems.add(new BusinessException("label", "privacy.label.taken", label.strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    private boolean labelTaken(Body body, String label) {
        return em.createNamedQuery("PrivacyNotice.countWithLabel", Long.class)
                        .setParameter("body", body)
                        .setParameter("label", label)
                        .getSingleResult()
                > 0;
    }

    /**
     * The body's notice in force, publishing its first version (the installation's text, in Spanish, with
     * the body's name) when it has none: the demo data and the first administrator call it for the bodies
     * they create, start-up for every body, and a consent for a body that somehow has none.
     */
    @PermitAll
    public PrivacyNotice inForceOrFirst(Body body) {
        return inForce(body).orElseGet(() -> {
            PrivacyNotice first = PrivacyNotice.publish(
                    body,
                    Bundles.text(FIRST_NOTICE, Bundles.SPANISH, "label"),
                    Bundles.text(FIRST_NOTICE, Bundles.SPANISH, "integral", body.getName()),
                    Bundles.text(FIRST_NOTICE, Bundles.SPANISH, "simplified", body.getName()),
                    null,
                    OffsetDateTime.now(clock));
            em.persist(first);
            LOG.info(() -> "First privacy notice published for " + body.getCode());
            return first;
        });
    }

    /**
     * At start-up: a first version for every body that has none (bodies made before notices existed, or by
     * SQL), in its own transaction, so that a node that loses the race to another leaves start-up unharmed.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void firstVersionsWhereMissing() {
        em.createNamedQuery("Body.all", Body.class).getResultList().forEach(this::inForceOrFirst);
    }
}
