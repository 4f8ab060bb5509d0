package org.puente.casework;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's public number: the municipality's code, the year and a consecutive number (MET-2026-000001). */
public record Folio(String bodyCode, int year, long number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{1,11})-(\\d{4})-(\\d{6,})");

    public Folio {
        Objects.requireNonNull(bodyCode, "bodyCode");
        if (year < 2000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("Not a folio: " + bodyCode + " " + year + " " + number);
        }
    }

    public static Folio parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not a folio: " + text);
        }
        return new Folio(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    public static boolean looksLikeOne(String text) {
        return text != null
                && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT))
                        .matches();
    }

    @Override
    public String toString() {
        return withDigits(6);
    }

    /**
     * The folio with its number padded to this many digits: reports use six (MET-2026-000001),
     * engagement requests four (ADEM-2026-0001).
     */
    public String withDigits(int digits) {
        if (digits < 1 || digits > 12) {
            throw new IllegalArgumentException("A folio number has 1 to 12 digits: " + digits);
        }
        return String.format("%s-%04d-%0" + digits + "d", bodyCode, year, number);
    }
}
