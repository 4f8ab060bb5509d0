package org.puente.mailbox;

/** What the contact form sends: to which body, what about, the sender's contact and his consent. */
public record NewMessage(
        Long bodyId,
        String subject,
        String text,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean privacyConsent) {}
