package org.puente.mailbox;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.CaseIdentity;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.Steps;
import org.puente.privacy.Consent;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Contact;
import org.puente.report.ReportMail;

/**
 * A body's contact mailbox: a citizen's message comes in through {@link #receive} (every field checked, each
 * problem on its field; limited per client address; the sender's consent recorded with it), and the body's
 * staff (the intake desk, its managers, the administrator) read the mailbox, answer a message by e-mail,
 * discard it with a reason, or turn it into a petition through the one petition intake door, received when
 * the message arrived, so that its legal clock counts from then.
 */
@Stateless
@RolesAllowed({"ADMIN", "GERENTE", "OPERADOR"})
public class Mailbox {

    /** Messages per page of the staff list. */
    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PetitionIntake petitions;

    @EJB
    private PrivacyNotices notices;

    @EJB
    private NotificationService notifications;

    @Inject
    private BodyScope scope;

    @Inject
    private RateLimits limits;

    @Inject
    private Links links;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /**
     * A message from the public form. {@code source} is the client's address: after the form is found right,
     * one of its {@link Limit#CONTACT_SOURCE} budget is taken (a field to correct costs nothing). The sender is
     * told by e-mail that it arrived, at most once a day to an address nobody confirmed ({@link
     * Limit#UNCONFIRMED_MAIL}), so that the form cannot be used to mail-bomb a stranger.
     */
    @PermitAll
    public MessageReceipt receive(NewMessage form, String source) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        validate(form, body);
        limits.require(Limit.CONTACT_SOURCE, source, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ContactMessage message = Steps.attempt(
                "mailbox",
                () -> new ContactMessage(
                        body,
                        form.subject(),
                        form.text(),
                        new Contact(form.contactName(), form.contactEmail(), form.contactPhone()),
                        now));
        em.persist(message);
        em.persist(Consent.ofMessage(notices.inForceOrFirst(body), message, now));
        String email = message.getContact().getEmail();
        boolean ownAddress = scope.caller()
                .filter(u -> !u.isStaff())
                .map(u -> email.equalsIgnoreCase(u.getEmail()))
                .orElse(false);
        if (ownAddress || limits.take(Limit.UNCONFIRMED_MAIL, email).allowed()) {
            notifications.enqueue(email, "mailbox.received", message.getSubject(), body.getName(), when(message, now));
        }
        return new MessageReceipt(message.getId(), body.getName(), now, body.getTimeZone(), email);
    }

