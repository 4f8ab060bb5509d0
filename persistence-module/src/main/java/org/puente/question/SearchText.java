package org.puente.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a Spanish text as the public Q&A's search compares them, the same on H2 and PostgreSQL: lower
 * case, accents stripped ("pensión" and "pension" are one word), common words dropped, and each word cut by a
 * light stemmer that removes plural and gender endings ("pensiones" is "pension"). The stemmer follows J. Savoy's
 * light stemmer for Spanish (the rules Lucene's {@code SpanishLightStemmer} applies), written here in a few lines
 * instead of bringing Lucene's two jars into the application for one function.
 */
public final class SearchText {

    /** Words too common to tell questions apart. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "al", "como", "con", "cual", "cuando", "de", "del", "donde", "el", "en", "es", "esta", "este", "hay",
            "la", "las", "le", "lo", "los", "me", "mi", "mis", "o", "para", "pero", "por", "que", "quien", "se", "si",
            "sin", "son", "su", "sus", "te", "tengo", "tu", "tus", "un", "una", "uno", "y", "ya", "yo");

    private SearchText() {}

    /** The stemmed words of a text, in order, without the common ones; none for a blank text. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        for (String word : fold(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /**
     * What the search column keeps: the terms separated by single spaces, with a space before the first, so that
     * a query term matches the start of a word with {@code like '% term%'}.
     */
    public static String column(String... texts) {
        StringBuilder column = new StringBuilder();
        for (String text : texts) {
            for (String term : terms(text)) {
                column.append(' ').append(term);
            }
        }
        return column.toString();
    }

    /** Lower case without accents or other marks (ñ becomes n, ü becomes u). */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /** Savoy's light Spanish stemmer on a folded word: plural and gender endings off. */
    static String stem(String word) {
        int len = word.length();
        if (len < 4 || !Character.isLetter(word.charAt(len - 1))) {
            return word;
        }
        char last = word.charAt(len - 1);
        if (last == 'o' || last == 'a' || last == 'e') {
            return word.substring(0, len - 1);
        }
        if (last == 's') {
            char before = word.charAt(len - 2);
            if (word.endsWith("eses")) {
                return word.substring(0, len - 2);
            }
            if (word.endsWith("ces")) {
                return word.substring(0, len - 3) + "z";
            }
            if (before == 'o' || before == 'a' || before == 'e') {
                return word.substring(0, len - 2);
            }
        }
        return word;
    }
}
