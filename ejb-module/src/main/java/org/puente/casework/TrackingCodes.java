package org.puente.casework;

import java.security.SecureRandom;

/**
 * The secret code with which a filer without an account follows his case (a report, a petition): ten
 * characters of an alphabet without the look-alikes 0/O and 1/I, about 50 bits, typed from a receipt.
 */
public final class TrackingCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    public static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
