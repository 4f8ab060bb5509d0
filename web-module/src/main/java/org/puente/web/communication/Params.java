package org.puente.web.communication;

/**
 * A page's number parameter read by hand, so that a tampered one ("abc", "-1", "99999999999999999999") is simply
 * none: the page's view action still runs and answers 404 or the first page, never a half-rendered page.
 */
public final class Params {

    private Params() {}

    public static Long number(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A page number from 1 (1 for none or a bad one). */
    public static int page(String text) {
        Long value = number(text);
        return value == null || value > Integer.MAX_VALUE ? 1 : value.intValue();
    }
}
