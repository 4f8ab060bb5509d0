package org.puente.petition;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseDocuments;
import org.puente.casework.CaseIdentity;
import org.puente.notification.NotificationService;
import org.puente.platform.Bundles;
import org.puente.platform.Links;

/**
 * What the filer (and, at receipt, the department) is told by e-mail after a step on a petition, observing
 * {@link PetitionChanged} inside the step's transaction, so an e-mail exists exactly when its step was
 * committed. The filer gets the acuse at receipt and the response with their PDFs attached, and a word on
 * every other public step. The department's notice never carries the filer's identity or words (a reserved
 * identity is seen by the intake desk only). Templates: {@code petition.*} in the mail bundle.
 */
@Stateless
public class PetitionMail {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private CaseDocuments documents;

    @EJB
    private CaseClocks clocks;

    @Inject
    private RateLimits limits;

    @Inject
    private Links links;

    public void changed(@Observes PetitionChanged change) {
        Petition p = em.find(Petition.class, change.petitionId());
        if (p == null || NotificationService.silenced()) {
            return;
        }
        switch (change.kind()) {
            case RECEIVED -> received(p);
            case RESPONDED -> toFiler(
                    p,
                    "petition.responded",
                    CaseDocuments.fileName("respuesta", p),
                    documents.response(p),
                    p.getResponse());
            case EXTENDED -> toFiler(p, "petition.extended", null, null, lastText(p, change.kind()));
            case PREVENTION -> toFiler(p, "petition.prevention", null, null, lastText(p, change.kind()), answerDue(p));
            case REFERRED -> toFiler(p, "petition.referred", null, null, lastText(p, change.kind()));
            case DUE_MOVED, WITHDRAWN -> toFiler(
                    p, "petition." + change.kind().name().toLowerCase(), null, null);
            default -> {
                // routing, assignment, notes and the citizen's own steps: nobody is written to
            }
        }
    }

    private void received(Petition p) {
        String to = p.replyAddress();
        if (to != null
                && (!unconfirmed(p, to)
                        || limits.take(Limit.UNCONFIRMED_MAIL, to).allowed())) {
            toFiler(p, "petition.received", CaseDocuments.fileName("acuse", p), documents.acuse(p), firstCounted(p));
        }
        if (p.getDepartment() != null) {
            notifications.enqueue(
                    p.getDepartment().getEmail(),
                    "petition.new",
                    p.getFolio(),
                    typeName(p),
                    p.getDepartment().getName(),
                    due(p),
                    links.base(),
                    String.valueOf(p.getId()),
                    Bundles.text(
                            CaseDocuments.BUNDLE_NAME,
                            Bundles.SPANISH,
                            "identity." + p.getIdentity().name()));
        }
    }

    /**
     * The rule of report receipts, kept for petitions: an address nobody confirmed (typed in the public form,
     * not a signed-in citizen's own) gets at most one acuse a day, so the form cannot mail-bomb a stranger.
     */
    static boolean unconfirmed(Petition p, String address) {
        return p.getChannel() != PetitionChannel.PHONE
                && (p.getCitizen() == null
                        || !address.equalsIgnoreCase(p.getCitizen().getEmail()));
    }

    /** {0} folio, {1} type, {2} body, {3} due, {4} tracking address, then the template's own arguments. */
    private void toFiler(Petition p, String template, String fileName, byte[] pdf, Object... more) {
        String to = p.replyAddress();
        if (to == null || p.getIdentity() == CaseIdentity.ANONYMOUS) {
            return;
        }
        Object[] args = new Object[5 + more.length];
        args[0] = p.getFolio();
        args[1] = typeName(p);
        args[2] = p.getBody().getName();
        args[3] = due(p);
        args[4] = links.to("/seguimiento?folio=" + p.getFolio());
        System.arraycopy(more, 0, args, 5, more.length);
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i] == null ? "" : args[i];
        }
        if (pdf == null) {
            notifications.enqueue(to, template, args);
        } else {
            notifications.enqueueWithAttachment(to, template, fileName, CaseDocuments.PDF, pdf, args);
        }
    }

    private static String typeName(Petition p) {
        return Bundles.text(
                CaseDocuments.BUNDLE_NAME, Bundles.SPANISH, p.getType().messageKey());
    }

    private static String due(Petition p) {
        OffsetDateTime due = p.getClock().getDueAt();
        return due == null
                ? Bundles.text(CaseDocuments.BUNDLE_NAME, Bundles.SPANISH, "document.dueAt.paused")
                : CaseDocuments.when(due, p.getBody().getTimeZone());
    }

    private String firstCounted(Petition p) {
        var day = clocks.clockOf(p.getBody()).read(p.getClock().clock()).firstCounted();
        return day == null ? "" : CaseDocuments.day(day);
    }

    private String answerDue(Petition p) {
        var legal = clocks.clockOf(p.getBody());
        var clock = p.getClock().clock();
        ZoneId zone = p.getBody().getTimeZone();
        return clock.isPaused() ? CaseDocuments.when(clock.answerDue(legal), zone) : "";
    }

    private static String lastText(Petition p, PetitionEntry.Kind kind) {
        String text = null;
        for (PetitionEntry e : p.getHistory()) {
            if (e.getKind() == kind) {
                text = e.getText();
            }
        }
        return text;
    }
}
