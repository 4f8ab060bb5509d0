package org.puente.platform;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this piece of data (answered as HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
