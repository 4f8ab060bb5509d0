package org.puente.casework;

import java.util.Objects;

/**
 * A prevención: within {@code askWithin} of receipt the body may ask the citizen, once, to complete
 * the case; the clock stops; the citizen has {@code answerWithin} (once more as long, when
 * {@code answerExtendable} and he asks before it ends), or the case is closed as withdrawn.
 * When he answers, the term resumes where it stopped, or starts again from the answer
 * ({@code restartsTerm}: the LGPDPPSO's prevención "interrumpe" the term).
 */
public record PauseRules(ClockSpan askWithin, ClockSpan answerWithin, boolean answerExtendable, boolean restartsTerm) {

    public PauseRules {
        Objects.requireNonNull(askWithin, "askWithin");
        Objects.requireNonNull(answerWithin, "answerWithin");
    }
}
