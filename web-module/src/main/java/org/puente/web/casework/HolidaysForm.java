package org.puente.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.puente.calendar.Holiday;
import org.puente.casework.ClockSettings;
import org.puente.casework.RecalculationProgress;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/plazos, "Días inhábiles" and "Horario de atención": the chosen body's holidays of a year, adding
 * and removing one, and its working days and hours. Each change starts the recalculation of the body's open
 * cases, whose progress the page polls. (Longer than a view bean should be only by the accessors of its two
 * small forms; the rules are ClockSettings'.)
 */
@Named
@ViewScoped
public class HolidaysForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClockSettings settings;

    @Inject
    private ClockAdminPage page;

    @Inject
    private Texts texts;

    private int year;
    private LocalDate day;
    private String name;
    private LocalTime start;
    private LocalTime end;
    private List<DayOfWeek> days = new ArrayList<>();
    private String zone;
    private transient List<Holiday> holidays;
    private String job;
    private RecalculationProgress progress;

    @PostConstruct
    void init() {
        loadHours();
        year = LocalDate.now(zone == null ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone))
                .getYear();
    }

    /** Another body chosen above: its terms, and its hours (the holidays are read when shown). */
    public void chooseBody() {
        page.chooseBody();
        holidays = null;
        loadHours();
    }

    private void loadHours() {
        if (page.getBodyId() == null) {
            return;
        }
        ClockSettings.Hours hours = settings.hoursOf(page.getBodyId());
        start = hours.start();
        end = hours.end();
        days = new ArrayList<>(hours.days());
        zone = hours.zone();
    }

    /** The year's holidays, read once per change (the table asks for its value several times a render). */
    public List<Holiday> getHolidays() {
        if (holidays == null) {
            holidays = page.getBodyId() == null ? List.of() : settings.holidays(page.getBodyId(), year);
        }
        return holidays;
    }

    public void add() {
        run(() -> settings.addHoliday(page.getBodyId(), day, name), "holiday");
        if (job != null) {
            day = null;
            name = null;
        }
    }

    public void remove(Long holidayId) {
        run(() -> settings.removeHoliday(page.getBodyId(), holidayId), "holiday");
    }

    public void saveHours() {
        run(
                () -> settings.changeHours(page.getBodyId(), start, end, days.isEmpty() ? null : EnumSet.copyOf(days)),
                "hours");
    }

    private void run(java.util.function.Supplier<String> change, String form) {
        holidays = null;
        try {
            job = change.get();
            progress = settings.progress(job).orElse(null);
        } catch (BusinessException refusal) {
            job = null;
            texts.show(refusal, form);
        }
    }

    /** The poll: how far the recalculation has gone. */
    public void refresh() {
        progress = job == null ? null : settings.progress(job).orElse(null);
    }

    public boolean isRecalculating() {
        return progress != null && progress.isRunning();
    }

    public void previousYear() {
        year--;
        holidays = null;
    }

    public void nextYear() {
        year++;
        holidays = null;
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(List<DayOfWeek> days) {
        this.days = days;
    }

    public String getZone() {
        return zone;
    }

    public RecalculationProgress getProgress() {
        return progress;
    }
}
