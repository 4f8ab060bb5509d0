package org.puente.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EngagementRequest;
import org.puente.engagement.ExpertContact;
import org.puente.engagement.Schedule;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/**
 * A scheduled chat or forum and the people around it, built through the aggregates' own verbs (as the
 * demo data does), for the unit tests of chat messages and forum posts.
 */
public final class EventFixture {

    public static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 18, 0, 0, 0, ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    public final Body agency = new Body("ADEM", "Agencia", BodyKind.AGENCIA, "Estado de México", ZONE);
    public final Body salud = new Body("SSEM", "Salud", BodyKind.DEPENDENCIA, "Estado de México", ZONE);
    public final Department contenidos = new Department(agency, "Contenidos", null);
    public final Department unidad = new Department(salud, "Comunicación", null);
    public final UserAccount evaluator = staff("evaluador", agency, contenidos, Role.EVALUADOR);
    public final UserAccount moderator = staff("moderador", agency, contenidos, Role.MODERADOR);
    public final UserAccount enlace = staff("enlace", salud, unidad, Role.ENLACE);
    public final UserAccount expert = staff("experto", salud, unidad, Role.EXPERTO);
    public final UserAccount citizen = UserAccount.citizen("ana@example.mx", "Ana López", "ana@example.mx", HASH, NOW);

    private UserAccount staff(String username, Body body, Department department, Role role) {
        return UserAccount.staff(
                username, username, username + "@example.mx", HASH, body, department, Set.of(role), NOW.minusDays(30));
    }

    /** A scheduled event of the given kind with its expert confirmed and its moderator. */
    public EngagementEvent event(EngagementKind kind) {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Schedule schedule = kind == EngagementKind.CHAT
                ? Schedule.chat(day, LocalTime.of(11, 0), LocalTime.of(13, 0))
                : Schedule.forum(day, day.plusDays(14));
        ExpertContact contact = new ExpertContact(expert.getFullName(), "Director", expert.getEmail(), "722 000 0000");
        EngagementRequest request = new EngagementRequest(
                "ADEM-2026-0001", kind, enlace, List.of("Dengue"), schedule, contact, expert, null, NOW.minusDays(10));
        request.approve(evaluator, NOW.minusDays(8), "Cumple");
        request.confirmExpert(expert, evaluator, NOW.minusDays(8), null);
        request.markScheduled(evaluator, NOW.minusDays(7), null);
        return new EngagementEvent(request, moderator, ZONE);
    }
}
