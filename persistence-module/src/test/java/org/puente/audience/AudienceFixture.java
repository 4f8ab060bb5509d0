package org.puente.audience;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockPreset;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionType;
import org.puente.report.Contact;

/** Metepec, two of its departments, and a calendar; petitions registered at an audience. */
final class AudienceFixture {

    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** Monday 7 December 2026, 9:00 in Metepec. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00-06:00");

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    final Body metepec = new Body("MET", "H. Ayuntamiento de Metepec", BodyKind.MUNICIPIO, "Estado de México", MEXICO);
    final Body toluca = new Body("TOL", "H. Ayuntamiento de Toluca", BodyKind.MUNICIPIO, "Estado de México", MEXICO);
    final Department obras = new Department(metepec, "Obras Públicas", null);
    final Department agua = new Department(metepec, "Agua Potable", null);
    final Department tolucaObras = new Department(toluca, "Obras de Toluca", null);
    final LegalClock legal = new LegalClock(ClockCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Map.of(LocalDate.of(2026, 12, 25), "Navidad"),
            MEXICO));
    private long folios;

    /** Tuesday 8 December 2026, 10:00-14:00, in person, Obras and Agua, {@code capacity} turns of 60 minutes. */
    AudiencePlan tuesday(int capacity) {
        return new AudiencePlan(
                TUESDAY,
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                AudienceMode.IN_PERSON,
                "Palacio Municipal, Sala de Cabildo",
                null,
                "Presidenta municipal; Director de Obras Públicas",
                Set.of(obras, agua),
                capacity,
                60);
    }

    AudienceSession session(int capacity) {
        return new AudienceSession(metepec, tuesday(capacity), TODAY);
    }

    Petition petition(Department department, String email, String phone) {
        return new Petition(
                new Folio("MET", "PQR", 2026, ++folios),
                department.getBody(),
                department,
                PetitionType.PETICION,
                null,
                CaseIdentity.IDENTIFIED,
                PetitionChannel.AUDIENCE,
                "Bache en la calle",
                "Hay un bache frente a la escuela.",
                new Contact("Vecina " + folios, email, phone),
                null,
                CaseClock.received(NOW, ClockPreset.MX_MUNICIPAL.terms()),
                legal);
    }
}
