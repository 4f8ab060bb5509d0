package org.puente.web.question;

import java.util.Arrays;
import org.puente.question.QuestionTopic;

/** A topic from the address (?tema=AGUA): an unknown or missing one is none, never an error page. */
final class Topics {

    private Topics() {}

    static QuestionTopic parse(String code) {
        return Arrays.stream(QuestionTopic.values())
                .filter(t -> t.name().equals(code))
                .findFirst()
                .orElse(null);
    }
}
