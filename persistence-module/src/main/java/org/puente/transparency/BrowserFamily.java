package org.puente.transparency;

/** The browsers the visit figures tell apart; every other one is {@link #OTHER}. */
public enum BrowserFamily {
    CHROME,
    SAFARI,
    EDGE,
    FIREFOX,
    SAMSUNG,
    OPERA,
    OTHER;

    /** Resource-bundle key of its name. */
    public String messageKey() {
        return "visits.browser." + name();
    }
}
