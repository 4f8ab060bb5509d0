package org.puente.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.puente.platform.RuleViolation;

class PlatformIncidentTest {

    private final People p = new People();
    private static final OffsetDateTime NOW = People.NOW;
    private static final OffsetDateTime DUE = NOW.plusMinutes(30);

    private PlatformIncident incident() {
        return new PlatformIncident(p.enlace, null, "  El chat no carga  ", NOW, DUE);
    }

    @Test
    void anIncidentIsOpenUntilItsFirstResponse() {
        PlatformIncident i = incident();
        assertEquals(IncidentStatus.OPEN, i.getStatus());
        assertEquals("El chat no carga", i.getDescription());
        assertEquals(p.salud, i.getBody());
        assertEquals(DUE, i.getResponseDueAt());
        assertEquals(EnumSet.of(IncidentStep.RESPOND, IncidentStep.RESOLVE), i.allowedSteps(p.evaluador));
        assertEquals(EnumSet.of(IncidentStep.RESPOND, IncidentStep.RESOLVE), i.allowedSteps(p.moderador));
        assertEquals(EnumSet.noneOf(IncidentStep.class), i.allowedSteps(p.enlace), "the reporter does not answer");
        assertEquals(EnumSet.noneOf(IncidentStep.class), i.allowedSteps(p.experto));
        assertEquals(
                "incident.response.required",
                assertThrows(RuleViolation.class, () -> new PlatformIncident(p.enlace, null, " ", NOW, DUE))
                        .getMessageKey());
    }

    @Test
    void aResponseInTimeCountsAndLeavesOnlyResolving() {
        PlatformIncident i = incident();
        assertThrows(IllegalStateException.class, () -> i.respond(p.enlace, "Yo mismo", NOW));
        i.respond(p.moderador, " Lo revisamos ", DUE);
        assertEquals(IncidentStatus.ANSWERED, i.getStatus());
        assertEquals("Lo revisamos", i.getResponse());
        assertEquals(p.moderador, i.getResponder());
        assertTrue(i.isAnsweredInTime(), "at the due minute is in time");
        assertEquals(EnumSet.of(IncidentStep.RESOLVE), i.allowedSteps(p.evaluador));
        assertThrows(IllegalStateException.class, () -> i.respond(p.evaluador, "Otra vez", NOW));
        i.resolve(p.evaluador, "Arreglado", DUE.plusHours(1));
        assertEquals(IncidentStatus.RESOLVED, i.getStatus());
        assertEquals(DUE.plusHours(1), i.getResolvedAt());
        assertEquals("Lo revisamos", i.getResponse(), "the first response stays");
        assertEquals(EnumSet.noneOf(IncidentStep.class), i.allowedSteps(p.evaluador));
    }

    @Test
    void resolvingAnOpenIncidentIsItsFirstResponseToo() {
        PlatformIncident i = incident();
        i.resolve(p.admin, "Ya funciona", DUE.plusMinutes(1));
        assertEquals(IncidentStatus.RESOLVED, i.getStatus());
        assertEquals("Ya funciona", i.getResponse());
        assertEquals(DUE.plusMinutes(1), i.getRespondedAt());
        assertFalse(i.isAnsweredInTime(), "a minute late");
        assertEquals(
                "incident.response.required",
                assertThrows(RuleViolation.class, () -> incident().respond(p.evaluador, "", NOW))
                        .getMessageKey());
        assertEquals(
                "incident.description.tooLong",
                assertThrows(RuleViolation.class, () -> incident().respond(p.evaluador, "x".repeat(2001), NOW))
                        .getMessageKey());
    }

    @Test
    void anUnansweredIncidentIsEscalatedOnceAtItsDueTime() {
        PlatformIncident i = incident();
        assertFalse(i.escalate(DUE.minusSeconds(1)));
        assertNull(i.getEscalatedAt());
        assertTrue(i.escalate(DUE));
        assertEquals(DUE, i.getEscalatedAt());
        assertFalse(i.escalate(DUE.plusHours(1)), "once");
        PlatformIncident answered = incident();
        answered.respond(p.evaluador, "Visto", NOW);
        assertFalse(answered.escalate(DUE.plusHours(1)), "an answered incident is not escalated");
    }
}
