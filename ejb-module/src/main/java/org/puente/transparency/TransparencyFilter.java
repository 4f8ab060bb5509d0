package org.puente.transparency;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * What a visitor of the transparency pages and of the open data asked to see: one municipality, a
 * range of days (inclusive, in the municipality's own time zone) and optionally one service and one
 * delegación. The same filter serves the dashboard, its JSON, the card and the exports, and it is
 * written in their URLs with the same parameter names ({@link #PERIOD}, {@link #FROM}, ...), so a
 * link reproduces a view.
 *
 * <p>It is read from the text of a URL by {@link #parse}, which refuses what cannot be a range
 * with one message per field; whether the service or the delegación exists is for the service that
 * answers, which knows the municipality's catalogue.
 */
public record TransparencyFilter(
        String bodyCode, Period period, LocalDate from, LocalDate to, String serviceCode, Long delegacionId) {

    public static final String PERIOD = "periodo";
    public static final String FROM = "desde";
    public static final String TO = "hasta";
    public static final String SERVICE = "servicio";
    public static final String DELEGACION = "delegacion";

    /** The first day any range may start: before it Puente holds nothing, and a typo is likelier. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The ranges offered as presets; {@link #CUSTOM} is one written with its two dates. */
    public enum Period {
        LAST_30_DAYS("30d"),
        LAST_12_MONTHS("12m"),
        THIS_YEAR("anio"),
        SINCE_START("todo"),
        CUSTOM("fechas");

        private final String code;

        Period(String code) {
            this.code = code;
        }

        /** How the period is written in a URL. */
        public String code() {
            return code;
        }

        public String messageKey() {
            return "transparency.period." + code;
        }

        public static Optional<Period> ofCode(String code) {
            for (Period p : values()) {
                if (p.code.equals(code)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public TransparencyFilter {
        if (bodyCode == null || period == null || from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("an incomplete or inverted filter");
        }
    }

    /** The default view: the last twelve months of every service and delegación. */
    public static TransparencyFilter lastTwelveMonths(String bodyCode, LocalDate today) {
        return new TransparencyFilter(
                bodyCode, Period.LAST_12_MONTHS, today.minusMonths(12).plusDays(1), today, null, null);
    }

    /**
     * Reads a filter from a URL's parameters (any may be null or blank). A period preset wins over
     * dates; dates alone make a custom range; nothing gives the last twelve months.
     *
     * @param today the municipality's today, which ends every preset
     * @param start the day of the municipality's first report (or today), where "since the start" begins
     * @throws InvalidInputException naming each wrong parameter as its field, with a message key
     */
    public static TransparencyFilter parse(
            String bodyCode,
            String period,
            String from,
            String to,
            String service,
            String delegacion,
            LocalDate today,
            LocalDate start) {
        List<BusinessException> problems = new ArrayList<>();
        Period chosen = null;
        if (!blank(period)) {
            chosen = Period.ofCode(period.trim()).orElse(null);
            if (chosen == null) {
                problems.add(new BusinessException(PERIOD, "transparency.period.unknown"));
            }
        }
        LocalDate fromDay = day(FROM, from, problems);
        LocalDate toDay = day(TO, to, problems);
        Long delegacionId = null;
        if (!blank(delegacion)) {
            try {
                delegacionId = Long.valueOf(delegacion.trim());
                if (delegacionId <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new BusinessException(DELEGACION, "transparency.delegacion.unknown"));
            }
        }
        String serviceCode = blank(service) ? null : service.trim();
        if (serviceCode != null && !serviceCode.matches("[a-z0-9-]{1,60}")) {
            problems.add(new BusinessException(SERVICE, "transparency.service.unknown"));
        }
        if (chosen == null && problems.isEmpty()) {
            chosen = fromDay != null || toDay != null ? Period.CUSTOM : Period.LAST_12_MONTHS;
        }
        LocalDate first = null;
        LocalDate last = null;
        if (chosen != null) {
            last = today;
            switch (chosen) {
                case LAST_30_DAYS -> first = today.minusDays(29);
                case LAST_12_MONTHS -> first = today.minusMonths(12).plusDays(1);
                case THIS_YEAR -> first = today.withDayOfYear(1);
                case SINCE_START -> first = start.isAfter(today) ? today : start;
                case CUSTOM -> {
                    first = fromDay != null ? fromDay : (start.isAfter(today) ? today : start);
                    last = toDay != null ? toDay : today;
                }
            }
        }
        if (fromDay != null && fromDay.isAfter(today)) {
            problems.add(new BusinessException(FROM, "transparency.date.future"));
        }
        if (toDay != null && toDay.isAfter(today)) {
            problems.add(new BusinessException(TO, "transparency.date.future"));
        }
        if (problems.isEmpty() && first.isAfter(last)) {
            problems.add(new BusinessException(TO, "transparency.range.inverted"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TransparencyFilter(bodyCode, chosen, first, last, serviceCode, delegacionId);
    }

    private static LocalDate day(String field, String text, List<BusinessException> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            if (day.isBefore(EARLIEST)) {
                problems.add(new BusinessException(field, "transparency.date.tooEarly", EARLIEST.getYear()));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new BusinessException(field, "transparency.date.invalid"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The same filter for another service (null for all). */
    public TransparencyFilter withService(String code) {
        return new TransparencyFilter(bodyCode, period, from, to, code, delegacionId);
    }

    /** The same filter for another delegación (null for all). */
    public TransparencyFilter withDelegacion(Long id) {
        return new TransparencyFilter(bodyCode, period, from, to, serviceCode, id);
    }

    /**
     * The filter as URL parameters ({@code periodo=12m&servicio=bacheo}), presets by their code and
     * a custom range by its dates, so that the link stays valid (a preset keeps ending today).
     */
    public String queryString() {
        StringBuilder q = new StringBuilder(PERIOD).append('=').append(period.code());
        if (period == Period.CUSTOM) {
            q.append('&')
                    .append(FROM)
                    .append('=')
                    .append(from)
                    .append('&')
                    .append(TO)
                    .append('=')
                    .append(to);
        }
        if (serviceCode != null) {
            q.append('&').append(SERVICE).append('=').append(serviceCode);
        }
        if (delegacionId != null) {
            q.append('&').append(DELEGACION).append('=').append(delegacionId);
        }
        return q.toString();
    }
}
