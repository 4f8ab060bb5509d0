package org.puente.web.petition;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.puente.casework.AttachmentCheck;
import org.puente.casework.AttachmentType;
import org.puente.casework.Upload;
import org.puente.petition.PetitionAttachment;
import org.puente.petition.PetitionIntake;
import org.puente.platform.BusinessException;
import org.puente.web.platform.HeldUploads;

/**
 * The files a petition form (the public one and the phone intake) holds until the petition is filed, as the
 * report form holds its photos ({@link HeldUploads}: counted before they are read, kept across rounds). When
 * the intake refuses the petition, the files it refused are let go (their message names each) and the good
 * ones stay for the next round, with everything else the citizen typed.
 */
class HeldAttachments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HeldUploads files =
            new HeldUploads(PetitionAttachment.MAX_PER_PETITION, PetitionAttachment.MAX_BYTES);

    /** Holds the newly chosen files; the refusal when they cannot be held (too many, cut off), else null. */
    BusinessException choose(List<Part> chosen) {
        return switch (files.choose(chosen)) {
            case TOO_MANY -> new BusinessException(
                    PetitionIntake.ATTACHMENTS, "attachment.tooMany", PetitionAttachment.MAX_PER_PETITION);
            case UNREADABLE -> new BusinessException(PetitionIntake.ATTACHMENTS, "attachment.unreadable");
            case HELD -> null;
        };
    }

    /** The held files as the intake takes them. */
    List<Upload> uploads() {
        return files.all().stream()
                .map(h -> new Upload(h.fileName(), h.declaredType(), h.data()))
                .toList();
    }

    /** After a refusal: lets go of the files the content check refuses. */
    void dropRefused() {
        files.dropIf(h -> {
            try {
                AttachmentCheck.check(new Upload(h.fileName(), h.declaredType(), h.data()), PetitionIntake.ATTACHMENTS);
                return false;
            } catch (BusinessException refused) {
                return true;
            }
        });
    }

    /** The held files' names as they will be kept (cleaned as {@link PetitionAttachment#sanitise} does). */
    List<String> names() {
        List<HeldUploads.Held> all = files.all();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            AttachmentType type = AttachmentType.of(all.get(i).data());
            names.add(PetitionAttachment.sanitise(
                    all.get(i).fileName(), i + 1, type == null ? AttachmentType.PDF : type));
        }
        return names;
    }

    void drop() {
        files.drop();
    }
}
