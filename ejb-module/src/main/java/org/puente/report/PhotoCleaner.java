package org.puente.report;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.puente.platform.BusinessException;

/**
 * Every photo a citizen or an agent uploads is decoded and written again before it is kept: the new
 * file holds the pixels only, so the EXIF block (the GPS position where it was taken, the phone's
 * serial number, the owner's name some cameras write) and any other metadata or trailing bytes are
 * gone. The EXIF orientation is applied to the pixels first (read with metadata-extractor), so a
 * photo taken upright stays upright; a photo larger than {@link #MAX_SIDE} pixels on its long side is
 * decoded subsampled, which also bounds the memory a crafted image can claim.
 */
public final class PhotoCleaner {

    /** The long side kept: enough to see a pothole or a broken lamp, a fraction of a phone's 4000 px. */
    public static final int MAX_SIDE = 2048;

    /** A declared size beyond this is refused before decoding (a "decompression bomb"). */
    static final long MAX_PIXELS = 100_000_000L;

    private static final float JPEG_QUALITY = 0.85f;

    /** What is kept: the type and the re-encoded bytes. */
    public record Clean(PhotoType type, byte[] data) {}

    private PhotoCleaner() {}

    /**
     * @param field the form field a refusal names
     * @throws BusinessException {@code report.photo.type} when the bytes are not a JPEG or PNG,
     *                           {@code report.photo.unreadable} when they cannot be decoded
     */
    public static Clean clean(byte[] data, String field) {
        PhotoType type = PhotoType.of(data);
        if (type == null) {
            throw new BusinessException(field, "report.photo.type");
        }
        try {
            BufferedImage image = upright(decode(data), orientation(data));
            return new Clean(type, encode(image, type));
        } catch (IOException | RuntimeException e) {
            throw new BusinessException(field, "report.photo.unreadable");
        }
    }

    private static BufferedImage decode(byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw new IOException("declared size " + width + "x" + height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return scaled(image);
            } finally {
                reader.dispose();
            }
        }
    }

    /** After subsampling by a whole step the long side may still exceed MAX_SIDE a little. */
    private static BufferedImage scaled(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= MAX_SIDE) {
            return rgb(image);
        }
        double f = (double) MAX_SIDE / longSide;
        int w = Math.max(1, (int) Math.round(image.getWidth() * f));
        int h = Math.max(1, (int) Math.round(image.getHeight() * f));
        BufferedImage out = new BufferedImage(
                w, h, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** ImageIO's JPEG writer refuses images with alpha and some indexed models: draw onto plain RGB(A). */
    private static BufferedImage rgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(
                image.getWidth(),
                image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    static int orientation(byte[] data) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(data));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (ImageProcessingException | IOException | MetadataException e) {
            // No readable EXIF: the pixels are taken as they are.
        }
        return 1;
    }

    /** Turns the pixels the way EXIF orientation {@code o} says the camera held them. */
    static BufferedImage upright(BufferedImage image, int o) {
        if (o == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> {
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> {
                t.rotate(Math.PI / 2);
                t.scale(1, -1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {
                return image;
            }
        }
        BufferedImage out = new BufferedImage(
                swap ? h : w,
                swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image, PhotoType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (type == PhotoType.PNG) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            BufferedImage opaque = image;
            if (image.getColorModel().hasAlpha()) {
                opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = opaque.createGraphics();
                g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                g.dispose();
            }
            writer.write(null, new IIOImage(opaque, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
