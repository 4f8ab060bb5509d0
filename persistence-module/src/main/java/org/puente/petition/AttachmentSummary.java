package org.puente.petition;

import org.puente.casework.AttachmentType;

/** What is shown of a petition's attachment without its bytes: its number, name, detected type and size. */
public record AttachmentSummary(int ordinal, String fileName, String contentType, int size) {

    /** The size in kilobytes, rounded up (a 1-byte file is 1 KB). */
    public int kilobytes() {
        return (size + 1023) / 1024;
    }

    /** "PDF", "JPEG" or "PNG". */
    public String kind() {
        AttachmentType type = AttachmentType.ofContentType(contentType);
        return type == null ? contentType : type.name();
    }
}
