package org.puente.web.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.platform.BusinessException;

/**
 * A petition form's files between rounds: counted before any is read (four are refused, the held ones stay),
 * kept with their names, and after a refusal only the files the content check refuses are let go; and the
 * download's Content-Disposition, which names the file in ASCII and in UTF-8.
 */
class HeldAttachmentsTest {

    private static final byte[] PDF = pdf();

    @Test
    void fourFilesAreRefusedBeforeAnyIsReadAndTheHeldOnesStay() {
        HeldAttachments held = new HeldAttachments();
        assertNull(held.choose(List.of(part("uno.pdf", PDF))));
        BusinessException tooMany = held.choose(
                List.of(part("a.pdf", PDF), part("b.pdf", PDF), part("c.pdf", PDF), new FakePart("d.pdf", PDF, true)));
        assertEquals("attachment.tooMany", tooMany.getMessageKey());
        assertEquals("attachments", tooMany.getField());
        assertEquals(List.of("uno.pdf"), held.names(), "the unreadable fourth part was never read");
    }

    @Test
    void choosingNoneKeepsTheHeldFilesAndACutUploadIsSaidSo() {
        HeldAttachments held = new HeldAttachments();
        assertNull(
                held.choose(List.of(part("uno.pdf", PDF), part("dos.txt", "hola".getBytes(StandardCharsets.UTF_8)))));
        assertNull(held.choose(null));
        assertNull(held.choose(List.of(part("", new byte[0]))), "an empty part is no choice");
        assertEquals(List.of("uno.pdf", "dos.txt"), held.names());
        assertEquals(
                "attachment.unreadable",
                held.choose(List.of(new FakePart("x.pdf", PDF, true))).getMessageKey());
        assertEquals(2, held.uploads().size());
    }

    @Test
    void afterARefusalOnlyTheRefusedFilesAreLetGo() {
        HeldAttachments held = new HeldAttachments();
        held.choose(List.of(part("carta.pdf", "solo texto".getBytes(StandardCharsets.UTF_8)), part("oficio.pdf", PDF)));
        held.dropRefused();
        assertEquals(List.of("oficio.pdf"), held.names());
        held.drop();
        assertEquals(List.of(), held.names());
    }

    @Test
    void theDownloadNamesTheFileInAsciiAndInUtf8() {
        assertEquals(
                "attachment; filename=\"oficio _u_ez.pdf\"; filename*=UTF-8''oficio%20%C3%91u%C3%B1ez.pdf",
                PetitionAttachmentServlet.disposition("oficio Ñuñez.pdf"));
        assertEquals(
                "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf",
                PetitionAttachmentServlet.disposition("a\"b.pdf"));
    }

    /** A one-page PDF written with OpenPDF. */
    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Oficio"));
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static FakePart part(String name, byte[] data) {
        return new FakePart(name, data, false);
    }

    /** An upload in memory; a broken one fails when read. */
    private record FakePart(String fileName, byte[] data, boolean broken) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            if (broken) {
                throw new IOException("the upload was cut off");
            }
            return new ByteArrayInputStream(data);
        }

        @Override
        public long getSize() {
            return data.length;
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getName() {
            return "attachments";
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public void write(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
