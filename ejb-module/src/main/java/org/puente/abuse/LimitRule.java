package org.puente.abuse;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** So many actions per period: {@code 10/1h}, {@code 5/15m}, {@code 30/90s}, {@code 1/1d} or {@code 3/PT20M}. */
public record LimitRule(long count, Duration period) {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*([smhd])");

    public LimitRule {
        if (count < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A limit allows at least one action in a positive period");
        }
    }

    public static LimitRule parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(2));
            Duration period =
                    switch (m.group(3)) {
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        case "h" -> Duration.ofHours(amount);
                        default -> Duration.ofDays(amount);
                    };
            return new LimitRule(Long.parseLong(m.group(1)), period);
        }
        int slash = t.indexOf('/');
        if (slash > 0 && t.substring(slash + 1).strip().startsWith("p")) {
            try {
                return new LimitRule(
                        Long.parseLong(t.substring(0, slash).strip()),
                        Duration.parse(t.substring(slash + 1).strip().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a limit: " + text, e);
            }
        }
        throw new IllegalArgumentException("Not a limit (COUNT/PERIOD, e.g. 10/1h): " + text);
    }

    @Override
    public String toString() {
        return count + "/" + period;
    }
}
