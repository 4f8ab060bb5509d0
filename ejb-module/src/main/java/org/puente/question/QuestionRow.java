package org.puente.question;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A question in a list: what was asked and, once answered, the current answer's text. Never the asker: a public
 * list shows only answered questions, and staff open the question for who asked it.
 */
public record QuestionRow(
        long id,
        String bodyCode,
        String bodyName,
        ZoneId zone,
        QuestionTopic topic,
        String text,
        QuestionStatus status,
        int sameDoubt,
        OffsetDateTime askedAt,
        OffsetDateTime answeredAt,
        String answer,
        boolean outdated)
        implements Serializable {

    static QuestionRow of(Question q) {
        Answer current = q.current().orElse(null);
        return new QuestionRow(
                q.getId(),
                q.getBody().getCode(),
                q.getBody().getName(),
                q.getBody().getTimeZone(),
                q.getTopic(),
                q.getText(),
                q.getStatus(),
                q.getSameDoubt(),
                q.getAskedAt(),
                q.getAnsweredAt(),
                current == null ? null : current.getText(),
                current != null && current.isOutdated());
    }
}
