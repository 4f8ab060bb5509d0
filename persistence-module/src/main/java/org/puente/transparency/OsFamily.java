package org.puente.transparency;

/** The operating systems the visit figures tell apart; every other one is {@link #OTHER}. */
public enum OsFamily {
    ANDROID,
    IOS,
    WINDOWS,
    MACOS,
    LINUX,
    CHROMEOS,
    OTHER;

    /** Resource-bundle key of its name. */
    public String messageKey() {
        return "visits.os." + name();
    }
}
