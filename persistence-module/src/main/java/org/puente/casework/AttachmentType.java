package org.puente.casework;

import java.nio.charset.StandardCharsets;
import org.puente.report.PhotoType;

/**
 * The kinds of file a citizen may attach to a case (a petition today): a PDF, or a JPEG or PNG image,
 * recognised by their first bytes, never by the file's name or the type its browser declared.
 */
public enum AttachmentType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String contentType;

    AttachmentType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the bytes really are, or null when they are none of these. */
    public static AttachmentType of(byte[] data) {
        if (data != null && data.length >= 5 && new String(data, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return PDF;
        }
        PhotoType photo = PhotoType.of(data);
        if (photo == null) {
            return null;
        }
        return photo == PhotoType.JPEG ? JPEG : PNG;
    }

    /** The type of a content type as stored ("application/pdf"), or null. */
    public static AttachmentType ofContentType(String contentType) {
        for (AttachmentType t : values()) {
            if (t.contentType.equals(contentType)) {
                return t;
            }
        }
        return null;
    }
}
