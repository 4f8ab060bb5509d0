package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

/** Who is told of a status change: the reporter, and each follower with an e-mail, every address once. */
class ReportNoticesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String NOTE = "Otra persona reportó el mismo problema.";

    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final PublicService bacheo = new PublicService(
            new Department(metepec, "Dirección de Obras Públicas", null), "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(metepec, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);

    /** Records what would be queued. */
    private static final class Outbox extends NotificationService {
        final List<String> queued = new ArrayList<>();

        @Override
        public void enqueue(String recipient, String template, Object... arguments) {
            if (recipient != null) {
                queued.add(recipient + " " + template + " "
                        + String.join(
                                "|",
                                List.of(arguments).stream().map(String::valueOf).toList()));
            }
        }
    }

    @Test
    void theReporterAndEveryFollowerWithAnEmailAreToldOnce() {
        ServiceReport report = report(new Contact("Vecina", "vecina@example.mx", null));
        report.addFollower(new Contact("Ana", "ana@example.mx", null), Channel.PHONE, null, NOW, NOTE);
        report.addFollower(new Contact("Sin correo", null, "7221234567"), Channel.PHONE, null, NOW, NOTE);
        report.addFollower(new Contact(null, "VECINA@example.mx", null), Channel.WEB, null, NOW, NOTE);
        report.addFollower(new Contact(null, "ana@example.mx", null), Channel.WEB, null, NOW, NOTE);
        report.addFollower(new Contact(null, "luis@example.mx", null), Channel.WEB, null, NOW, NOTE);

        Outbox outbox = new Outbox();
        ReportNotices.statusChanged(outbox, report, "En proceso", "Vamos en camino", "https://puente.example");

        assertEquals(
                List.of(
                        "vecina@example.mx report.status MET-2026-000007|En proceso|Vamos en camino|https://puente.example",
                        "ana@example.mx report.followed.status MET-2026-000007|En proceso|Vamos en camino|https://puente.example",
                        "luis@example.mx report.followed.status MET-2026-000007|En proceso|Vamos en camino|https://puente.example"),
                outbox.queued);
    }

    @Test
    void aReportFiledWithoutEmailStillTellsItsFollowers() {
        ServiceReport report = report(Contact.none());
        report.addFollower(new Contact(null, "ana@example.mx", null), Channel.PHONE, null, NOW, NOTE);

        assertEquals(new ReportNotices.Recipients(null, List.of("ana@example.mx")), ReportNotices.recipients(report));
    }

    private ServiceReport report(Contact contact) {
        return new ServiceReport(
                new Folio("MET", 2026, 7),
                bacheo,
                "Bache en la esquina",
                santaCruz,
                null,
                null,
                null,
                Channel.WEB,
                contact,
                null,
                org.puente.casework.ClockRecord.of(
                        org.puente.casework.CaseClock.received(NOW, ServiceReport.termsFor(48)),
                        new org.puente.casework.ClockReading(
                                NOW.plusHours(48), NOW.plusHours(36), null, NOW.toLocalDate(), java.util.List.of())),
                NOW,
                null);
    }
}
