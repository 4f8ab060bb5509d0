package org.puente.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers of one person (his name, e-mail, phone) and the one rule that removes them from a text
 * someone else wrote about him (a staff note, a status note): every occurrence, in any letter case, and a
 * phone whatever its spaces, dashes or brackets, becomes the replacement. Identifiers shorter than
 * {@link #SHORTEST} characters are ignored, so that a one-letter "name" does not blank half a note.
 */
public final class PersonalDataScrub {

    static final int SHORTEST = 4;

    private final List<Pattern> patterns;

    private PersonalDataScrub(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** A scrub of these identifiers; nulls and blanks are skipped, the longest is replaced first. */
    public static PersonalDataScrub of(Collection<String> identifiers) {
        List<Pattern> patterns = identifiers.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> s.length() >= SHORTEST)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(PersonalDataScrub::pattern)
                .toList();
        return new PersonalDataScrub(patterns);
    }

    /** A phone matches with any separators between its digits; anything else literally, case-insensitive. */
    private static Pattern pattern(String identifier) {
        String digits = identifier.replaceAll("[^0-9]", "");
        if (identifier.matches("[0-9 ()+-]+") && digits.length() >= 7) {
            String spaced = String.join("[ ()+-]*", digits.split(""));
            return Pattern.compile(spaced);
        }
        return Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with every identifier replaced; null stays null. */
    public String apply(String text, String replacement) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern p : patterns) {
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return result;
    }

    /** Whether the text holds any of the identifiers. */
    public boolean findsIn(String text) {
        return text != null && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    @Override
    public String toString() {
        return "PersonalDataScrub[" + patterns.size() + " identifiers]";
    }
}
