package org.puente.arco;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.puente.chat.ChatParticipant;
import org.puente.identity.PasswordHasher;
import org.puente.identity.UserAccount;
import org.puente.notification.OutboxMessage;
import org.puente.petition.Petition;
import org.puente.platform.Bundles;
import org.puente.platform.SecretTokens;
import org.puente.privacy.PersonalDataScrub;
import org.puente.report.Contact;
import org.puente.report.ReportFollower;
import org.puente.report.ServiceReport;

/**
 * An ARCO cancellation carried out, in the caller's transaction: first the account is blocked (deactivated,
 * so it cannot sign in and its open sessions end), then everything that is the person's is anonymised —
 * the contact, words, street and own photos of his reports (their service, colonia, status, dates and the
 * point rounded to about 100 m stay, so the public figures still count them), the reports he follows, his
 * petitions, his chat participations, the e-mails to him (dropped when not yet sent) and finally the account
 * itself. His identifiers are also replaced in the staff notes of his reports. Kept as they are: his consent
 * rows (proof of what he accepted; they hold a reference, not his data), his forum posts (their author is
 * the anonymised account, whose name is the replacement now) and the audit log (append-only by design).
 */
@Stateless
@RolesAllowed("ADMIN")
public class PersonalDataErasure {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    /**
     * Erases the person who filed {@code request}: his account if he filed it signed in, and in any case
     * every record with the e-mail he gave. {@code folio} names the request in the replacement texts.
     */
    public Erasure erase(Petition request, OffsetDateTime at) {
        UserAccount account = request.getCitizen();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        if (account != null) {
            account.deactivate();
            em.flush();
            addEmail(emails, account.getEmail());
            addEmail(emails, account.getUsername().contains("@") ? account.getUsername() : null);
            identifiers.add(account.getFullName());
        }
        Contact given = request.getContact();
        if (given != null) {
            addEmail(emails, given.getEmail());
            identifiers.add(given.getName());
            addPhone(phones, given.getPhone());
        }
        String replacement = Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.erased", request.getFolio());

        List<ServiceReport> reports = reportsOf(account, emails);
        for (ServiceReport r : reports) {
            identifiers.add(r.getContact().getName());
            addEmail(emails, r.getContact().getEmail());
            addPhone(phones, r.getContact().getPhone());
        }
        identifiers.addAll(emails);
        identifiers.addAll(phones);
        PersonalDataScrub scrub = PersonalDataScrub.of(identifiers);
        String placeholder = Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.erased.name");
        for (ServiceReport r : reports) {
            r.anonymiseReporter(replacement, text -> scrub.apply(text, placeholder))
                    .forEach(em::remove);
        }

        List<ReportFollower> followings = followingsOf(emails, phones);
        followings.forEach(ReportFollower::anonymise);

        List<Petition> petitions = petitionsOf(account, emails);
        petitions.forEach(p -> p.anonymise(replacement));
        if (!petitions.isEmpty()) {
            // the files the person attached can name him (a signed letter, a photo of his house): they go too
            em.createNamedQuery("PetitionAttachment.deleteOf")
                    .setParameter("petitions", petitions)
                    .executeUpdate();
        }

        List<ChatParticipant> chats = account == null
                ? List.of()
                : em.createQuery("select p from ChatParticipant p where p.account = :me", ChatParticipant.class)
                        .setParameter("me", account)
                        .getResultList();
        String nickname = Bundles.text(ArcoIntake.MAIL, Bundles.SPANISH, "arco.erased.nickname");
        chats.forEach(p -> p.anonymise(nickname));

        int dropped = 0;
        int forgotten = 0;
        List<OutboxMessage> his = mailsTo(emails);
        for (OutboxMessage m : his) {
            if (m.getSentAt() == null) {
                em.remove(m);
                dropped++;
            } else {
                m.forgetRecipient();
                forgotten++;
            }
        }
        for (OutboxMessage m : mailsMentioning(identifiers)) {
            if (!his.contains(m) && (scrub.findsIn(m.getBody()) || scrub.findsIn(m.getSubject()))) {
                m.scrub(text -> scrub.apply(text, placeholder));
            }
        }
        if (account != null) {
            account.anonymise(placeholder, hasher.hash(SecretTokens.newToken()), at);
        }
        em.flush();
        return new Erasure(
                reports.size(), followings.size(), petitions.size(), chats.size(), dropped, forgotten, account != null);
    }

    private List<ServiceReport> reportsOf(UserAccount account, Set<String> emails) {
        Set<ServiceReport> found = new LinkedHashSet<>();
        if (account != null) {
            found.addAll(em.createNamedQuery("ServiceReport.ofCitizen", ServiceReport.class)
                    .setParameter("citizen", account)
                    .getResultList());
        }
        if (!emails.isEmpty()) {
            found.addAll(em.createQuery(
                            "select r from ServiceReport r where r.contact.email in :emails", ServiceReport.class)
                    .setParameter("emails", emails)
                    .getResultList());
        }
        return new ArrayList<>(found);
    }

    private List<ReportFollower> followingsOf(Set<String> emails, Set<String> phones) {
        Set<ReportFollower> found = new LinkedHashSet<>();
        if (!emails.isEmpty()) {
            found.addAll(em.createQuery(
                            "select f from ReportFollower f where f.contact.email in :emails", ReportFollower.class)
                    .setParameter("emails", emails)
                    .getResultList());
        }
        if (!phones.isEmpty()) {
            found.addAll(em.createQuery(
                            "select f from ReportFollower f where f.contact.phone in :phones", ReportFollower.class)
                    .setParameter("phones", phones)
                    .getResultList());
        }
        return new ArrayList<>(found);
    }

    private List<Petition> petitionsOf(UserAccount account, Set<String> emails) {
        Set<Petition> found = new LinkedHashSet<>();
        if (account != null) {
            found.addAll(em.createNamedQuery("Petition.ofCitizen", Petition.class)
                    .setParameter("citizen", account)
                    .getResultList());
        }
        if (!emails.isEmpty()) {
            found.addAll(em.createQuery("select p from Petition p where p.contact.email in :emails", Petition.class)
                    .setParameter("emails", emails)
                    .getResultList());
        }
        return new ArrayList<>(found);
    }

    private List<OutboxMessage> mailsTo(Set<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMessage m where lower(m.recipient) in :emails", OutboxMessage.class)
                .setParameter("emails", emails)
                .getResultList();
    }

    /** E-mails to others whose text names him (a department told of his report): candidates for the scrub. */
    private List<OutboxMessage> mailsMentioning(Set<String> identifiers) {
        Set<OutboxMessage> found = new LinkedHashSet<>();
        for (String identifier : identifiers) {
            if (identifier == null || identifier.strip().length() < 4) {
                continue;
            }
            found.addAll(em.createQuery(
                            "select m from OutboxMessage m where lower(m.body) like :text or lower(m.subject) like :text",
                            OutboxMessage.class)
                    .setParameter("text", "%" + identifier.strip().toLowerCase(Locale.ROOT) + "%")
                    .getResultList());
        }
        return new ArrayList<>(found);
    }

    private static void addEmail(Set<String> emails, String email) {
        if (email != null && !email.isBlank()) {
            emails.add(email.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static void addPhone(Set<String> phones, String phone) {
        if (phone != null && !phone.isBlank()) {
            phones.add(Objects.requireNonNull(phone).strip());
        }
    }
}
