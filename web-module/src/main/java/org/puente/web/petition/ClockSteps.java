package org.puente.web.petition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.puente.casework.ClockStep;
import org.puente.casework.ClockUnit;
import org.puente.web.platform.Dates;
import org.puente.web.platform.Texts;

/**
 * A line of "¿Cómo se calculó?" in the visitor's language: the step's sentence ({@code clock.step.<KIND>})
 * with its days and instants in the body's zone, an open pause's end as "today", and an extension's units
 * in words ({@code petition.clock.unit.<UNIT>}).
 */
@RequestScoped
public class ClockSteps {

    @Inject
    private Texts texts;

    @Inject
    private Dates dates;

    public String line(ClockStep step, ClockUnit unit, ZoneId zone) {
        String key = "clock.step." + step.kind().name();
        return switch (step.kind()) {
            case RECEIVED, RESTARTED, ORIGINAL_DUE, DUE -> texts.get(key, instantOrDay(step, zone));
            case FIRST_COUNTED -> texts.get(key, instantOrDay(step, zone));
            case WEEKEND, PAUSED_DAY, DUE_MOVED -> texts.get(key, dates.day(step.day()));
            case HOLIDAY -> texts.get(key, dates.day(step.day()), step.name() == null ? "" : step.name());
            case PAUSE -> texts.get(
                    key,
                    dates.show(step.at(), zone),
                    step.until() == null ? texts.get("petition.clock.stillPaused") : dates.show(step.until(), zone));
            case EXTENSION -> texts.get(
                    key,
                    step.at() == null ? dates.day(step.day()) : dates.show(step.at(), zone),
                    step.name() == null ? "" : step.name(),
                    texts.get(
                            "petition.clock.unit." + (unit == null ? ClockUnit.BUSINESS_DAYS : unit).name(),
                            step.units()));
        };
    }

    private String instantOrDay(ClockStep step, ZoneId zone) {
        return step.at() == null ? dates.day(step.day()) : dates.show(step.at(), zone);
    }
}
