package org.puente.engagement;

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
import java.util.regex.Pattern;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.Steps;

/**
 * An Enlace files a request for a chat or forum for his unit (the "oficio" of seed 000), with its
 * scanned letter: every problem of the form is reported at once, on its field; the request gets its
 * folio (ADEM-2026-0001) and the evaluators are told.
 */
@Stateless
@RolesAllowed("ENLACE")
public class RequestIntake {

    /** Engagement folios have four digits: ADEM-2026-0001. */
    static final int FOLIO_DIGITS = 4;

    private static final Pattern PHONE = Pattern.compile("^[0-9 ()+-]{7,20}$");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private EngagementAccess access;

    @EJB
    private ProposalCheck proposals;

    @EJB
    private AgencyBody agency;

    @EJB
    private FolioNumbers numbers;

    @EJB
    private EngagementMail mail;

    @Inject
    private Clock clock;

    /** Files a request for the caller's unit; every problem of the form is reported at once, on its field. */
    public RequestReceipt file(NewRequest form) {
        UserAccount enlace = access.caller();
        if (!enlace.hasRole(Role.ENLACE) || enlace.getDepartment() == null) {
            throw new AccessDeniedException();
        }
        List<BusinessException> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new BusinessException("kind", "engagement.kind.required"));
        } else {
            problems.addAll(proposals.problems(form.kind(), form.topics(), form.schedule()));
        }
        UserAccount expertAccount = expertAccount(form, problems);
        if (!blank(form.expertPhone())
                && !PHONE.matcher(form.expertPhone().strip()).matches()) {
            problems.add(new BusinessException("expertPhone", "engagement.expert.phone.invalid"));
        }
        if (form.notes() != null && form.notes().strip().length() > EngagementRequest.MAX_NOTES) {
            problems.add(new BusinessException("notes", "engagement.notes.tooLong", EngagementRequest.MAX_NOTES));
        }
        checkLetter(form, problems);
        ProposalCheck.requireNone(problems);

        ExpertContact contact = expertAccount != null
                ? new ExpertContact(
                        expertAccount.getFullName(),
                        form.expertPosition(),
                        expertAccount.getEmail() == null
                                ? expertAccount.getUsername() + "@sin-correo.invalid"
                                : expertAccount.getEmail(),
                        form.expertPhone())
                : new ExpertContact(form.expertName(), form.expertPosition(), form.expertEmail(), form.expertPhone());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String folio = nextFolio(now);
        UserAccount expert = expertAccount;
        EngagementRequest request = Steps.attempt(
                "engagement",
                () -> new EngagementRequest(
                        folio,
                        form.kind(),
                        enlace,
                        form.topics(),
                        form.schedule().toSchedule(form.kind()),
                        contact,
                        expert,
                        form.notes(),
                        now));
        em.persist(request);
        if (form.letter() != null) {
            em.persist(new EngagementLetter(request, form.letterName(), form.letter()));
        }
        mail.filed(request);
        return new RequestReceipt(request.getId(), folio);
    }

    /** The expert's existing account, when the form names one; otherwise checks the new person's contact. */
    private UserAccount expertAccount(NewRequest form, List<BusinessException> problems) {
        if (form.expertAccountId() != null) {
            UserAccount account = em.find(UserAccount.class, form.expertAccountId());
            if (account == null || !account.hasRole(Role.EXPERTO) || !account.isActive()) {
                problems.add(new BusinessException("expert", "engagement.expert.unknown"));
                return null;
            }
            return account;
        }
        if (blank(form.expertName())) {
            problems.add(new BusinessException("expertName", "engagement.expert.name.required"));
        }
        if (!EmailAddress.isValid(form.expertEmail())) {
            problems.add(new BusinessException("expertEmail", "engagement.expert.email.invalid"));
        }
        return null;
    }

    private static void checkLetter(NewRequest form, List<BusinessException> problems) {
        if (form.letter() == null) {
            return;
        }
        if (form.letter().length > EngagementLetter.MAX_BYTES) {
            problems.add(new BusinessException(
                    "letter", "engagement.letter.tooBig", EngagementLetter.MAX_BYTES / (1024 * 1024)));
        } else if (!EngagementLetter.isPdf(form.letter())) {
            problems.add(new BusinessException("letter", "engagement.letter.notPdf"));
        }
    }

    /** The agency's next engagement folio of the year (agency time), from the shared numbering. */
    private String nextFolio(OffsetDateTime now) {
        Body body = agency.get();
        int year = now.atZoneSameInstant(body.getTimeZone()).getYear();
        return new Folio(body.getCode(), year, numbers.next(FolioNumbers.Series.ENGAGEMENT, body, year))
                .withDigits(FOLIO_DIGITS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
