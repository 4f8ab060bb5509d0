package org.puente.opinion;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A survey as a page shows it. The public view carries no history, and results (the tally and the approved free
 * texts) only once they are published; the staff view carries the history with authors, the results at any time
 * and every free text with its review.
 */
public record SurveyView(
        long id,
        long bodyId,
        String bodyName,
        ZoneId zone,
        String title,
        String intro,
        Long coloniaId,
        String coloniaName,
        SurveyStatus status,
        SurveyPhase phase,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        OffsetDateTime resultsPublishedAt,
        List<Question> questions,
        List<Line> history,
        Tally tally,
        List<Text> texts)
        implements Serializable {

    /** One question as the form and the builder show it. */
    public record Question(int position, QuestionKind kind, String text, boolean required, List<String> options)
            implements Serializable {}

    /** One line of the history (staff only). */
    public record Line(SurveyEvent.Kind kind, OffsetDateTime at, String author) implements Serializable {}

    /** A free-text answer: staff see every one with its review; the public only approved ones, after results. */
    public record Text(long answerId, int position, String question, String text, TextReview review)
            implements Serializable {}

    public boolean isDraft() {
        return status == SurveyStatus.DRAFT;
    }

    public boolean isOpen() {
        return phase == SurveyPhase.OPEN;
    }

    public boolean resultsPublished() {
        return resultsPublishedAt != null;
    }

    /** Staff may close a published survey (open, upcoming or past its period). */
    public boolean canClose() {
        return status == SurveyStatus.PUBLISHED;
    }

    public boolean canPublishResults() {
        return status != SurveyStatus.DRAFT && resultsPublishedAt == null;
    }

    /** The texts of one question. */
    public List<Text> textsOf(int position) {
        return texts.stream().filter(t -> t.position() == position).toList();
    }

    public long pendingTexts() {
        return texts.stream().filter(t -> t.review() == TextReview.PENDING).count();
    }

    static SurveyView of(
            OpinionSurvey s, OffsetDateTime now, boolean staff, Tally tally, List<OpinionAnswer> textAnswers) {
        List<Question> questions = s.getQuestions().stream()
                .map(q -> new Question(q.getPosition(), q.getKind(), q.getText(), q.isRequired(), q.getOptions()))
                .toList();
        List<Line> history = staff
                ? s.getEvents().stream()
                        .map(e -> new Line(e.getKind(), e.getAt(), e.getAuthor().getFullName()))
                        .toList()
                : List.of();
        List<Text> texts = textAnswers.stream()
                .filter(a -> staff || a.getReview() == TextReview.APPROVED)
                .map(a -> new Text(
                        a.getId(),
                        a.getQuestion().getPosition(),
                        a.getQuestion().getText(),
                        a.getText(),
                        a.getReview()))
                .toList();
        return new SurveyView(
                s.getId(),
                s.getBody().getId(),
                s.getBody().getName(),
                s.getBody().getTimeZone(),
                s.getTitle(),
                s.getIntro(),
                s.getColonia() == null ? null : s.getColonia().getId(),
                s.getColonia() == null ? null : s.getColonia().getName(),
                s.getStatus(),
                s.phase(now),
                s.getOpensAt(),
                s.getClosesAt(),
                s.getResultsPublishedAt(),
                questions,
                history,
                tally,
                texts);
    }
}
