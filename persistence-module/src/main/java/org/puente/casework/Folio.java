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
        return text != null && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", bodyCode, year, number);
    }
}
