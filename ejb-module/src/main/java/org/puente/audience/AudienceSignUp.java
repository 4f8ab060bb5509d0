package org.puente.audience;

/** What a citizen registers a petition for a session with: its topic, department, short text and contact. */
public record AudienceSignUp(
        Long sessionId,
        Long departmentId,
        String subject,
        String text,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean privacyConsent) {}