    /** One page (from 1) of the messages of the bodies the caller sees, newest first; {@code status} null for all. */
    public MessagePage list(MessageStatus status, int page) {
        int number = Math.max(1, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ContactMessage> counted = count.from(ContactMessage.class);
        count.select(cb.count(counted)).where(where(cb, counted, status));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<ContactMessage> query = cb.createQuery(ContactMessage.class);
        Root<ContactMessage> m = query.from(ContactMessage.class);
        query.select(m).where(where(cb, m, status)).orderBy(cb.desc(m.get("receivedAt")), cb.desc(m.get("id")));
        List<MessageRow> rows = em
                .createQuery(query)
                .setFirstResult((number - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(Mailbox::row)
                .toList();
        return new MessagePage(rows, total, number, PAGE_SIZE);
    }

    /** A message of a body the caller sees (403 otherwise, 404 for none). */
    public MessageDetail detail(long id) {
        ContactMessage message = load(id);
        audit.record(AuditAction.MESSAGE_VIEWED, "message", String.valueOf(message.getId()), null);
        return detail(message);
    }

    /** The body answers the sender: the answer is e-mailed to him and the message is RESPONDIDO. */
    public MessageDetail answer(long id, String answer) {
        ContactMessage message = load(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Steps.attempt("mailbox", () -> message.answer(answer, caller(), now));
        audit.record(AuditAction.MESSAGE_CHANGED, "message", String.valueOf(message.getId()), "answered");
        notifications.enqueue(
                message.getContact().getEmail(),
                "mailbox.answer",
                message.getSubject(),
                message.getBody().getName(),
                when(message, message.getReceivedAt()),
                message.getAnswer());
        return detail(message);
    }

    /** The body sets the message aside with a reason (staff only; the sender is not written to). */
    public MessageDetail discard(long id, String reason) {
        ContactMessage message = load(id);
        Steps.attempt("mailbox", () -> message.discard(reason, caller(), OffsetDateTime.now(clock)));
        audit.record(AuditAction.MESSAGE_CHANGED, "message", String.valueOf(message.getId()), "discarded");
        return detail(message);
    }

    /**
     * The message becomes a petition of the type (and department) staff chose, filed through {@link
     * PetitionIntake} on the mailbox channel as received when the message arrived. The sender hears of it
     * from the petition's own "received" e-mail (the intake's observers), which carries the folio; the
     * mailbox writes him no second one.
     */
    public PetitionReceipt convert(long id, PetitionType type, Long departmentId) {
        ContactMessage message = load(id);
        if (!message.allows(MessageStatus.CONVERTIDO)) {
            throw new BusinessException("mailbox.transition.forbidden");
        }
        if (type == null || type == PetitionType.ARCO) {
            throw new InvalidInputException(List.of(new BusinessException("type", "mailbox.convert.type.required")));
        }
        Contact contact = message.getContact();
        PetitionReceipt receipt = petitions.file(
                new NewPetition(
                        message.getBody().getId(),
                        type,
                        null,
                        CaseIdentity.IDENTIFIED,
                        departmentId,
                        message.getSubject(),
                        message.getText(),
                        contact.getName(),
                        contact.getEmail(),
                        contact.getPhone(),
                        true,
                        message.getReceivedAt()),
                PetitionChannel.MAILBOX);
        Petition petition = em.find(Petition.class, receipt.id());
        Steps.attempt("mailbox", () -> message.convertInto(petition, caller(), OffsetDateTime.now(clock)));
        audit.record(
                AuditAction.MESSAGE_CHANGED, "message", String.valueOf(message.getId()), "petition " + receipt.folio());
        return receipt;
    }

    /** The types a message may become: every PQRS type; an ARCO request has its own form. */
    @PermitAll
    public List<PetitionType> conversionTypes() {
        return java.util.Arrays.stream(PetitionType.values())
                .filter(t -> t != PetitionType.ARCO)
                .toList();
    }

    private ContactMessage load(long id) {
        ContactMessage message = em.find(ContactMessage.class, id);
        if (message == null) {
            throw new BusinessException("error.notFound");
        }
        scope.check(message.getBody());
        return message;
    }

    private UserAccount caller() {
        return scope.caller().orElseThrow(AccessDeniedException::new);
    }

    private Predicate where(CriteriaBuilder cb, Root<ContactMessage> m, MessageStatus status) {
        Predicate visible = scope.restrict(cb, m.get("body"));
        return status == null ? visible : cb.and(visible, cb.equal(m.get("status"), status));
    }

    private void validate(NewMessage form, Body body) {
        List<BusinessException> problems = new ArrayList<>();
        if (body == null) {
            problems.add(new BusinessException("body", "mailbox.body.required"));
        }
        text(problems, "subject", form.subject(), ContactMessage.MAX_SUBJECT);
        text(problems, "text", form.text(), ContactMessage.MAX_TEXT);
        String email = form.contactEmail();
        if (email == null || email.isBlank()) {
            problems.add(new BusinessException("contactEmail", "mailbox.email.required"));
        } else if (!EmailAddress.isValid(email.strip())) {
            problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
        }
        String phone = form.contactPhone();
        if (phone != null
                && !phone.isBlank()
                && !PetitionIntake.PHONE.matcher(phone.strip()).matches()) {
            problems.add(new BusinessException("contactPhone", "report.phone.invalid"));
        }
        if (form.contactName() != null && form.contactName().strip().length() > ContactMessage.MAX_NAME) {
            problems.add(new BusinessException("contactName", "registration.fullName.tooLong"));
        }
        if (!form.privacyConsent()) {
            problems.add(new BusinessException("privacyConsent", "mailbox.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void text(List<BusinessException> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new BusinessException(field, "mailbox." + field + ".required"));
        } else if (value.strip().length() > max) {
            problems.add(new BusinessException(field, "mailbox." + field + ".tooLong", max));
        }
    }

    private static String when(ContactMessage message, OffsetDateTime at) {
        return ReportMail.when(at, message.getBody().getTimeZone());
    }

    private static MessageRow row(ContactMessage m) {
        Contact contact = m.getContact();
        return new MessageRow(
                m.getId(),
                m.getBody().getName(),
                m.getReceivedAt(),
                m.getBody().getTimeZone(),
                m.getStatus(),
                m.getSubject(),
                contact.getName() == null ? contact.getEmail() : contact.getName());
    }

    private static MessageDetail detail(ContactMessage m) {
        Contact contact = m.getContact();
        Petition petition = m.getPetition();
        return new MessageDetail(
                m.getId(),
                m.getBody().getId(),
                m.getBody().getName(),
                m.getBody().getTimeZone(),
                m.getReceivedAt(),
                m.getStatus(),
                m.getSubject(),
                m.getText(),
                contact.getName(),
                contact.getEmail(),
                contact.getPhone(),
                m.getAnswer(),
                m.getDiscardReason(),
                m.getHandledAt(),
                m.getHandledBy() == null ? null : m.getHandledBy().getFullName(),
                petition == null ? null : petition.getId(),
                petition == null ? null : petition.getFolio(),
                m.getStatus().next());
    }
}
