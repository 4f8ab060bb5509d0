package org.puente.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.puente.identity.UserAccount;
import org.puente.incident.AffectedService;
import org.puente.incident.IncidentNotice;
import org.puente.incident.NoticeContent;
import org.puente.incident.NoticeStatus;
import org.puente.incident.ServiceChannel;
import org.puente.organization.Body;

/**
 * The demo municipality's incident notices of the last months, all resolved, written through the notice's own
 * verbs by its communication staff: the *7311 line down for two hours, the web site slow for a morning, the
 * offices closed for the mayor's report. None is active, so the demo shows no banner (a newcomer must not think
 * it broken); the status page and the feed have their history. The closure day is not marked as a non-working
 * day: that is the administrator's step, left for the demo to show.
 */
@Stateless
public class DemoIncidentNotices {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void generate(Body body, UserAccount by) {
        LocalDate today = LocalDate.now(clock.withZone(body.getTimeZone()));

        OffsetDateTime phone = at(body, weekday(today.minusDays(74)), 10, 5);
        IncidentNotice line = new IncidentNotice(
                body,
                new NoticeContent(
                        "La línea *7311 no recibe llamadas",
                        AffectedService.CANAL,
                        ServiceChannel.LINEA_7311,
                        null,
                        phone,
                        null),
                "Las llamadas al *7311 no entran desde las 10:00. Mientras lo resolvemos, puedes reportar en línea"
                        + " desde la sección Reportar.",
                by,
                phone.plusMinutes(12));
        line.update(
                "Identificamos una falla en el conmutador del proveedor de telefonía; ya trabaja en ella.",
                NoticeStatus.IDENTIFICADO,
                by,
                phone.plusMinutes(55));
        line.resolve(
                "La línea *7311 funciona de nuevo. Gracias por tu paciencia.",
                phone.plusHours(2),
                by,
                phone.plusHours(2).plusMinutes(6));
        em.persist(line);

        OffsetDateTime slow = at(body, weekday(today.minusDays(39)), 9, 30);
        IncidentNotice site = new IncidentNotice(
                body,
                new NoticeContent("El sitio responde con lentitud", AffectedService.SITIO_WEB, null, null, slow, null),
                "Las páginas tardan en cargar. Los reportes y peticiones enviados se reciben con normalidad.",
                by,
                slow.plusMinutes(20));
        site.update(
                "La lentitud se debe a una actualización del servidor; terminará antes del mediodía.",
                NoticeStatus.IDENTIFICADO,
                by,
                slow.plusMinutes(70));
        site.resolve("El sitio responde con normalidad.", slow.plusHours(3).plusMinutes(40), by, slow.plusHours(4));
        em.persist(site);

        LocalDate closed = weekday(today.minusDays(18));
        OffsetDateTime announced = at(body, closed.minusDays(3), 12, 0);
        IncidentNotice offices = new IncidentNotice(
                body,
                new NoticeContent(
                        "Oficinas cerradas por el informe de gobierno",
                        AffectedService.OFICINA,
                        null,
                        "Palacio Municipal: ventanillas de atención ciudadana",
                        at(body, closed, 8, 0),
                        closed),
                "Con motivo del informe de gobierno, las ventanillas del Palacio Municipal no atenderán ese día."
                        + " La línea *7311 y el sitio funcionan como siempre.",
                by,
                announced);
        offices.resolve(
                "Las ventanillas atienden de nuevo en su horario habitual.",
                at(body, closed, 18, 0),
                by,
                at(body, closed.plusDays(1), 8, 30));
        em.persist(offices);
    }

    /** The day, or the Monday after when it falls on a weekend. */
    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static OffsetDateTime at(Body body, LocalDate day, int hour, int minute) {
        ZonedDateTime local = day.atTime(LocalTime.of(hour, minute)).atZone(body.getTimeZone());
        return local.toOffsetDateTime();
    }
}
