package org.puente.report;

/** The image types a report accepts, recognised by their first bytes, never by the file name. */
public enum PhotoType {
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String contentType;

    PhotoType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the bytes really are, or null when they are neither a JPEG nor a PNG. */
    public static PhotoType of(byte[] data) {
        if (data == null || data.length < 8) {
            return null;
        }
        if ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if ((data[0] & 0xFF) == 0x89
                && data[1] == 'P'
                && data[2] == 'N'
                && data[3] == 'G'
                && data[4] == 0x0D
                && data[5] == 0x0A
                && data[6] == 0x1A
                && data[7] == 0x0A) {
            return PNG;
        }
        return null;
    }
}
