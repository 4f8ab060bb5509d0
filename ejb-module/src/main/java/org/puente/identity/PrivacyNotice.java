package org.puente.identity;

/** The privacy notice in force; consent records the version the person accepted. */
public final class PrivacyNotice {

    public static final String VERSION = "2026-11";

    private PrivacyNotice() {
    }
}
