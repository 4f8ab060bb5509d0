package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/** "Me too": only an open report is followed; the step is in the history, the status stays. */
class ReportFollowerTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(metepec, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);
    private final UserAccount agente = UserAccount.staff(
            "agente", "Jorge Luis Pérez Nava", "agente@demo.puente.mx", HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
    private final UserAccount operador = UserAccount.staff(
            "operador",
            "Rosa María Castillo Díaz",
            "operador@demo.puente.mx",
            HASH,
            metepec,
            obras,
            Set.of(Role.OPERADOR),
            NOW);

    @Test
    void aCallerFollowsAnOpenReportAndTheHistorySaysSoWithoutChangingTheStatus() {
        ServiceReport report = report();
        report.startWork(agente, NOW, null);

        ReportFollower follower = report.addFollower(
                new Contact(" Ana Ruiz ", "Ana@Example.MX", "722 123 4567"),
                Channel.PHONE,
                operador,
                NOW.plusHours(1),
                "Otra persona reportó el mismo problema.");

        assertEquals(ReportStatus.IN_PROGRESS, report.getStatus());
        assertEquals(1, report.getFollowers().size());
        assertSame(follower, report.getFollowers().get(0));
        assertSame(report, follower.getReport());
        assertEquals("Ana Ruiz", follower.getContact().getName());
        assertEquals("ana@example.mx", follower.getContact().getEmail());
        assertEquals(Channel.PHONE, follower.getChannel());
        assertSame(operador, follower.getAddedBy());
        ReportTransition step = report.getHistory().get(2);
        assertEquals(ReportStatus.IN_PROGRESS, step.getFrom());
        assertEquals(ReportStatus.IN_PROGRESS, step.getTo());
        assertEquals("Otra persona reportó el mismo problema.", step.getText());
        assertEquals("Dirección de Obras Públicas", step.getActorUnit());
    }

    @Test
    void aClosedReportIsNotFollowedAndNothingIsRecorded() {
        ServiceReport report = report();
        report.reject(agente, NOW, "Es una obra particular");
        assertThrows(
                IllegalStateException.class,
                () -> report.addFollower(
                        new Contact(null, "ana@example.mx", null),
                        Channel.WEB,
                        null,
                        NOW,
                        "Otra persona reportó el mismo problema."));
        assertEquals(0, report.getFollowers().size());
        assertEquals(2, report.getHistory().size());
    }

    @Test
    void theStepNeedsItsNote() {
        ServiceReport report = report();
        assertThrows(
                IllegalArgumentException.class,
                () -> report.addFollower(Contact.none(), Channel.PHONE, operador, NOW, " "));
        assertEquals(0, report.getFollowers().size());
        assertEquals(1, report.getHistory().size());
    }

    private ServiceReport report() {
        return new ServiceReport(
                new Folio("MET", 2026, 7),
                bacheo,
                "Bache en la esquina",
                santaCruz,
                null,
                null,
                null,
                Channel.WEB,
                Contact.none(),
                null,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
    }
}
