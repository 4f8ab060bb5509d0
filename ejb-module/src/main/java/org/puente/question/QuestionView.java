package org.puente.question;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A question as a page shows it. The public view carries the question, its current answer without its author,
 * and nothing else; the staff view adds who asked, the personal data its text carries, every answer version with
 * its author, and the history.
 */
public record QuestionView(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        QuestionTopic topic,
        String text,
        QuestionStatus status,
        int sameDoubt,
        OffsetDateTime askedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime answeredAt,
        AnswerView answer,
        String promotedFrom,
        String asker,
        Set<PersonalData.Kind> personalData,
        List<AnswerView> versions,
        List<Step> steps)
        implements Serializable {

    /**
     * One answer version; {@code author} is null in the public view, and so is {@code debunk} there once the debunk
     * is withdrawn to a draft.
     */
    public record AnswerView(
            int number,
            String text,
            List<String> sources,
            DebunkLink debunk,
            LocalDate reviewedOn,
            OffsetDateTime writtenAt,
            OffsetDateTime outdatedAt,
            OffsetDateTime supersededAt,
            String author)
            implements Serializable {

        public boolean outdated() {
            return outdatedAt != null;
        }

        static AnswerView of(Answer a, boolean staff) {
            return new AnswerView(
                    a.getNumber(),
                    a.getText(),
                    a.getSources(),
                    a.getDebunk() == null || !(staff || a.getDebunk().isPublished())
                            ? null
                            : DebunkLink.of(a.getDebunk()),
                    a.getReviewedOn(),
                    a.getWrittenAt(),
                    a.getOutdatedAt(),
                    a.getSupersededAt(),
                    staff ? a.getAuthor().getFullName() : null);
        }
    }

    /** One line of the history (staff). */
    public record Step(QuestionStep.Kind kind, OffsetDateTime at, QuestionStatus status, String author, String note)
            implements Serializable {}

    static QuestionView of(Question q, boolean staff) {
        return new QuestionView(
                q.getId(),
                q.getBody().getId(),
                q.getBody().getCode(),
                q.getBody().getName(),
                q.getBody().getTimeZone(),
                q.getTopic(),
                q.getText(),
                q.getStatus(),
                q.getSameDoubt(),
                q.getAskedAt(),
                q.getPublishedAt(),
                q.getAnsweredAt(),
                q.current().map(a -> AnswerView.of(a, staff)).orElse(null),
                q.getPromotedFrom(),
                staff ? q.askerName() : null,
                staff ? q.personalData() : Set.of(),
                staff ? q.getAnswers().stream().map(a -> AnswerView.of(a, true)).toList() : List.of(),
                staff
                        ? q.getSteps().stream()
                                .map(s -> new Step(
                                        s.getKind(),
                                        s.getAt(),
                                        s.getStatus(),
                                        s.getAuthor() == null
                                                ? null
                                                : s.getAuthor().getFullName(),
                                        s.getNote()))
                                .toList()
                        : List.of());
    }

    public boolean answered() {
        return answer != null;
    }

    /** The moderation steps the question allows now. */
    public boolean canPublish() {
        return status.canMoveTo(QuestionStatus.PUBLICADA);
    }

    public boolean canReject() {
        return status.canMoveTo(QuestionStatus.RECHAZADA);
    }

    public boolean canMarkPersonal() {
        return status.canMoveTo(QuestionStatus.CASO_PERSONAL);
    }

    public boolean canEdit() {
        return status == QuestionStatus.PENDIENTE || status.isPublic();
    }

    public boolean canAnswer() {
        return status == QuestionStatus.RESPONDIDA || status.canMoveTo(QuestionStatus.RESPONDIDA);
    }

    public boolean canMarkOutdated() {
        return answer != null && !answer.outdated();
    }
}
