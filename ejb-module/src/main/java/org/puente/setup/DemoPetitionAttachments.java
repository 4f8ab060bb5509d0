package org.puente.setup;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.logging.Logger;
import org.puente.casework.AttachmentType;
import org.puente.casework.CaseIdentity;
import org.puente.organization.Body;
import org.puente.petition.Petition;
import org.puente.petition.PetitionAttachment;
import org.puente.petition.PetitionChannel;

/**
 * A few of the demo's petitions filed on the web carry the letter their filer attached: a one-page PDF made
 * here with OpenPDF, so that the staff page lists it and downloads it, and the filer's tracking page names it.
 * Every fifth web petition with a named filer, at most six; deterministic like the rest of the demo.
 */
@Stateless
public class DemoPetitionAttachments {

    private static final Logger LOG = Logger.getLogger(DemoPetitionAttachments.class.getName());
    private static final int HOW_MANY = 6;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public int generate(Body municipality) {
        List<Petition> web = em.createQuery(
                        "select p from Petition p where p.body = :body and p.channel = :web and p.identity = :identified"
                                + " order by p.id",
                        Petition.class)
                .setParameter("body", municipality)
                .setParameter("web", PetitionChannel.WEB)
                .setParameter("identified", CaseIdentity.IDENTIFIED)
                .getResultList();
        int attached = 0;
        for (int i = 0; i < web.size() && attached < HOW_MANY; i += 5) {
            Petition p = web.get(i);
            em.persist(new PetitionAttachment(
                    p, 1, "escrito-" + p.getFolio() + ".pdf", AttachmentType.PDF, letter(p), p.getReceivedAt()));
            attached++;
        }
        int count = attached;
        LOG.info(() -> "Demo petition attachments: " + count + " letters");
        return attached;
    }

    /** A one-page letter: the folio's petition, its subject and a line of greeting, as a citizen might write. */
    static byte[] letter(Petition p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Escrito de petición", new Font(Font.HELVETICA, 14, Font.BOLD)));
            document.add(new Paragraph(p.getBody().getName()));
            document.add(new Paragraph("Asunto: " + p.getSubject()));
            document.add(new Paragraph(
                    "Por medio del presente solicito atentamente que se atienda lo descrito en mi petición."
                            + " Agradezco de antemano su atención."));
        } catch (DocumentException e) {
            throw new IllegalStateException("The demo letter could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
