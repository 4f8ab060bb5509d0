package org.puente.hoax;

/**
 * What the body says of a claim that circulates about it. The rating is schema.org's {@code reviewRating}
 * (1 the worst, 5 the best, as fact-checkers use it); the text of each is {@code hoax.verdict.<NAME>}.
 */
public enum Verdict {
    FALSO(1),
    ENGANOSO(2),
    SIN_SUSTENTO(3),
    VERDADERO(5);

    /** The rating scale's ends. */
    public static final int WORST = 1;

    public static final int BEST = 5;

    private final int rating;

    Verdict(int rating) {
        this.rating = rating;
    }

    public int rating() {
        return rating;
    }

    public String messageKey() {
        return "hoax.verdict." + name();
    }
}
