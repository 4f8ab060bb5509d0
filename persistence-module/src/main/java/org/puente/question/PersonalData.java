package org.puente.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data a public question must not carry: a CURP, an RFC, an NSS (11 digits), a Puente folio
 * (MET-2026-000123, MET-PQR-2026-000045), a phone number (10 digits, with spaces, dashes, dots or brackets, with
 * or without +52) or an e-mail address. A question with any of them is a personal case: it is not published and
 * its author is offered the private channel. It errs on the side of privacy: an 11-digit amount is taken for an
 * NSS.
 */
public final class PersonalData {

    /** What was found. The text of each is {@code question.personal.<NAME>}. */
    public enum Kind {
        CURP,
        RFC,
        NSS,
        FOLIO,
        TELEFONO,
        CORREO;

        public String messageKey() {
            return "question.personal." + name();
        }
    }

    /** One finding: what and where (start inclusive, end exclusive). */
    public record Finding(Kind kind, int start, int end) {}

    private static final Pattern CURP =
            Pattern.compile("(?<![A-Z0-9])[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX][A-Z]{5}[A-Z0-9]\\d(?![A-Z0-9])");
    private static final Pattern RFC = Pattern.compile("(?<![A-Z0-9Ñ&])[A-ZÑ&]{3,4}\\d{6}(?:[A-Z0-9]{3})?(?![A-Z0-9])");
    private static final Pattern FOLIO =
            Pattern.compile("(?<![A-Z0-9])[A-Z][A-Z0-9]{1,11}(?:-[A-Z]{2,5})?-\\d{4}-\\d{4,}(?![A-Z0-9])");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\\.[A-Z0-9-]+)+", Pattern.CASE_INSENSITIVE);
    /** A run of digits that may be split by spaces, dashes, dots or brackets, with an optional leading +. */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w])\\+?\\(?\\d(?:[\\d\\s().-]*\\d)?(?![\\w])");

    private PersonalData() {}

    /** Every finding, in the order of the text. */
    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        add(found, Kind.CURP, CURP.matcher(upper));
        add(found, Kind.RFC, RFC.matcher(upper));
        add(found, Kind.FOLIO, FOLIO.matcher(upper));
        add(found, Kind.CORREO, EMAIL.matcher(text));
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            if (inside(found, digits.start())) {
                continue;
            }
            String run = digits.group();
            String only = run.replaceAll("\\D", "");
            boolean country = run.startsWith("+52") || (only.length() == 12 && only.startsWith("52"));
            if (only.length() == 10 || (country && only.length() == 12)) {
                found.add(new Finding(Kind.TELEFONO, digits.start(), digits.end()));
            } else if (only.length() == 11) {
                found.add(new Finding(Kind.NSS, digits.start(), digits.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The kinds found, none for a text without personal data. */
    public static Set<Kind> kinds(String text) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        find(text).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The text with every finding replaced by {@code mask} (what a moderator starts from to edit it out). */
    public static String masked(String text, String mask) {
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Finding f : found) {
            if (f.start() < at) {
                continue;
            }
            out.append(text, at, f.start()).append(mask);
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static void add(List<Finding> found, Kind kind, Matcher m) {
        while (m.find()) {
            if (!inside(found, m.start())) {
                found.add(new Finding(kind, m.start(), m.end()));
            }
        }
    }

    private static boolean inside(List<Finding> found, int position) {
        return found.stream().anyMatch(f -> position >= f.start() && position < f.end());
    }
}
