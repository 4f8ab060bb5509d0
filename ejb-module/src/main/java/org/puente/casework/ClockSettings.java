package org.puente.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.calendar.Holiday;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionType;
import org.puente.platform.Bundles;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * The administrator's legal clocks (/staff/plazos): per body and case type, the terms in force (the body's
 * {@link ClockSetting} or the type's default preset) and their change; the body's holidays and working
 * hours, whose change moves the due dates of its open cases ({@link ClockRecalculator}, in the background,
 * after the change is committed). Open cases keep the terms they were received under.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ClockSettings {

    /** The terms in force for one case type of a body, and the setting they come from (null: the default preset). */
    public record TypeTerms(PetitionType type, ClockPreset preset, ClockTerms terms, ClockSetting setting) {}

    /** The body's working days and hours, and its time zone (shown, not edited here). */
    public record Hours(LocalTime start, LocalTime end, Set<DayOfWeek> days, String zone) {}

    private static final String TEXTS = "org.puente.notification.mail";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private BodyScope scope;

    @EJB
    private CaseClocks clocks;

    @EJB
    private CalendarService calendars;

    @EJB
    private ClockRecalculator recalculator;

    @EJB
    private ClockJobs jobs;

    @EJB
    private ClockSettings self;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The bodies the administrator may set clocks for: those he sees. */
    public List<Body> bodies() {
        return em.createNamedQuery("Body.all", Body.class)
                .getResultStream()
                .filter(scope::canSee)
                .toList();
    }

    /** Every case type of the body with the terms in force for it. */
    public List<TypeTerms> termsOf(Long bodyId) {
        Body body = body(bodyId);
        String country = clocks.countryOf(body);
        List<TypeTerms> all = new ArrayList<>();
        for (PetitionType type : PetitionType.values()) {
            ClockPreset preset = PetitionIntake.presetFor(type, country);
            all.add(clocks.settingOf(body, type.caseType())
                    .map(s -> new TypeTerms(type, s.getPreset(), s.getTerms(), s))
                    .orElseGet(() -> new TypeTerms(type, preset, preset.terms(), null)));
        }
        return all;
    }

    /**
     * Saves the terms of a case type: the cases received from now on run on them. Every broken rule comes
     * back at once, each on its field, and nothing is saved.
     */
    public ClockSetting save(Long bodyId, PetitionType type, TermsInput input) {
        Body body = body(bodyId);
        if (type == null) {
            throw new BusinessException("caseType", "clock.form.caseType");
        }
        ClockTerms terms = input.toTerms();
        ClockPreset preset = input.preset();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClockSetting setting = clocks.settingOf(body, type.caseType()).orElse(null);
        if (setting == null) {
            setting = new ClockSetting(
                    body, type.caseType(), preset, terms, now, scope.caller().orElse(null));
            em.persist(setting);
        } else {
            setting.change(preset, terms, now, scope.caller().orElse(null));
        }
        audit.record(
                AuditAction.CLOCK_CHANGED,
                "ClockSetting",
                body.getCode() + " " + type.caseType(),
                preset.code() + " " + terms.encode());
        return setting;
    }

    /** The body's calendar hours (a body without a calendar works as a Mexican public office). */
    public Hours hoursOf(Long bodyId) {
        Body body = body(bodyId);
        BusinessCalendar calendar = calendars.calendarOf(body).orElseGet(() -> BusinessCalendar.mexicanOffice(body));
        return new Hours(
                calendar.getWorkdayStart(),
                calendar.getWorkdayEnd(),
                calendar.getWorkingDays(),
                body.getTimeZone().getId());
    }

    public List<Holiday> holidays(Long bodyId, int year) {
        return calendars
                .calendarOf(body(bodyId))
                .map(c -> calendars.holidays(c, year))
                .orElse(List.of());
    }

    /** Adds a holiday; returns the id of the recalculation of the open cases it reaches. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String addHoliday(Long bodyId, LocalDate day, String name) {
        Holiday added = self.writeHoliday(bodyId, day, name);
        return recalculator.start(bodyId, added.getDay(), added.getName());
    }

    /** Removes a holiday; returns the id of the recalculation of the open cases it reached. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String removeHoliday(Long bodyId, Long holidayId) {
        Holiday removed = self.deleteHoliday(bodyId, holidayId);
        return recalculator.start(
                bodyId,
                removed.getDay(),
                Bundles.text(TEXTS, Bundles.SPANISH, "clock.dueMoved.holidayRemoved", removed.getName()));
    }

    /** New working days and hours; every open case is recalculated. Returns the recalculation's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String changeHours(Long bodyId, LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        self.writeHours(bodyId, start, end, days);
        return recalculator.start(bodyId, null, Bundles.text(TEXTS, Bundles.SPANISH, "clock.dueMoved.hours"));
    }

    public Optional<RecalculationProgress> progress(String job) {
        return jobs.progress(job);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Holiday writeHoliday(Long bodyId, LocalDate day, String name) {
        Body body = body(bodyId);
        List<BusinessException> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new BusinessException("holidayDay", "clock.holiday.day"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new BusinessException("holidayName", "clock.holiday.name"));
        } else if (name.strip().length() > 150) {
            problems.add(new BusinessException("holidayName", "clock.holiday.nameTooLong", 150));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BusinessCalendar calendar = calendars.calendarFor(body, day.getYear());
        Holiday holiday = calendars.addHoliday(calendar, day, name);
        audit.record(AuditAction.CLOCK_CHANGED, "Holiday", body.getCode() + " " + day, holiday.getName());
        return holiday;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Holiday deleteHoliday(Long bodyId, Long holidayId) {
        Body body = body(bodyId);
        Holiday removed = calendars
                .calendarOf(body)
                .flatMap(c -> calendars.removeHoliday(c, holidayId))
                .orElseThrow(() -> new BusinessException("clock.holiday.unknown"));
        audit.record(
                AuditAction.CLOCK_CHANGED,
                "Holiday",
                body.getCode() + " " + removed.getDay(),
                "- " + removed.getName());
        return removed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeHours(Long bodyId, LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        Body body = body(bodyId);
        List<BusinessException> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new BusinessException("hoursStart", "clock.hours.required"));
        }
        if (end == null) {
            problems.add(new BusinessException("hoursEnd", "clock.hours.required"));
        } else if (start != null && !start.isBefore(end)) {
            problems.add(new BusinessException("hoursEnd", "clock.hours.order"));
        }
        if (days == null || days.isEmpty()) {
            problems.add(new BusinessException("workingDays", "clock.hours.days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BusinessCalendar calendar =
                calendars.calendarFor(body, LocalDate.now(body.getTimeZone()).getYear());
        calendars.changeHours(calendar, start, end, days);
        audit.record(
                AuditAction.CLOCK_CHANGED,
                "BusinessCalendar",
                body.getCode(),
                start + "-" + end + " " + Arrays.toString(days.stream().sorted().toArray()));
    }

    private Body body(Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null) {
            throw new BusinessException("body", "clock.form.body");
        }
        scope.check(body);
        return body;
    }
}
