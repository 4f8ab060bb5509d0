package org.puente.report;

import jakarta.ejb.ApplicationException;
import org.puente.platform.BusinessException;

/**
 * The intake or the public read side refused an API call, and why: a missing or wrong API key, an
 * unknown thing named in the call (jurisdiction, service, address, report, token), or input it cannot
 * use. The API answers 403, 404 or 400 accordingly, with the message of the key.
 */
@ApplicationException(rollback = true)
public class ApiRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why the call was refused. */
    public enum Reason {
        KEY,
        UNKNOWN,
        INVALID
    }

    private final Reason reason;

    public ApiRefusal(Reason reason, String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
