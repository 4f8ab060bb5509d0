package org.puente.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockPreset;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;
import org.puente.report.Contact;

/**
 * An ARCO request on the LGPDPPSO clock: never anonymous, always with its right; answered within 20 business
 * days; carried out within 15 business days of the answer, once; and its filer anonymised after a cancellation.
 * Expected dates are counted by hand on Metepec's calendar (Monday to Friday 9:00-18:00, 25 December off).
 */
class ArcoRequestTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final LegalClock METEPEC = new LegalClock(ClockCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Map.of(LocalDate.of(2026, 12, 25), "Navidad", LocalDate.of(2027, 1, 1), "Año Nuevo"),
            ZONE));
    /** Monday 23 November 2026, 10:00 in Metepec. */
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-23T10:00-06:00");

    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Body agency = new Body("ADEM", "Agencia", BodyKind.AGENCIA, "Estado de México", ZONE);
    private final UserAccount officer = UserAccount.staff(
            "admin",
            "Adriana Álvarez",
            "admin@demo.puente.mx",
            HASH,
            agency,
            new Department(agency, "Gobierno Digital", null),
            Set.of(Role.ADMIN),
            RECEIVED);
    private final UserAccount ana =
            UserAccount.citizen("ana@example.mx", "Ana López", "ana@example.mx", HASH, RECEIVED);

    private Petition arco(ArcoRight right, CaseIdentity identity, Contact contact, UserAccount citizen) {
        return new Petition(
                new Folio("MET", "ARCO", 2026, 1),
                metepec,
                null,
                PetitionType.ARCO,
                right,
                identity,
                PetitionChannel.WEB,
                "Derecho ARCO: cancelación",
                "Cancelen mis datos. Soy Ana López.",
                contact,
                citizen,
                CaseClock.received(RECEIVED, ClockPreset.MX_LGPDPPSO_ARCO.terms()),
                METEPEC);
    }

    @Test
    void anArcoRequestIsNeverAnonymousAndNamesItsRight() {
        RuleViolation anonymous = assertThrows(
                RuleViolation.class, () -> arco(ArcoRight.CANCELACION, CaseIdentity.ANONYMOUS, Contact.none(), null));
        assertEquals("petition.anonymous.notAllowed", anonymous.getMessageKey());
        RuleViolation noRight =
                assertThrows(RuleViolation.class, () -> arco(null, CaseIdentity.IDENTIFIED, Contact.none(), ana));
        assertEquals("petition.arco.right", noRight.getMessageKey());
        RuleViolation nobody = assertThrows(
                RuleViolation.class, () -> arco(ArcoRight.ACCESO, CaseIdentity.IDENTIFIED, Contact.none(), null));
        assertEquals("petition.contact.required", nobody.getMessageKey(), "an answer must reach someone");
    }

    @Test
    void answeredWithinTwentyBusinessDaysAndCarriedOutWithinFifteenOnce() {
        Petition p = arco(ArcoRight.CANCELACION, CaseIdentity.IDENTIFIED, Contact.none(), ana);
        // 24-27 Nov (4), 30 Nov-4 Dec (9), 7-11 Dec (14), 14-18 Dec (19), Monday 21 Dec (20)
        assertEquals(
                OffsetDateTime.parse("2026-12-21T18:00-06:00"), p.getClock().getDueAt());
        RuleViolation early = assertThrows(RuleViolation.class, () -> p.carriedOut(officer, RECEIVED, "hecho"));
        assertEquals("petition.arco.notToCarryOut", early.getMessageKey(), "nothing to carry out before the answer");

        OffsetDateTime answered = OffsetDateTime.parse("2026-12-02T12:00-06:00");
        p.respond(METEPEC, "Procede la cancelación.", officer, answered);
        // from Thursday 3 Dec: 3-4 Dec (2), 7-11 (7), 14-18 (12), 21, 22, 23 Dec (15)
        assertEquals(
                OffsetDateTime.parse("2026-12-23T18:00-06:00"),
                p.getClock()
                        .clock()
                        .executionDue(METEPEC)
                        .atZoneSameInstant(ZONE)
                        .toOffsetDateTime());

        p.carriedOut(officer, answered.plusDays(1), "Bloqueados y anonimizados");
        assertEquals(answered.plusDays(1), p.getCarriedOutAt());
        PetitionEntry last = p.getHistory().get(p.getHistory().size() - 1);
        assertEquals(PetitionEntry.Kind.CARRIED_OUT, last.getKind());
        assertTrue(last.isPublic(), "the citizen reads that it was carried out");
        assertEquals("Gobierno Digital", last.getActorUnit());
        assertThrows(RuleViolation.class, () -> p.carriedOut(officer, answered.plusDays(2), "otra vez"));
    }

    @Test
    void anonymisingLeavesTheFolioTypeAndClockAndNothingOfTheFiler() {
        Petition p = arco(
                ArcoRight.CANCELACION,
                CaseIdentity.IDENTIFIED,
                new Contact("Ana López", "ana@example.mx", "722 123 4567"),
                ana);
        p.anonymise("[Datos cancelados]");
        assertTrue(p.getContact().isAnonymous());
        assertNull(p.getCitizen());
        assertEquals("[Datos cancelados]", p.getText());
        assertEquals("[Datos cancelados]", p.getSubject());
        assertEquals("MET-ARCO-2026-000001", p.getFolio());
        assertEquals(ArcoRight.CANCELACION, p.getArcoRight());
        assertEquals(RECEIVED, p.getReceivedAt());
        assertEquals(
                List.of(PetitionEntry.Kind.RECEIVED),
                p.getHistory().stream().map(PetitionEntry::getKind).toList());
    }
}
