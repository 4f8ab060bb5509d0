package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.CaseEntry;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockLight;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/**
 * A service report's term on the one legal clock of every case (hand-computed dates; Metepec works Monday to
 * Friday 9:00-18:00, nine hours a day, and Monday 16 November 2026 is the Día de la Revolución).
 */
class ReportTermTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final LegalClock metepec =
            new LegalClock(calendar(Map.of(LocalDate.of(2026, 11, 16), "Día de la Revolución")));
    private final Body body = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", MEXICO);
    private final Department obras = new Department(body, "Dirección de Obras Públicas", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(body, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);
    private final UserAccount agente = UserAccount.staff(
            "agente",
            "Agente Nombre",
            "agente@demo.puente.mx",
            HASH,
            body,
            obras,
            Set.of(Role.AGENTE),
            at(11, 1, 9, 0));

    private static ClockCalendar calendar(Map<LocalDate, String> holidays) {
        return ClockCalendar.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                holidays,
                MEXICO);
    }

    private static OffsetDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MEXICO).toOffsetDateTime();
    }

    private ServiceReport filedAt(OffsetDateTime received) {
        return new ServiceReport(
                new Folio("MET", 2026, 7),
                bacheo,
                "Bache en la esquina",
                santaCruz,
                null,
                null,
                null,
                Channel.PHONE,
                null,
                null,
                ServiceReport.termFrom(metepec, 48, received),
                received,
                null);
    }

    @Test
    void fortyEightBusinessHoursSkipTheWeekendAndTheHolidayAndWarnAtThirtySix() {
        // Friday 13 Nov 17:00: 1 h that Friday; Saturday, Sunday and Monday 16 (a holiday) do not count;
        // Tuesday 17 to Monday 23 give 5 × 9 = 45 h; the last 2 h fall on Tuesday 24 → 11:00.
        // 36 h: 1 + 9 (Tue) + 9 (Wed) + 9 (Thu) = 28, 8 more on Friday 20 → 17:00.
        ServiceReport report = filedAt(at(11, 13, 17, 0));
        assertEquals(at(11, 24, 11, 0), report.getDueAt());
        assertEquals(at(11, 20, 17, 0), report.getAtRiskAt());
        assertEquals(ClockLight.EN_TERMINO, report.getClock().lightAt(at(11, 20, 16, 59)));
        assertEquals(ClockLight.POR_VENCER, report.getClock().lightAt(at(11, 20, 17, 0)));
        assertEquals(ClockLight.VENCIDO, report.getClock().lightAt(at(11, 24, 11, 1)));
    }

    @Test
    void aReportFiledOnAFridayAt1830StartsCountingOnTheNextWorkingMorning() {
        // Out of hours on Friday 13; Monday 16 is a holiday: the count starts Tuesday 17 at 9:00.
        // 48 h = 5 days (Tue 17, Wed 18, Thu 19, Fri 20, Mon 23) and 3 h → Tuesday 24 at 12:00.
        ServiceReport report = filedAt(at(11, 13, 18, 30));
        assertEquals(at(11, 24, 12, 0), report.getDueAt());
        assertEquals(at(11, 13, 18, 30), report.getClock().getReceivedAt());
    }

    @Test
    void aHolidayAddedAfterFilingMovesTheDueDateAndTheHistorySaysSo() {
        ServiceReport report = filedAt(at(11, 17, 9, 0));
        assertEquals(at(11, 24, 12, 0), report.getDueAt(), "5 days and 3 h from Tuesday 9:00");
        LegalClock withFriday = new LegalClock(calendar(Map.of(
                LocalDate.of(2026, 11, 16), "Día de la Revolución",
                LocalDate.of(2026, 11, 20), "Suspensión de labores")));

        report.dueMoved(withFriday, at(11, 18, 10, 0), "Día inhábil agregado: 20 de noviembre");

        assertEquals(at(11, 25, 12, 0), report.getDueAt(), "Friday 20 no longer counts: one working day later");
        ReportTransition moved = report.getHistory().get(report.getHistory().size() - 1);
        assertEquals(CaseEntry.DUE_MOVED, moved.kindName());
        assertTrue(moved.isPublic(), "the reporter reads why his due date moved");
        assertEquals("case.entry.DUE_MOVED", moved.messageKey());
        assertEquals(at(11, 24, 12, 0), moved.getDueBefore());
        assertEquals(at(11, 25, 12, 0), moved.getDueAfter());
        assertEquals("Día inhábil agregado: 20 de noviembre", moved.getText());
        assertEquals(ReportStatus.RECEIVED, moved.getTo(), "the status stays");
    }

    @Test
    void whetherItMetItsTermIsRecordedWhenItClosesAndNeverChanges() {
        ServiceReport onTime = filedAt(at(11, 17, 9, 0));
        onTime.assignTo(agente, agente, at(11, 17, 10, 0), null);
        onTime.startWork(agente, at(11, 17, 11, 0), null);
        onTime.resolve(agente, at(11, 23, 17, 0), "Bache tapado", Duration.ofHours(44));
        assertFalse(onTime.getClock().isClosed(), "a resolved report may still be reopened");
        onTime.close(agente, at(11, 30, 9, 0), null);
        assertTrue(onTime.getClock().isClosed());
        assertEquals(at(11, 23, 17, 0), onTime.getClock().getClosedAt(), "its term ended with the resolution");
        assertEquals(Boolean.TRUE, onTime.getClock().getMetTerm());
        assertTrue(onTime.isWithinDeadline());
        assertThrows(IllegalStateException.class, () -> onTime.dueMoved(metepec, at(12, 1, 9, 0), "Otro día"));

        ServiceReport late = filedAt(at(11, 17, 9, 0));
        late.reject(agente, at(11, 25, 9, 0), "No es competencia del municipio");
        assertEquals(Boolean.FALSE, late.getClock().getMetTerm(), "rejected a day after its due date");
        assertFalse(late.isWithinDeadline());
    }
}
