package org.puente.platform;

import java.util.Arrays;

/**
 * An entity refused input that breaks one of its rules, named by a message key of the web module's
 * bundle (never by an English or Spanish sentence): the user reads the rule in his own language.
 * It is an {@link IllegalArgumentException}, so code that only needs to know "bad input" still can;
 * the services turn it into a {@code BusinessException} with the same key ({@code Steps}).
 */
public class RuleViolation extends IllegalArgumentException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one input field, so that a form can show it beside that field. */
    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
