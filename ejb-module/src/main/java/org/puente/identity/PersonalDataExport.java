package org.puente.identity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Puente holds about one citizen that is his personal data (ARCO access), as a tree of plain
 * records that the JSON and CSV writers walk. Every time is already in the zone of the body it belongs
 * to (a report's municipality, an event's body; the account's own times in the municipalities' zone),
 * with its offset. Statuses are the stable codes that the open data documents use.
 * Deliberately absent: password hashes, tracking codes, chat tokens, staff names and internal notes,
 * photo bytes, and e-mail bodies (they carry links with one-time tokens).
 */
public record PersonalDataExport(
        OffsetDateTime exportedAt,
        Account account,
        List<Consent> consents,
        List<Report> reports,
        List<Following> following,
        List<Survey> surveys,
        List<ForumThread> forumThreads,
        List<ForumPost> forumPosts,
        List<Chat> chats,
        List<Mail> mails) {

    public record Account(
            String username, String fullName, String email, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {}

    /**
     * A consent he gave: to what ({@code privacy-notice} today), the notice's version and when. The
     * extension point for the versioned notices and consent records: each kept consent becomes one of these.
     */
    public record Consent(String subject, String version, OffsetDateTime givenAt) {}

    /** A report he filed while signed in, with the contact he gave and the steps he is shown. */
    public record Report(
            String folio,
            String service,
            String municipality,
            String channel,
            String status,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime resolvedAt,
            OffsetDateTime closedAt,
            String description,
            String colonia,
            String street,
            String reference,
            BigDecimal latitude,
            BigDecimal longitude,
            Contact contact,
            List<Photo> photos,
            List<Step> history) {}

    public record Contact(String name, String email, String phone) {}

    /** A photo, named as the download calls it; evidence photos are staff's, shown to him when resolved. */
    public record Photo(String fileName, int sizeBytes, boolean evidence) {}

    /** A public step of a report's history: the unit that acted, never the person, and the note written for him. */
    public record Step(OffsetDateTime at, String status, String unit, String note) {}

    /** A report he follows ("me too", or attached by an operator), with the contact kept for it. */
    public record Following(
            String folio, String service, String status, OffsetDateTime since, String channel, Contact contact) {}

    public record Survey(
            String folio,
            OffsetDateTime answeredAt,
            boolean knowsService,
            String priorityServices,
            boolean effectiveChannel,
            String accountability,
            Boolean problemFixed,
            boolean reopened) {}

    public record ForumThread(String event, String title, OffsetDateTime createdAt) {}

    public record ForumPost(String event, String thread, OffsetDateTime createdAt, String status, String body) {}

    /** A chat he joined signed in: the nickname he chose and the questions he asked. */
    public record Chat(String event, String nickname, OffsetDateTime joinedAt, List<Question> questions) {}

    /** A question as he wrote it, the text published after moderation (if any) and its status. */
    public record Question(OffsetDateTime askedAt, String text, String publishedText, String status) {}

    /** An e-mail Puente wrote to his address: subject and dates, not its body. */
    public record Mail(String subject, OffsetDateTime createdAt, OffsetDateTime sentAt) {}
}
