package org.puente.casework;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff type in a queue's folio box (reports, petitions), read as the parts of a folio it gives:
 * "000001" or "1" (the number, any year), "2026-000001" (year and number), "met-2026-1" or
 * "met-pqr-2026-1" (the whole folio, zeros optional), "MET-2026" (code and year). Anything else is looked
 * for inside the folio text. {@code bodyCode} is the folio's prefix: the body's code, with the series'
 * code when the folio has one (MET-PQR).
 */
public record FolioQuery(String bodyCode, Integer year, Long number, String contains) {

    private static final Pattern PARTS =
            Pattern.compile("(?:([A-Z][A-Z0-9]{1,11}(?:-[A-Z]{2,5})?)-)?(?:(\\d{4})-)?(\\d{1,12})");
    private static final Pattern CODE_AND_YEAR = Pattern.compile("([A-Z][A-Z0-9]{1,11}(?:-[A-Z]{2,5})?)-(\\d{4})-?");

    /** The query, or null when the text is blank (no folio filter). */
    public static FolioQuery of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher cy = CODE_AND_YEAR.matcher(t);
        if (cy.matches()) { // "MET-2026" is read as the year, not as number 2026
            return new FolioQuery(cy.group(1), Integer.valueOf(cy.group(2)), null, null);
        }
        Matcher m = PARTS.matcher(t);
        if (m.matches()) {
            Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            return new FolioQuery(m.group(1), year, Long.valueOf(m.group(3)), null);
        }
        return new FolioQuery(null, null, null, t);
    }

    /** The LIKE pattern for {@link #contains}, its wildcards escaped with '\'. */
    public String likePattern() {
        return "%" + contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The query as a condition on a case's folio text, folio year and folio number columns. */
    public Predicate condition(
            CriteriaBuilder cb, Path<String> folio, Path<Integer> folioYear, Path<Long> folioNumber) {
        if (contains != null) {
            return cb.like(folio, likePattern(), '\\');
        }
        List<Predicate> all = new ArrayList<>();
        if (bodyCode != null) {
            all.add(cb.like(folio, bodyCode + "-%"));
        }
        if (year != null) {
            all.add(cb.equal(folioYear, year));
        }
        if (number != null) {
            all.add(cb.equal(folioNumber, number));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }
}
