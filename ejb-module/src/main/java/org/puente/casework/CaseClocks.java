package org.puente.casework;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.organization.Body;

/**
 * The legal clock of each body and case type: the body's calendar with its holidays as the engine reads
 * it ({@link #clockOf}), and the terms in force for a case type ({@link #termsOf}: the administrator's
 * {@link ClockSetting}, or the type's default preset for the body's country). Every kind of case starts
 * its clock here ({@link #receive}).
 */
@Stateless
public class CaseClocks {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private CalendarService calendars;

    @Inject
    private Clock clock;

    /**
     * The engine over the body's one business calendar ({@link CalendarService#businessTime}: its holidays of
     * last year, this year and the next two, kept a minute there and cleared at once by a calendar change).
     */
    public LegalClock clockOf(Body body) {
        int year =
                OffsetDateTime.now(clock).atZoneSameInstant(body.getTimeZone()).getYear();
        return new LegalClock(calendars.businessTime(body, year));
    }

    /** Forgets the kept calendars (a holiday or the working hours changed). */
    public static void forget() {
        CalendarService.forget();
    }

    /** The administrator's setting for the body and case type, if he made one. */
    public Optional<ClockSetting> settingOf(Body body, String caseType) {
        return em.createNamedQuery("ClockSetting.of", ClockSetting.class)
                .setParameter("body", body)
                .setParameter("caseType", caseType)
                .getResultStream()
                .findFirst();
    }

    /** The terms in force for the case type: the body's setting, or {@code preset} when it made none. */
    public ClockTerms termsOf(Body body, String caseType, ClockPreset preset) {
        return settingOf(body, caseType).map(ClockSetting::getTerms).orElse(preset.terms());
    }

    /** A new case's clock, received at {@code at} under the terms in force. */
    public CaseClock receive(Body body, String caseType, ClockPreset preset, OffsetDateTime at) {
        return CaseClock.received(at, termsOf(body, caseType, preset));
    }

    /** The country whose preset a body starts from: its calendar's holiday country ("MX" when it has none). */
    public String countryOf(Body body) {
        return calendars
                .calendarOf(body)
                .map(BusinessCalendar::getHolidayCountry)
                .orElse("MX");
    }
}
