package org.puente.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.puente.casework.ClockStep;
import org.puente.casework.ClockUnit;
import org.puente.web.platform.Dates;
import org.puente.web.platform.Texts;

/**
 * The lines of "¿Cómo se calculó?" ({@code LegalClock.trace}) in the visitor's language: each step's
 * text is {@code clock.step.<KIND>}, its days and instants in the body's zone.
 */
@Named
@RequestScoped
public class ClockTrace {

    @Inject
    private Texts texts;

    @Inject
    private Dates dates;

    /** One step as a sentence; {@code unit} is the case's term unit, which an extension is counted in. */
    public String line(ClockStep step, ZoneId zone, ClockUnit unit) {
        String key = "clock.step." + step.kind().name();
        return switch (step.kind()) {
            case RECEIVED, RESTARTED, DUE -> texts.get(key, instant(step, zone));
            case FIRST_COUNTED, ORIGINAL_DUE -> texts.get(
                    key, step.at() == null ? dates.day(step.day()) : instant(step, zone));
            case WEEKEND, PAUSED_DAY, DUE_MOVED -> texts.get(key, dates.day(step.day()));
            case HOLIDAY -> texts.get(key, dates.day(step.day()), step.name() == null ? "" : step.name());
            case PAUSE -> texts.get(
                    key,
                    instant(step, zone),
                    step.until() == null ? texts.get("petitions.trace.stillPaused") : dates.show(step.until(), zone));
            case EXTENSION -> texts.get(
                    key, instant(step, zone), step.name() == null ? "" : step.name(), units(step.units(), unit));
        };
    }

    /** "5 días hábiles", "3 días naturales". */
    public String units(int amount, ClockUnit unit) {
        return texts.get("petitions.units." + unit.name(), amount);
    }

    /** "Up to 15 business days more", the hint of the extension's units. */
    public String extensionHint(int max, ClockUnit unit) {
        return texts.get("petitions.step.EXTEND.units.hint", units(max, unit));
    }

    private String instant(ClockStep step, ZoneId zone) {
        return step.at() == null ? dates.day(step.day()) : dates.show(step.at(), zone);
    }
}
