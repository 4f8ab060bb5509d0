package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.puente.platform.BusinessException;

class PhotoCleanerTest {

    /** A 40 × 20 photo whose left half is red and right half blue. */
    private static BufferedImage halves() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        return image;
    }

    private static byte[] bytes(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * An EXIF APP1 segment written by hand (big-endian TIFF): IFD0 with Orientation 6 (the camera
     * was turned 90° clockwise), Make "PuenteCam SN-0042" and a GPS IFD with latitude 19.2549 N.
     */
    private static byte[] exif() {
        ByteBuffer t = ByteBuffer.allocate(200);
        t.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: three entries, then the next-IFD offset.
        t.putShort((short) 3);
        t.putShort((short) 0x010F).putShort((short) 2).putInt(18).putInt(50); // Make, ASCII, 18 bytes at 50
        t.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70); // GPS IFD at 70
        t.putInt(0);
        t.position(50);
        t.put("PuenteCam SN-0042\0".getBytes(StandardCharsets.US_ASCII));
        t.position(70);
        t.putShort((short) 2);
        t.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(100); // latitude, 3 rationals at 100
        t.putInt(0);
        t.position(100);
        t.putInt(19).putInt(1).putInt(15).putInt(1).putInt(1764).putInt(100);
        byte[] tiff = java.util.Arrays.copyOf(t.array(), 124);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff);
        return app1.array();
    }

    /** The JPEG with the EXIF segment inserted right after its SOI marker. */
    private static byte[] jpegWithExif() throws IOException {
        byte[] plain = bytes(halves(), "jpeg");
        byte[] app1 = exif();
        byte[] out = new byte[plain.length + app1.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
        return out;
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    @Test
    void theExifOfAPhotoGoesAndItsOrientationIsAppliedToThePixels() throws IOException {
        byte[] photo = jpegWithExif();
        assertTrue(contains(photo, "PuenteCam SN-0042"), "the test photo carries its camera's serial");
        assertEquals(6, PhotoCleaner.orientation(photo), "metadata-extractor reads the hand-written EXIF");

        PhotoCleaner.Clean clean = PhotoCleaner.clean(photo, "photos");

        assertEquals(PhotoType.JPEG, clean.type());
        assertFalse(contains(clean.data(), "Exif"), "no EXIF segment is left");
        assertFalse(contains(clean.data(), "PuenteCam"), "no camera serial is left");
        assertEquals(1, PhotoCleaner.orientation(clean.data()));
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(clean.data()));
        // Turned 90° clockwise: 20 wide, 40 high, the red left half now on top.
        assertEquals(20, kept.getWidth());
        assertEquals(40, kept.getHeight());
        assertTrue(reddish(kept.getRGB(10, 5)), "red on top");
        assertFalse(reddish(kept.getRGB(10, 35)), "blue below");
    }

    @Test
    void aPngKeepsItsPixelsAndLosesItsTextChunks() throws IOException {
        byte[] png = bytes(halves(), "png");
        byte[] withText =
                withChunk(png, "tEXt", "Author\0Juana Pérez Calle Girasol 123".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(contains(withText, "Girasol"));

        PhotoCleaner.Clean clean = PhotoCleaner.clean(withText, "photos");

        assertEquals(PhotoType.PNG, clean.type());
        assertFalse(contains(clean.data(), "Girasol"));
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(clean.data()));
        assertEquals(40, kept.getWidth());
        assertTrue(reddish(kept.getRGB(5, 10)));
    }

    @Test
    void aLargePhotoIsKeptAtMost2048PixelsOnItsLongSide() throws IOException {
        BufferedImage big = new BufferedImage(4100, 1000, BufferedImage.TYPE_INT_RGB);
        PhotoCleaner.Clean clean = PhotoCleaner.clean(bytes(big, "jpeg"), "photos");
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(clean.data()));
        assertEquals(2048, kept.getWidth());
        assertEquals(500, kept.getHeight());
    }

    @Test
    void whatIsNotAPhotoOrCannotBeDecodedIsRefused() throws IOException {
        BusinessException notAPhoto = assertThrows(
                BusinessException.class,
                () -> PhotoCleaner.clean("GIF89a............".getBytes(StandardCharsets.US_ASCII), "photos"));
        assertEquals("report.photo.type", notAPhoto.getMessageKey());
        assertEquals("photos", notAPhoto.getField());

        byte[] truncated = java.util.Arrays.copyOf(bytes(halves(), "png"), 40);
        BusinessException broken =
                assertThrows(BusinessException.class, () -> PhotoCleaner.clean(truncated, "evidence"));
        assertEquals("report.photo.unreadable", broken.getMessageKey());
        assertEquals("evidence", broken.getField());
    }

    @Test
    void aPngThatDeclares400MillionPixelsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = bytes(halves(), "png");
        // IHDR's data starts at byte 16: width and height, then its CRC over type and data at 29.
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, 20000).putInt(20, 20000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        b.putInt(29, (int) crc.getValue());
        BusinessException bomb = assertThrows(BusinessException.class, () -> PhotoCleaner.clean(png, "photos"));
        assertEquals("report.photo.unreadable", bomb.getMessageKey());
    }

    /** The PNG with one more chunk right after IHDR (which ends at byte 33). */
    private static byte[] withChunk(byte[] png, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, 33);
        System.arraycopy(chunk.array(), 0, out, 33, chunk.capacity());
        System.arraycopy(png, 33, out, 33 + chunk.capacity(), png.length - 33);
        assertArrayEquals(java.util.Arrays.copyOf(png, 8), java.util.Arrays.copyOf(out, 8));
        return out;
    }
}
