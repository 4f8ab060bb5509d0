package org.puente.casework;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's public number: the body's code, for cases other than reports the series' code, the year and a
 * consecutive number (MET-2026-000001 for a report, MET-PQR-2026-000001 for a petition). {@code series}
 * is null for reports and engagement requests.
 */
public record Folio(String bodyCode, String series, int year, long number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{1,11})(?:-([A-Z]{2,5}))?-(\\d{4})-(\\d{4,})");

    public Folio {
        Objects.requireNonNull(bodyCode, "bodyCode");
        if (year < 2000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("Not a folio: " + bodyCode + " " + year + " " + number);
        }
        if (series != null && !series.matches("[A-Z]{2,5}")) {
            throw new IllegalArgumentException("Not a folio series: " + series);
        }
    }

    /** A folio without a series code (reports, engagement requests). */
    public Folio(String bodyCode, int year, long number) {
        this(bodyCode, null, year, number);
    }

    public static Folio parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not a folio: " + text);
        }
        return new Folio(m.group(1), m.group(2), Integer.parseInt(m.group(3)), Long.parseLong(m.group(4)));
    }

    public static boolean looksLikeOne(String text) {
        return text != null
                && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return withDigits(6);
    }

    /**
     * The folio with its number padded to this many digits: reports and petitions use six (MET-2026-000001),
     * engagement requests four (ADEM-2026-0001).
     */
    public String withDigits(int digits) {
        if (digits < 1 || digits > 12) {
            throw new IllegalArgumentException("A folio number has 1 to 12 digits: " + digits);
        }
        String prefix = series == null ? bodyCode : bodyCode + "-" + series;
        return String.format("%s-%04d-%0" + digits + "d", prefix, year, number);
    }
}
