package org.puente.petition;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.puente.casework.AttachmentCheck;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockReading;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.casework.LegalClock;
import org.puente.casework.TrackingCodes;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;
import org.puente.privacy.ConsentChannel;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Contact;

/**
 * The one door through which petitions come in: the public form, the operator's phone intake (the intake
 * desk), a contact-mailbox message turned into a petition, an audience registration and an ARCO request.
 * Every field is checked (each problem on its field, nothing saved unless all is right), the petition is
 * numbered in its body's series, its clock starts under the terms in force for its type, and the filer's
 * consent to the body's privacy notice is recorded.
 */
@Stateless
public class PetitionIntake {

    private static final Logger LOG = Logger.getLogger(PetitionIntake.class.getName());
    public static final Pattern PHONE = Pattern.compile("^[0-9 ()+-]{7,20}$");
    /** The field the attachments' refusals name (the forms' file input). */
    public static final String ATTACHMENTS = "attachments";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers folios;

    @EJB
    private CaseClocks clocks;

    @EJB
    private PrivacyNotices notices;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private jakarta.enterprise.event.Event<PetitionChanged> changes;

    /** Files a petition; the receipt carries the tracking code when the filer has no account. */
    public PetitionReceipt file(NewPetition form, PetitionChannel channel) {
        Body body = form.bodyId() == null ? null : em.find(Body.class, form.bodyId());
        List<AttachmentCheck.Checked> files = new ArrayList<>();
        Department department = validate(form, channel, body, files);
        UserAccount caller = scope.caller().orElse(null);
        UserAccount citizen =
                caller != null && !caller.isStaff() && form.identity() != CaseIdentity.ANONYMOUS ? caller : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = form.receivedAt() == null ? now : form.receivedAt();
        int year = at.atZoneSameInstant(body.getTimeZone()).getYear();
        FolioNumbers.Series series =
                form.type() == PetitionType.ARCO ? FolioNumbers.Series.ARCO : FolioNumbers.Series.PETITION;
        Folio folio = new Folio(body.getCode(), form.type().folioSeries(), year, folios.next(series, body, year));
        logIfLost(folio);

        LegalClock legal = clocks.clockOf(body);
        CaseClock received =
                clocks.receive(body, form.type().caseType(), presetFor(form.type(), clocks.countryOf(body)), at);
        Contact contact = form.identity() == CaseIdentity.ANONYMOUS
                ? Contact.none()
                : new Contact(form.contactName(), form.contactEmail(), form.contactPhone());
        Petition petition = Steps.attempt(
                "petition",
                () -> new Petition(
                        folio,
                        body,
                        department,
                        form.type(),
                        form.arcoRight(),
                        form.identity(),
                        channel,
                        form.subject(),
                        form.text(),
                        contact,
                        citizen,
                        received,
                        legal));
        if (citizen == null) {
            petition.protectWithTrackingCode(TrackingCodes.newCode());
        }
        em.persist(petition);
        if (form.identity() != CaseIdentity.ANONYMOUS) {
            em.persist(org.puente.privacy.Consent.ofPetition(
                    notices.inForceOrFirst(body),
                    petition,
                    channel == PetitionChannel.PHONE ? ConsentChannel.PHONE : ConsentChannel.WEB,
                    channel == PetitionChannel.PHONE ? caller : null,
                    now));
        }
        for (int i = 0; i < files.size(); i++) {
            AttachmentCheck.Checked file = files.get(i);
            em.persist(new PetitionAttachment(petition, i + 1, file.fileName(), file.type(), file.data(), now));
        }
        em.flush();
        changes.fire(new PetitionChanged(petition.getId(), PetitionEntry.Kind.RECEIVED));
        ClockReading reading = legal.read(received);
        return new PetitionReceipt(
                petition.getId(),
                petition.getFolio(),
                petition.getTrackingCode(),
                petition.getType(),
                at,
                reading.firstCounted(),
                reading.due(),
                body.getTimeZone().getId());
    }

