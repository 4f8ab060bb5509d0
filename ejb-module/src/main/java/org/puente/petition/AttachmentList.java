package org.puente.petition;

import java.util.List;

/**
 * A petition's attachments as its staff page lists them to one caller: how many there are, and their names
 * only when {@code visible} (a reserved filer's files are the intake desk's alone).
 */
public record AttachmentList(int count, boolean visible, List<AttachmentSummary> items) {

    public static AttachmentList none() {
        return new AttachmentList(0, true, List.of());
    }
}
