package org.puente.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.platform.InvalidInputException;
import org.puente.transparency.TransparencyFilter.Period;

class TransparencyFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate START = LocalDate.of(2025, 12, 5);

    private static TransparencyFilter parse(String period, String from, String to, String service, String delegacion) {
        return TransparencyFilter.parse("MET", period, from, to, service, delegacion, TODAY, START);
    }

    private static List<String> refusals(String period, String from, String to, String service, String delegacion) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> parse(period, from, to, service, delegacion));
        return e.getProblems().stream()
                .map(p -> p.getField() + ":" + p.getMessageKey())
                .toList();
    }

    @Test
    void nothingAskedMeansTheLastTwelveMonths() {
        TransparencyFilter f = parse(null, " ", "", null, null);
        assertEquals(Period.LAST_12_MONTHS, f.period());
        assertEquals(LocalDate.of(2025, 12, 3), f.from());
        assertEquals(TODAY, f.to());
        assertNull(f.serviceCode());
        assertNull(f.delegacionId());
        assertEquals("periodo=12m", f.queryString());
    }

    @Test
    void eachPresetEndsToday() {
        assertEquals(
                LocalDate.of(2026, 11, 3), parse("30d", null, null, null, null).from());
        assertEquals(
                LocalDate.of(2026, 1, 1), parse("anio", null, null, null, null).from());
        assertEquals(START, parse("todo", null, null, null, null).from());
        assertEquals(TODAY, parse("todo", null, null, null, null).to());
    }

    @Test
    void aPresetWinsOverDates() {
        TransparencyFilter f = parse("30d", "2026-01-01", "2026-02-01", null, null);
        assertEquals(LocalDate.of(2026, 11, 3), f.from());
    }

    @Test
    void datesMakeACustomRangeWithItsLinkAndFilters() {
        TransparencyFilter f = parse(null, "2026-03-01", "2026-03-31", "bacheo", "12");
        assertEquals(Period.CUSTOM, f.period());
        assertEquals(LocalDate.of(2026, 3, 1), f.from());
        assertEquals(LocalDate.of(2026, 3, 31), f.to());
        assertEquals("periodo=fechas&desde=2026-03-01&hasta=2026-03-31&servicio=bacheo&delegacion=12", f.queryString());
        TransparencyFilter onlyFrom = parse(null, "2026-06-01", null, null, null);
        assertEquals(TODAY, onlyFrom.to());
        TransparencyFilter onlyTo = parse("fechas", null, "2026-06-30", null, null);
        assertEquals(START, onlyTo.from());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertEquals(List.of("desde:transparency.date.invalid"), refusals(null, "2026-02-30", null, null, null));
        assertEquals(List.of("hasta:transparency.date.invalid"), refusals(null, null, "ayer", null, null));
        assertEquals(
                List.of("hasta:transparency.range.inverted"), refusals(null, "2026-05-02", "2026-05-01", null, null));
        assertEquals(
                List.of("desde:transparency.date.future", "hasta:transparency.date.future"),
                refusals(null, "2027-01-01", "2027-02-01", null, null));
        assertEquals(List.of("desde:transparency.date.tooEarly"), refusals(null, "1999-12-31", null, null, null));
        assertEquals(List.of("periodo:transparency.period.unknown"), refusals("semana", null, null, null, null));
        assertEquals(List.of("delegacion:transparency.delegacion.unknown"), refusals(null, null, null, null, "norte"));
        assertEquals(List.of("delegacion:transparency.delegacion.unknown"), refusals(null, null, null, null, "-3"));
        assertEquals(List.of("servicio:transparency.service.unknown"), refusals(null, null, null, "<script>", null));
        assertEquals(
                List.of("periodo:transparency.period.unknown", "desde:transparency.date.invalid"),
                refusals("x", "y", null, null, null));
    }

    @Test
    void anInvertedFilterCannotBeBuilt() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TransparencyFilter(
                        "MET", Period.CUSTOM, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1), null, null));
    }
}
