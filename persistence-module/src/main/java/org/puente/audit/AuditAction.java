package org.puente.audit;

/** What a staff member (or a citizen, to his own data) did to personal data; each has its label in the bundles (audit.action.*). */
public enum AuditAction {
    /** Opened a report's detail, which shows the reporter's contact and address. */
    REPORT_VIEWED,
    /** Opened a photo of a report. */
    PHOTO_VIEWED,
    /** Exported reports with their streets and descriptions (the staff CSV). */
    REPORTS_EXPORTED,
    /** Moved a report on (took, started, resolved, closed, rejected, marked duplicate, reopened). */
    REPORT_CHANGED,
    /** Assigned or reassigned reports. */
    REPORTS_ASSIGNED,
    /** Wrote an internal note on a report. */
    REPORT_NOTE_ADDED,
    /** Looked up a caller's earlier reports by phone number. */
    CALLER_LOOKED_UP,
    /** Opened a petition's detail (its filer's name and contact when the caller may see them). */
    PETITION_VIEWED,
    /** Exported petitions (the staff CSV; never a reserved or anonymous filer). */
    PETITIONS_EXPORTED,
    /** Took a step on a petition (routed, assigned, noted, extended, prevented, answered, referred). */
    PETITION_CHANGED,
    /** Downloaded a file a filer attached to his petition (it can name him). */
    PETITION_ATTACHMENT_VIEWED,
    /** Opened a request's scanned letter. */
    LETTER_VIEWED,
    /** Created or changed a staff account. */
    ACCOUNT_CHANGED,
    /** Published a new version of a body's privacy notice. */
    PRIVACY_NOTICE_PUBLISHED,
    /** A citizen downloaded everything Puente holds about him (ARCO access). */
    PERSONAL_DATA_EXPORTED,
    /** A citizen corrected his account's name or e-mail, or the contact of one of his open reports (ARCO rectification). */
    PERSONAL_DATA_CORRECTED,
    /** Opened a contact-mailbox message (it shows the sender's name and contact). */
    MESSAGE_VIEWED,
    /** Answered, discarded or turned into a petition a contact-mailbox message. */
    MESSAGE_CHANGED,
    /** The data-protection officer opened an ARCO request (it shows who filed it). */
    ARCO_REQUEST_VIEWED,
    /** The data-protection officer answered an ARCO request, extended its term or asked for more (prevención). */
    ARCO_REQUEST_CHANGED,
    /** An ARCO cancellation carried out: the person's data blocked, then anonymised everywhere. */
    PERSONAL_DATA_CANCELLED,
    /** Changed a body's legal clock: the terms of a case type, a holiday, the working hours. */
    CLOCK_CHANGED,
    /** Published, corrected, updated, resolved an incident notice, or marked its office's closure day (issue 13). */
    INCIDENT_NOTICE_CHANGED,
    /** Wrote, corrected, published or withdrew a hoax debunk (issue 13). */
    HOAX_CHANGED,
    /** Wrote, corrected, published or withdrew a news item, or replaced its image (issue 13). */
    NEWS_CHANGED,
    /** Published, rejected, edited, answered a public question or marked it a personal case (issue 13). */
    QUESTION_CHANGED,
    /** Built, published, closed an opinion survey, published its results or reviewed a free-text answer (issue 13). */
    OPINION_SURVEY_CHANGED,
    /** Exported an opinion survey's answers (no personal data in them, but citizens' free texts). */
    OPINION_ANSWERS_EXPORTED,
    /** Searched the audit log itself. */
    AUDIT_SEARCHED,
    /** Rows past the retention period were deleted (the only deletion there is). */
    RETENTION_PURGED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
