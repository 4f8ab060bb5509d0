package org.puente.web.question;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.puente.question.QuestionView;
import org.puente.web.communication.AtomFeed;

/**
 * A body's newly answered questions as the entries of an Atom feed ({@link AtomFeed}, the one writer of every
 * public feed but the incident notices'): one entry per answered question (id and link: its public page;
 * updated: its latest answer; title: the question; summary: the answer and the informative-only disclaimer).
 * Only public questions come here (PublicQuestions.feed): never a pending or personal one, never who asked or
 * who answered.
 */
final class QuestionFeed {

    private QuestionFeed() {}

    static List<AtomFeed.Item> items(List<QuestionView> questions, LongFunction<String> url, ResourceBundle texts) {
        return questions.stream()
                .map(q -> new AtomFeed.Item(
                        url.apply(q.id()),
                        q.text(),
                        q.answer().text() + "\n\n" + texts.getString("question.disclaimer"),
                        (q.publishedAt() == null ? q.answeredAt() : q.publishedAt()).toInstant(),
                        q.answeredAt().toInstant()))
                .toList();
    }
}
