package org.puente.web.petition;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A body's attention hours in words, as the intake forms show them: "Lunes a viernes de 9:00 a 18:00"
 * for consecutive working days, "Lunes, miércoles y viernes de 9:00 a 14:00" otherwise. The connecting
 * words come from the bundle ({@code petition.hours.*}), passed in as a pattern.
 */
final class AttentionHours {

    private AttentionHours() {}

    /**
     * @param range the pattern for consecutive days: {0} first day, {1} last day, {2} opens, {3} closes
     * @param list the pattern for other days: {0} the days, {2} opens, {3} closes
     * @param and the word before the last day of a list ("y")
     */
    static String describe(
            Set<DayOfWeek> days,
            LocalTime opens,
            LocalTime closes,
            Locale locale,
            String range,
            String list,
            String and) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm", locale);
        String from = time.format(opens);
        String to = time.format(closes);
        boolean consecutive = sorted.size() > 2
                && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (consecutive) {
            return capitalised(
                    java.text.MessageFormat.format(
                            range, name(sorted.get(0), locale), name(sorted.get(sorted.size() - 1), locale), from, to),
                    locale);
        }
        String names;
        if (sorted.size() == 1) {
            names = name(sorted.get(0), locale);
        } else {
            names = sorted.subList(0, sorted.size() - 1).stream()
                            .map(d -> name(d, locale))
                            .collect(Collectors.joining(", "))
                    + " " + and + " " + name(sorted.get(sorted.size() - 1), locale);
        }
        return capitalised(java.text.MessageFormat.format(list, names, null, from, to), locale);
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
