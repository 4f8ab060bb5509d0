package org.puente.engagement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/** The people and places of the engagement unit tests: an agency, a ministry with two units, one account per role. */
final class People {

    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 14, 0, 0, 0, ZoneOffset.UTC);
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    final Body agency = new Body("ADEM", "Agencia Digital", BodyKind.AGENCIA, "Estado de México", MEXICO);
    final Body salud = new Body("SALUD", "Secretaría de Salud", BodyKind.DEPENDENCIA, "Estado de México", MEXICO);
    final Department comunicacion = new Department(salud, "Comunicación Social", null);
    final Department prevencion = new Department(salud, "Prevención", null);
    final UserAccount enlace = staff("enlace", salud, comunicacion, Role.ENLACE);
    final UserAccount otherEnlace = staff("enlace2", salud, prevencion, Role.ENLACE);
    final UserAccount evaluador = staff("evaluador", agency, null, Role.EVALUADOR);
    final UserAccount admin = staff("admin", agency, null, Role.ADMIN);
    final UserAccount moderador = staff("moderador", agency, null, Role.MODERADOR);
    final UserAccount moderador2 = staff("moderador2", agency, null, Role.MODERADOR);
    final UserAccount experto = staff("experto", salud, null, Role.EXPERTO);
    final UserAccount experto2 = staff("experto2", salud, null, Role.EXPERTO);

    /** A chat on Tuesday 8 December 2026, 11:00-13:00. */
    static Schedule chatDay() {
        return Schedule.chat(LocalDate.of(2026, 12, 8), LocalTime.of(11, 0), LocalTime.of(13, 0));
    }

    static UserAccount staff(String username, Body body, Department department, Role role) {
        return UserAccount.staff(
                username, "Nombre de " + username, username + "@example.mx", HASH, body, department, Set.of(role), NOW);
    }

    /** A chat request filed by the Enlace of Comunicación Social, with the demo expert's account. */
    EngagementRequest chatRequest(String folio) {
        return new EngagementRequest(
                folio,
                EngagementKind.CHAT,
                enlace,
                List.of("Vacunación"),
                chatDay(),
                new ExpertContact("Nombre de experto", "Director", "experto@example.mx", null),
                experto,
                null,
                NOW);
    }

    /** A chat request approved, its expert confirmed and scheduled: ready for its event. */
    EngagementRequest scheduled(String folio, UserAccount expert, Schedule when) {
        EngagementRequest r = new EngagementRequest(
                folio,
                EngagementKind.CHAT,
                enlace,
                List.of("Tema " + folio),
                when,
                new ExpertContact("Experto", null, "x@example.mx", null),
                null,
                null,
                NOW);
        r.approve(evaluador, NOW, null);
        r.confirmExpert(expert, evaluador, NOW, null);
        r.markScheduled(evaluador, NOW, null);
        return r;
    }
}
