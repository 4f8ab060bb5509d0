package org.puente.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * The files a filer attached, for the staff who work his petition: the list on its page and each file's
 * download, which is written in the audit log as opening the filer's data is. Whoever may not open the
 * petition is refused ({@link PetitionAccess}); whoever works it but may not see a reserved filer is refused
 * the files too ({@link Petition#attachmentsVisibleTo}), since they can name him.
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class PetitionAttachments {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PetitionAccess access;

    @EJB
    private AuditLog audit;

    /** The petition's attachments as its page lists them to the caller. */
    public AttachmentList listOf(String folio) {
        Petition p = access.byFolio(folio);
        List<AttachmentSummary> all = summariesOf(em, p);
        boolean visible = p.attachmentsVisibleTo(access.caller());
        return new AttachmentList(all.size(), visible, visible ? all : List.of());
    }

    /**
     * Attachment {@code n} (1 to 3) of the petition of this folio.
     *
     * @throws AccessDeniedException when the caller may not see it
     * @throws BusinessException     {@code error.notFound} when there is no such petition or attachment
     */
    public AttachmentFile download(String folio, int n) {
        Petition p = access.byFolio(folio);
        if (!p.attachmentsVisibleTo(access.caller())) {
            throw new AccessDeniedException();
        }
        PetitionAttachment a = em.createNamedQuery("PetitionAttachment.at", PetitionAttachment.class)
                .setParameter("petition", p)
                .setParameter("ordinal", n)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        audit.record(AuditAction.PETITION_ATTACHMENT_VIEWED, "petition", p.getFolio(), "attachment " + n);
        return new AttachmentFile(a.getFileName(), a.getContentType(), a.getData());
    }

    /** The attachments' numbers, names, types and sizes, without their bytes. */
    static List<AttachmentSummary> summariesOf(EntityManager em, Petition p) {
        return em.createNamedQuery("PetitionAttachment.summariesOf", AttachmentSummary.class)
                .setParameter("petition", p)
                .getResultList();
    }
}
