package org.puente.communication;

/** Staff texts as the public pieces keep them: stripped, a blank one is none. */
public final class Texts {

    private Texts() {}

    public static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
