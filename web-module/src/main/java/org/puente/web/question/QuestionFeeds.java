package org.puente.web.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.puente.question.PublicQuestions;

/**
 * The answered questions' feeds announced in every public page's head (one per body with answers): read once a few
 * minutes, not once a page view. A body's first answer may wait that long to be announced; its feed works at once.
 */
@Named
@ApplicationScoped
public class QuestionFeeds {

    private static final Duration KEEP = Duration.ofMinutes(5);

    /** A body with a feed. */
    public record FeedBody(String code, String name) {}

    private record Snapshot(List<FeedBody> bodies, Instant at) {}

    @Inject
    private PublicQuestions questions;

    @Inject
    private Clock clock;

    private volatile Snapshot snapshot;

    public List<FeedBody> getBodies() {
        Snapshot now = snapshot;
        Instant instant = clock.instant();
        if (now == null || now.at().plus(KEEP).isBefore(instant)) {
            now = new Snapshot(
                    questions.feedBodies().stream()
                            .map(b -> new FeedBody(b.getCode(), b.getName()))
                            .toList(),
                    instant);
            snapshot = now;
        }
        return now.bodies();
    }
}
