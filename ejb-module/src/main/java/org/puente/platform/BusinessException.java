package org.puente.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the business refused an action. The message key names a text of the web module's
 * bundle (the user sees it in his language); the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one input field, so that forms can show it beside that field. */
    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The input field the refusal is about, or null. */
    public String getField() {
        return field;
    }
}
