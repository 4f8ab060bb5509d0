package org.puente.petition;

import java.time.OffsetDateTime;
import java.util.List;
import org.puente.casework.CaseIdentity;
import org.puente.casework.Upload;

/**
 * What a petition is filed with, from any door: the public form, the operator's phone intake, a contact-mailbox
 * message turned into a petition ({@code receivedAt} then is the message's arrival, from which its clock runs),
 * an audience registration, an ARCO request. {@code receivedAt} null means now. {@code attachments}: the files
 * as uploaded (the public form and the phone intake), checked by content at the intake; none from other doors.
 */
public record NewPetition(
        Long bodyId,
        PetitionType type,
        ArcoRight arcoRight,
        CaseIdentity identity,
        Long departmentId,
        String subject,
        String text,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean privacyConsent,
        OffsetDateTime receivedAt,
        List<Upload> attachments) {

    public NewPetition {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A petition without attachments (the mailbox, audiences, ARCO requests). */
    public NewPetition(
            Long bodyId,
            PetitionType type,
            ArcoRight arcoRight,
            CaseIdentity identity,
            Long departmentId,
            String subject,
            String text,
            String contactName,
            String contactEmail,
            String contactPhone,
            boolean privacyConsent,
            OffsetDateTime receivedAt) {
        this(
                bodyId,
                type,
                arcoRight,
                identity,
                departmentId,
                subject,
                text,
                contactName,
                contactEmail,
                contactPhone,
                privacyConsent,
                receivedAt,
                List.of());
    }
}
