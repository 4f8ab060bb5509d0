package org.puente.casework;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.puente.petition.AttachmentSummary;
import org.puente.petition.Petition;
import org.puente.petition.PetitionEntry;
import org.puente.petition.PetitionStatus;
import org.puente.platform.Bundles;
import org.puente.platform.Links;

/**
 * The documents of a case as PDF (OpenPDF): the acuse de recibo (folio, body, type, when it was received,
 * when its term starts counting, its due date and how to track it; never a word the citizen wrote) and the
 * written response (folio, type, date, the response and the unit that gave it). The download servlets and
 * the e-mails use these same bytes. Words come from {@code org/puente/casework/documents.properties}, dates
 * are written in the body's time zone.
 */
@Stateless
public class CaseDocuments {

    public static final String BUNDLE_NAME = "org.puente.casework.documents";
    public static final String PDF = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    @EJB
    private CaseClocks clocks;

    @Inject
    private Links links;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** The acuse de recibo of a petition, as its body's clock reads it now, with the files received with it. */
    public byte[] acuse(Petition petition) {
        LocalDate firstCounted = clocks.clockOf(petition.getBody())
                .read(petition.getClock().clock())
                .firstCounted();
        List<String> attachments = em.createNamedQuery("PetitionAttachment.summariesOf", AttachmentSummary.class)
                .setParameter("petition", petition)
                .getResultStream()
                .map(AttachmentSummary::fileName)
                .toList();
        return acuse(petition, firstCounted, links.to("/seguimiento"), attachments);
    }

    /** The written response of an answered petition. */
    public byte[] response(Petition petition) {
        return renderResponse(petition);
    }

    /** The file name of a petition's document ("acuse-MET-PQR-2026-000001.pdf"). */
    public static String fileName(String kind, Petition petition) {
        return kind + "-" + petition.getFolio() + ".pdf";
    }

    /** The acuse, from what the engine read (the first counted day) and the tracking page's address. */
    static byte[] acuse(Petition petition, LocalDate firstCounted, String trackingUrl) {
        return acuse(petition, firstCounted, trackingUrl, List.of());
    }

    /**
     * The acuse, with the number and names of the files received with the petition (the acuse goes to its
     * filer only, who sent them).
     */
    static byte[] acuse(Petition petition, LocalDate firstCounted, String trackingUrl, List<String> attachments) {
        ZoneId zone = petition.getBody().getTimeZone();
        OffsetDateTime due = petition.getClock().getDueAt();
        return render(document -> {
            document.add(new Paragraph(text("document.acuse.title"), TITLE));
            document.add(new Paragraph(
                    text("document.acuse.intro", petition.getBody().getName()), TEXT));
            PdfPTable facts = facts();
            row(facts, "document.folio", petition.getFolio());
            row(facts, "document.body", petition.getBody().getName());
            row(facts, "document.type", text(petition.getType().messageKey()));
            row(facts, "document.receivedAt", when(petition.getReceivedAt(), zone));
            row(facts, "document.firstCounted", firstCounted == null ? "" : day(firstCounted));
            row(facts, "document.dueAt", due == null ? text("document.dueAt.paused") : when(due, zone));
            row(
                    facts,
                    "document.attachments",
                    attachments.isEmpty()
                            ? text("document.attachments.none")
                            : text("document.attachments.some", attachments.size(), String.join(", ", attachments)));
            document.add(facts);
            document.add(new Paragraph(text("document.track.title"), LABEL));
            document.add(new Paragraph(
                    text(
                            petition.getTrackingCode() == null ? "document.track.account" : "document.track.code",
                            trackingUrl),
                    TEXT));
            document.add(new Paragraph(text("document.track.hours"), TEXT));
        });
    }

    static byte[] renderResponse(Petition petition) {
        if (petition.getStatus() != PetitionStatus.RESPONDIDA || petition.getResponse() == null) {
            throw new IllegalStateException("Only an answered petition has a written response");
        }
        ZoneId zone = petition.getBody().getTimeZone();
        String unit = answeringUnit(petition.getHistory());
        return render(document -> {
            document.add(new Paragraph(text("document.response.title"), TITLE));
            PdfPTable facts = facts();
            row(facts, "document.folio", petition.getFolio());
            row(facts, "document.body", petition.getBody().getName());
            row(facts, "document.type", text(petition.getType().messageKey()));
            row(facts, "document.receivedAt", when(petition.getReceivedAt(), zone));
            row(facts, "document.response.date", when(petition.getRespondedAt(), zone));
            row(
                    facts,
                    "document.response.unit",
                    unit == null ? petition.getBody().getName() : unit);
            document.add(facts);
            document.add(new Paragraph(text("document.response.text"), LABEL));
            document.add(new Paragraph(petition.getResponse(), TEXT));
        });
    }

    /** The unit named on the response's history entry (a department, or the body). */
    private static String answeringUnit(List<PetitionEntry> history) {
        String unit = null;
        for (PetitionEntry e : history) {
            if (e.getKind() == PetitionEntry.Kind.RESPONDED) {
                unit = e.getActorUnit();
            }
        }
        return unit;
    }

    private interface Content {
        void write(Document document) throws DocumentException;
    }

    private static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addCreator("Puente");
            document.open();
            content.write(document);
            Paragraph footer = new Paragraph(text("document.footer"), SMALL);
            footer.setSpacingBefore(24);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable facts() {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        return table;
    }

    private static void row(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Paragraph(text(labelKey), LABEL));
        label.setPadding(5);
        PdfPCell cell = new PdfPCell(new Paragraph(value, TEXT));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(label);
        table.addCell(cell);
    }

    static String text(String key, Object... arguments) {
        return Bundles.text(BUNDLE_NAME, Bundles.SPANISH, key, arguments);
    }

    /** An instant as the documents write it, in the body's zone ("12 de enero de 2027, 18:00 h"). */
    public static String when(OffsetDateTime at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text("when"), Bundles.SPANISH).format(at.atZoneSameInstant(zone));
    }

    /** A day as the documents write it ("lunes 21 de diciembre de 2026"). */
    public static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(text("day"), Bundles.SPANISH).format(day);
    }
}
