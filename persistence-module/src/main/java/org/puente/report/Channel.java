package org.puente.report;

/** How a report came in. */
public enum Channel {
    /** The public web form. */
    WEB,
    /** A phone call to the *7311 line, filed by an operator. */
    PHONE,
    /** The Open311 GeoReport v2 API (mobile apps). */
    OPEN311;

    public String messageKey() {
        return "report.channel." + name();
    }
}
