package org.puente.casework;

/**
 * Who the department sees as the filer of a case. The text is {@code case.identity.<NAME>}.
 */
public enum CaseIdentity {
    /** The filer is known to everyone who works the case. */
    IDENTIFIED,
    /** Nobody knows who filed it; he follows it with the secret tracking code. */
    ANONYMOUS,
    /** The intake desk knows who filed it; the department works it without seeing his name or contact. */
    RESERVED;

    public String messageKey() {
        return "case.identity." + name();
    }
}
