package org.puente.privacy;

import org.puente.report.Channel;

/** Where a person accepted a privacy notice; each has its label in the bundles (consent.channel.*). */
public enum ConsentChannel {
    /** He ticked the box of a form on the web, the simplified notice beside it. */
    WEB,
    /** He heard the notice on the phone, and the operator ticked the box for him. */
    PHONE,
    /**
     * An Open311 client sent his contact data: the API has no consent box, so the version in force when
     * the call came is recorded, and the client's app is expected to have shown it.
     */
    API;

    /** The channel of consent for a report's channel. */
    public static ConsentChannel of(Channel channel) {
        return switch (channel) {
            case WEB -> WEB;
            case PHONE -> PHONE;
            case OPEN311 -> API;
        };
    }

    public String messageKey() {
        return "consent.channel." + name();
    }
}