    /**
     * The preset a body's case type starts from when its administrator set none: the LGPDPPSO for ARCO
     * requests; Ley 1755 for a Colombian body's petitions; the Mexican municipal preset otherwise.
     */
    public static ClockPreset presetFor(PetitionType type, String country) {
        if (type == PetitionType.ARCO) {
            return ClockPreset.MX_LGPDPPSO_ARCO;
        }
        return "CO".equals(country) ? ClockPreset.CO_LEY_1755_GENERAL : ClockPreset.MX_MUNICIPAL;
    }

    /** Checks the form; the attachments, checked by content and the images cleaned (see AttachmentCheck), go into {@code files}. */
    private Department validate(
            NewPetition form, PetitionChannel channel, Body body, List<AttachmentCheck.Checked> files) {
        List<BusinessException> problems = new ArrayList<>();
        if (body == null) {
            problems.add(new BusinessException("body", "petition.body.required"));
        }
        PetitionType type = form.type();
        if (type == null) {
            problems.add(new BusinessException("type", "petition.type.required"));
        }
        if (type == PetitionType.ARCO && form.arcoRight() == null) {
            problems.add(new BusinessException("arcoRight", "petition.arco.right"));
        }
        CaseIdentity identity = form.identity();
        if (identity == null) {
            problems.add(new BusinessException("identity", "petition.identity.required"));
        } else if (identity == CaseIdentity.ANONYMOUS && type != null && !type.allowsAnonymous()) {
            problems.add(new BusinessException("identity", "petition.anonymous.notAllowed"));
        }
        Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
        if (form.departmentId() != null
                && (department == null || body == null || !department.getBody().equals(body))) {
            problems.add(new BusinessException("department", "petition.department.unknown"));
        }
        text(problems, "subject", form.subject(), Petition.MAX_SUBJECT);
        text(problems, "text", form.text(), Petition.MAX_TEXT);
        boolean anonymous = identity == CaseIdentity.ANONYMOUS;
        if (!anonymous) {
            if (form.contactEmail() != null
                    && !form.contactEmail().isBlank()
                    && !EmailAddress.isValid(form.contactEmail())) {
                problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
            }
            if (form.contactPhone() != null
                    && !form.contactPhone().isBlank()
                    && !PHONE.matcher(form.contactPhone().strip()).matches()) {
                problems.add(new BusinessException("contactPhone", "report.phone.invalid"));
            }
            if (form.contactName() != null && form.contactName().strip().length() > 200) {
                problems.add(new BusinessException("contactName", "registration.fullName.tooLong"));
            }
            boolean signedIn = scope.caller().filter(u -> !u.isStaff()).isPresent();
            boolean reachable = blank(form.contactEmail()) == null && blank(form.contactPhone()) == null && !signedIn;
            if (type != null && type.needsContact(false) && reachable) {
                problems.add(new BusinessException("contactEmail", "petition.contact.required"));
            }
            if (!form.privacyConsent()) {
                problems.add(new BusinessException("privacyConsent", "report.consent.required"));
            }
        }
        if (form.receivedAt() != null && form.receivedAt().isAfter(OffsetDateTime.now(clock))) {
            problems.add(new BusinessException("receivedAt", "petition.receivedAt.future"));
        }
        try {
            files.addAll(AttachmentCheck.checkAll(form.attachments(), ATTACHMENTS));
        } catch (InvalidInputException refused) {
            problems.addAll(refused.getProblems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return department;
    }

    private static void text(List<BusinessException> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new BusinessException(field, "petition." + field + ".required"));
        } else if (value.strip().length() > max) {
            problems.add(new BusinessException(field, "petition." + field + ".tooLong", max));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void logIfLost(Folio folio) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.info(() -> "Folio " + folio + " was taken by an intake that did not complete; it stays unused");
                }
            }
        });
    }
}
