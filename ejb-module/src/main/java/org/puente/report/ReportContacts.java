package org.puente.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.casework.Folio;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;

/**
 * ARCO rectification of the contact a citizen gave on his own reports: only a report he filed signed in,
 * only while it is open (a finished report keeps the record as it was filed), under the intake's rules
 * for each field. The change goes to the audit log and never to the report's history, which is public.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class ReportContacts {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @Inject
    private AuditLog audit;

    /** The contact of one of the caller's reports, if the folio is one of his. */
    public Optional<Contact> contactOf(String folio) {
        return own(folio).map(ServiceReport::getContact);
    }

    /** Corrects the contact of one of the caller's open reports; a folio not his is unknown to him. */
    public void correct(String folio, String name, String email, String phone) {
        ServiceReport report = own(folio).orElseThrow(() -> new BusinessException("account.contact.unknown"));
        List<BusinessException> problems = new ArrayList<>();
        if (name != null && name.strip().length() > 200) {
            problems.add(new BusinessException("contactName", "registration.fullName.tooLong"));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
        }
        if (phone != null
                && !phone.isBlank()
                && !ReportIntake.PHONE.matcher(phone.strip()).matches()) {
            problems.add(new BusinessException("contactPhone", "report.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.get(0) : new InvalidInputException(problems);
        }
        try {
            report.correctContact(new Contact(name, email, phone));
        } catch (IllegalStateException finished) {
            throw new BusinessException(null, "account.contact.finished", report.getFolio());
        }
        audit.record(AuditAction.PERSONAL_DATA_CORRECTED, "report", report.getFolio(), "contact");
    }

    private Optional<ServiceReport> own(String folio) {
        UserAccount me = scope.caller().orElse(null);
        if (me == null || !Folio.looksLikeOne(folio)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                .setParameter("folio", Folio.parse(folio).toString())
                .getResultStream()
                .filter(r -> r.getCitizen() != null && r.getCitizen().getId().equals(me.getId()))
                .findFirst();
    }
}
