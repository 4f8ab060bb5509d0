package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * The content check of what a citizen attaches, on real files made here: a one-page PDF written with OpenPDF,
 * a text file renamed .pdf, a PNG carrying a GPS position in its EXIF, a PDF with junk after its end, an empty
 * file, a GIF, a file that starts like a PDF and is not one, one too large and one too many.
 */
class AttachmentCheckTest {

    private static final String FIELD = "attachments";

    @Test
    void aRealPdfIsKeptAsItCame() throws Exception {
        byte[] pdf = pdf("Solicito la poda del fresno de mi calle.");
        AttachmentCheck.Checked checked =
                AttachmentCheck.check(new Upload("oficio.pdf", "application/pdf", pdf), FIELD);
        assertEquals(AttachmentType.PDF, checked.type());
        assertEquals("oficio.pdf", checked.fileName());
        assertArrayEquals(pdf, checked.data(), "a PDF that ends at its %%EOF is kept byte for byte");
    }

    @Test
    void aPdfIsAPdfWhateverItIsCalled() throws Exception {
        AttachmentCheck.Checked checked =
                AttachmentCheck.check(new Upload("foto.jpg", "image/jpeg", pdf("Carta")), FIELD);
        assertEquals(AttachmentType.PDF, checked.type(), "the content decides, not the name");
    }

