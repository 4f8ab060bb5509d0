package org.puente.engagement;

import java.util.List;

/** A clash the evaluator sees before confirming a schedule: a message key and its arguments. */
public record Conflict(String messageKey, List<String> arguments) {

    public Conflict(String messageKey, String... arguments) {
        this(messageKey, List.of(arguments));
    }
}
