package org.puente.petition;

import java.time.OffsetDateTime;
import org.puente.casework.CaseIdentity;

/**
 * What a petition is filed with, from any door: the public form, the operator's phone intake, a contact-mailbox
 * message turned into a petition ({@code receivedAt} then is the message's arrival, from which its clock runs),
 * an audience registration, an ARCO request. {@code receivedAt} null means now.
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
        OffsetDateTime receivedAt) {}