    @Test
    void aTextFileRenamedPdfIsRefusedAsNotAPdf() {
        byte[] text = "Hola, esto es un archivo de texto y no un PDF.\n".getBytes(StandardCharsets.UTF_8);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> AttachmentCheck.check(new Upload("carta.pdf", "application/pdf", text), FIELD));
        assertEquals("attachment.pdf.fake", refused.getMessageKey());
        assertEquals(FIELD, refused.getField());
        assertEquals("carta.pdf", refused.getArguments()[0]);
        BusinessException declared = assertThrows(
                BusinessException.class,
                () -> AttachmentCheck.check(new Upload("carta", "application/pdf", text), FIELD));
        assertEquals("attachment.pdf.fake", declared.getMessageKey(), "declared a PDF by its browser");
        BusinessException plain = assertThrows(
                BusinessException.class,
                () -> AttachmentCheck.check(new Upload("notas.txt", "text/plain", text), FIELD));
        assertEquals("attachment.type", plain.getMessageKey(), "not said to be a PDF: an unsupported type");
    }

    @Test
    void aPngLosesItsGpsPositionAndKeepsItsPixels() throws Exception {
        byte[] png = pngWithGps();
        assertTrue(contains(png, "eXIf"), "the test PNG carries an EXIF chunk");
        assertTrue(contains(png, "PuenteCam"), "with its camera's name");

        AttachmentCheck.Checked checked = AttachmentCheck.check(new Upload("bache.png", "image/png", png), FIELD);

        assertEquals(AttachmentType.PNG, checked.type());
        assertFalse(contains(checked.data(), "eXIf"), "no EXIF chunk is left");
        assertFalse(contains(checked.data(), "PuenteCam"));
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(checked.data()));
        assertEquals(40, kept.getWidth());
        assertEquals(20, kept.getHeight());
        assertEquals(Color.RED.getRGB(), kept.getRGB(5, 10));
        assertEquals(Color.BLUE.getRGB(), kept.getRGB(35, 10));
    }

    @Test
    void whatFollowsAPdfsLastEndIsCutOff() throws Exception {
        byte[] pdf = pdf("Carta con cola");
        byte[] junk = "PK\u0003\u0004 un zip escondido detrás del PDF".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withJunk = Arrays.copyOf(pdf, pdf.length + junk.length);
        System.arraycopy(junk, 0, withJunk, pdf.length, junk.length);

        AttachmentCheck.Checked checked = AttachmentCheck.check(new Upload("carta.pdf", null, withJunk), FIELD);

        assertEquals(AttachmentType.PDF, checked.type());
        assertArrayEquals(pdf, checked.data(), "kept up to its %%EOF line, without the junk");
        PdfReader reader = new PdfReader(checked.data());
        assertEquals(1, reader.getNumberOfPages());
        reader.close();
    }

    @Test
    void aFileThatStartsLikeAPdfAndIsNotOneIsRefusedAsBroken() {
        byte[] fake = "%PDF-1.7\nesto no es un PDF de verdad\n".getBytes(StandardCharsets.US_ASCII);
        BusinessException refused = assertThrows(
                BusinessException.class, () -> AttachmentCheck.check(new Upload("x.pdf", null, fake), FIELD));
        assertEquals("attachment.pdf.broken", refused.getMessageKey());
    }

    @Test
    void anEmptyFileAGifABrokenImageAndOneTooLargeAreRefusedEachWithItsName() throws Exception {
        assertEquals(
                "attachment.empty",
                assertThrows(
                                BusinessException.class,
                                () -> AttachmentCheck.check(
                                        new Upload("vacio.pdf", "application/pdf", new byte[0]), FIELD))
                        .getMessageKey());
        BusinessException gif = assertThrows(
                BusinessException.class,
                () -> AttachmentCheck.check(
                        new Upload(
                                "animado.gif", "image/gif", "GIF89a............".getBytes(StandardCharsets.US_ASCII)),
                        FIELD));
        assertEquals("attachment.type", gif.getMessageKey());
        assertEquals("animado.gif", gif.getArguments()[0]);
        byte[] truncated = Arrays.copyOf(png(), 40);
        assertEquals(
                "attachment.image.broken",
                assertThrows(
                                BusinessException.class,
                                () -> AttachmentCheck.check(new Upload("rota.png", null, truncated), FIELD))
                        .getMessageKey());
        byte[] big = Arrays.copyOf(pdf("Grande"), 5 * 1024 * 1024 + 1);
        BusinessException tooLarge = assertThrows(
                BusinessException.class, () -> AttachmentCheck.check(new Upload("grande.pdf", null, big), FIELD));
        assertEquals("attachment.tooLarge", tooLarge.getMessageKey());
        assertEquals(List.of("grande.pdf", 5), List.of(tooLarge.getArguments()));
    }

    @Test
    void allTheFilesOfAFormAreCheckedTogetherAndFourAreTooMany() throws Exception {
        Upload good = new Upload("oficio.pdf", null, pdf("Bien"));
        Upload fake = new Upload("falso.pdf", null, "no soy un PDF".getBytes(StandardCharsets.UTF_8));
        Upload empty = new Upload("vacio.png", null, new byte[0]);
        InvalidInputException two = assertThrows(
                InvalidInputException.class, () -> AttachmentCheck.checkAll(List.of(good, fake, empty), FIELD));
        assertEquals(
                List.of("attachment.pdf.fake", "attachment.empty"),
                two.getProblems().stream().map(BusinessException::getMessageKey).toList());
        InvalidInputException four = assertThrows(
                InvalidInputException.class, () -> AttachmentCheck.checkAll(List.of(good, good, good, good), FIELD));
        assertEquals("attachment.tooMany", four.getProblems().get(0).getMessageKey());
        assertEquals(
                3, AttachmentCheck.checkAll(List.of(good, good, good), FIELD).size());
        assertEquals(List.of(), AttachmentCheck.checkAll(null, FIELD));
    }

    @Test
    void theEndOfAPdfIsItsLastEofLine() {
        byte[] twice = "%PDF-1.4\n%%EOF\nupdate\n%%EOF\r\njunk".getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                "%PDF-1.4\n%%EOF\nupdate\n%%EOF\r\n",
                new String(AttachmentCheck.upToLastEof(twice), StandardCharsets.US_ASCII),
                "an incremental update is kept");
        byte[] none = "%PDF-1.4 sin fin".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(none, AttachmentCheck.upToLastEof(none));
    }

    // ---------------------------------------------------------------------------------------------

    /** A one-page PDF written with OpenPDF. */
    static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A 40 × 20 PNG whose left half is red and right half blue. */
    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG with an eXIf chunk right after IHDR: Make "PuenteCam" and a GPS IFD with latitude 19°15' N. */
    static byte[] pngWithGps() throws Exception {
        ByteBuffer t = ByteBuffer.allocate(124);
        t.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        t.putShort((short) 2);
        t.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(50); // Make, ASCII, 10 bytes at 50
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70); // GPS IFD at 70
        t.putInt(0);
        t.position(50);
        t.put("PuenteCam\0".getBytes(StandardCharsets.US_ASCII));
        t.position(70);
        t.putShort((short) 2);
        t.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(100); // latitude, 3 rationals at 100
        t.putInt(0);
        t.position(100);
        t.putInt(19).putInt(1).putInt(15).putInt(1).putInt(0).putInt(1);
        byte[] exif = t.array();
        byte[] png = png();
        ByteBuffer chunk = ByteBuffer.allocate(12 + exif.length);
        chunk.putInt(exif.length)
                .put("eXIf".getBytes(StandardCharsets.US_ASCII))
                .put(exif);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + exif.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, 33);
        System.arraycopy(chunk.array(), 0, out, 33, chunk.capacity());
        System.arraycopy(png, 33, out, 33 + chunk.capacity(), png.length - 33);
        return out;
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }
}
