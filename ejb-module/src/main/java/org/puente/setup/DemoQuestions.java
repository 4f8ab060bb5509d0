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
import java.util.List;
import org.puente.hoax.Hoax;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.platform.SecretTokens;
import org.puente.question.Question;
import org.puente.question.QuestionTopic;
import org.puente.question.SameDoubt;

/**
 * The demo municipality's public Q&A of the last months, written through the question's own verbs: about 27
 * questions on property tax, water, licences, social programmes and procedures, asked by the demo citizen or under
 * nicknames (their e-mails confirmed), published by the moderator and answered by Metepec's communication staff,
 * each with how many people had the same doubt; one answer outdated and superseded (its versions show); a few
 * questions waiting for moderation, one published without an answer yet, and one personal case the detector
 * stopped (it carries a phone number).
 */
@Stateless
public class DemoQuestions {

    private static final String GOB = "https://www.metepec.gob.mx";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The question whose answer links to the demo's debunk of the rumour of a week without water. */
    private static final String NO_WATER = "¿Qué hago si no me llega el agua en mi colonia?";

    /** One answered question: its topic, text, answer, sources, days ago it was asked, and same-doubt count. */
    private record Qa(QuestionTopic topic, String question, String answer, String source, int daysAgo, int doubts) {}

    private static final List<Qa> ANSWERED = List.of(
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Hasta cuándo hay descuento por pago anticipado del predial?",
                    "El descuento por pago anual anticipado es del 8 % en enero, 6 % en febrero y 4 % en marzo. Después"
                            + " de marzo se paga la cuota normal.",
                    GOB + "/tesoreria/predial",
                    180,
                    64),
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Dónde puedo pagar el impuesto predial?",
                    "En las cajas de la Tesorería del Palacio Municipal, en las oficinas auxiliares de San Salvador"
                            + " Tizatlalli y San Jerónimo Chicahualco, en bancos con tu línea de captura y en línea.",
                    GOB + "/tesoreria/pagos",
                    170,
                    41),
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Las personas jubiladas y pensionadas tienen descuento en el predial?",
                    "Sí. Las personas jubiladas, pensionadas, con discapacidad o adultas mayores tienen un descuento del"
                            + " 34 % en el predial de su casa habitación, con su credencial y la boleta del año"
                            + " anterior.",
                    GOB + "/tesoreria/descuentos",
                    150,
                    52),
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Qué necesito para cambiar el nombre del propietario en el predial?",
                    "El traslado de dominio se tramita en Catastro con la escritura inscrita, la identificación del"
                            + " nuevo propietario y el último recibo pagado.",
                    GOB + "/catastro",
                    120,
                    17),
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Puedo pagar el predial en mensualidades?",
                    "Sí: la Tesorería ofrece convenios de pago en parcialidades para adeudos de años anteriores. Pide tu"
                            + " convenio en ventanilla.",
                    GOB + "/tesoreria/convenios",
                    95,
                    23),
            new Qa(
                    QuestionTopic.AGUA,
                    "¿Cómo reporto una fuga de agua en la calle?",
                    "Repórtala en Puente, sección Reportar, eligiendo «Fuga de agua», o llama al *7311. El OPDAPAS la"
                            + " atiende según su gravedad.",
                    GOB + "/opdapas",
                    200,
                    38),
            new Qa(
                    QuestionTopic.AGUA,
                    "¿Cuándo vence el pago anual del agua con descuento?",
                    "El pago anual anticipado del agua tiene descuento en enero, febrero y marzo, como el predial.",
                    GOB + "/opdapas/pagos",
                    175,
                    29),
            new Qa(
                    QuestionTopic.AGUA,
                    NO_WATER,
                    "Revisa en la página del OPDAPAS si hay un corte programado en tu colonia; si no lo hay, repórtalo"
                            + " en Puente o al *7311 para que envíen una pipa o revisen la red.",
                    GOB + "/opdapas/cortes",
                    60,
                    33),
            new Qa(
                    QuestionTopic.AGUA,
                    "¿Cómo contrato una nueva toma de agua?",
                    "En las oficinas del OPDAPAS con la escritura o contrato de arrendamiento, la licencia de"
                            + " construcción y tu identificación; te dan fecha de instalación.",
                    GOB + "/opdapas/tomas",
                    110,
                    12),
            new Qa(
                    QuestionTopic.AGUA,
                    "¿El recibo del agua se puede pedir por correo electrónico?",
                    "Sí: regístrate en el portal del OPDAPAS con tu número de cuenta y elige el recibo digital.",
                    GOB + "/opdapas",
                    40,
                    8),
            new Qa(
                    QuestionTopic.LICENCIAS,
                    "¿Qué necesito para abrir una tienda de abarrotes?",
                    "Una licencia de funcionamiento de bajo impacto: solicitud, identificación, comprobante de"
                            + " domicilio del local, uso de suelo y dictamen de Protección Civil. Se tramita en la"
                            + " Ventanilla Única.",
                    GOB + "/desarrollo-economico",
                    190,
                    45),
            new Qa(
                    QuestionTopic.LICENCIAS,
                    "¿Cuánto tarda la licencia de construcción?",
                    "Hasta 10 días hábiles con el expediente completo: planos firmados por perito, escritura, predial"
                            + " pagado y alineamiento y número oficial.",
                    GOB + "/desarrollo-urbano",
                    160,
                    21),
            new Qa(
                    QuestionTopic.LICENCIAS,
                    "¿Necesito permiso para poner una barda?",
                    "Sí, una licencia de construcción menor si la barda mide más de 2.5 m o da a la vía pública.",
                    GOB + "/desarrollo-urbano",
                    130,
                    9),
            new Qa(
                    QuestionTopic.LICENCIAS,
                    "¿Cada cuánto se renueva la licencia de funcionamiento?",
                    "Cada año, en los primeros tres meses, con el refrendo y el pago de derechos.",
                    GOB + "/desarrollo-economico/refrendo",
                    85,
                    19),
            new Qa(
                    QuestionTopic.LICENCIAS,
                    "¿Qué permiso necesito para una fiesta en la calle?",
                    "Un permiso de uso de la vía pública de la Dirección de Gobierno, pedido con 10 días de"
                            + " anticipación y con la firma de los vecinos de la cuadra.",
                    GOB + "/gobierno",
                    50,
                    14),
            new Qa(
                    QuestionTopic.PROGRAMAS_SOCIALES,
                    "¿Cómo me inscribo al programa de apoyo a mujeres jefas de familia?",
                    "En los módulos del DIF municipal durante la convocatoria, con tu CURP, identificación, comprobante"
                            + " de domicilio y las actas de nacimiento de tus hijos.",
                    GOB + "/dif",
                    185,
                    58),
            new Qa(
                    QuestionTopic.PROGRAMAS_SOCIALES,
                    "¿Hay becas municipales para estudiantes de secundaria?",
                    "Sí, la beca «Metepec Aprende» abre su convocatoria en agosto; se publica en la Gaceta Municipal y"
                            + " en redes del Ayuntamiento.",
                    GOB + "/educacion",
                    140,
                    36),
            new Qa(
                    QuestionTopic.PROGRAMAS_SOCIALES,
                    "¿Dónde tramito la credencial de discapacidad?",
                    "En la Unidad Básica de Rehabilitación del DIF, con valoración médica y tu identificación.",
                    GOB + "/dif/ubr",
                    100,
                    11),
            new Qa(
                    QuestionTopic.PROGRAMAS_SOCIALES,
                    "¿Los adultos mayores tienen transporte gratuito?",
                    "El municipio no opera el transporte; la tarjeta de descuento para adultos mayores se tramita con"
                            + " el Gobierno del Estado. El DIF te orienta.",
                    GOB + "/dif/adultos-mayores",
                    70,
                    27),
            new Qa(
                    QuestionTopic.PROGRAMAS_SOCIALES,
                    "¿Cuándo entregan los paquetes de útiles escolares?",
                    "Al inicio del ciclo escolar, en las escuelas públicas de Metepec que se inscribieron al programa.",
                    GOB + "/educacion",
                    30,
                    15),
            new Qa(
                    QuestionTopic.TRAMITES,
                    "¿Cómo saco una copia certificada de acta de nacimiento?",
                    "En las oficialías del Registro Civil o en línea en el portal del Gobierno del Estado; llevas tu"
                            + " CURP y pagas los derechos.",
                    GOB + "/registro-civil",
                    195,
                    30),
            new Qa(
                    QuestionTopic.TRAMITES,
                    "¿En qué horario atienden las ventanillas del Palacio Municipal?",
                    "De lunes a viernes de 9:00 a 15:00 horas, salvo días inhábiles publicados.",
                    GOB + "/contacto",
                    165,
                    22),
            new Qa(
                    QuestionTopic.TRAMITES,
                    "¿Cómo tramito la constancia de domicilio?",
                    "En la Secretaría del Ayuntamiento con identificación, comprobante de domicilio reciente y dos"
                            + " testigos vecinos; se entrega el mismo día.",
                    GOB + "/secretaria",
                    125,
                    26),
            new Qa(
                    QuestionTopic.TRAMITES,
                    "¿Puedo dar de baja un negocio en línea?",
                    "Todavía no: la baja se presenta en la Ventanilla Única con la licencia original.",
                    GOB + "/desarrollo-economico",
                    55,
                    5),
            new Qa(
                    QuestionTopic.TRAMITES,
                    "¿Cómo presento una queja contra un servidor público?",
                    "Con una petición (PQRS) tipo queja en Puente o en la Contraloría Municipal; recibes un folio y un"
                            + " plazo de respuesta.",
                    GOB + "/contraloria",
                    20,
                    18),
            new Qa(
                    QuestionTopic.OTROS,
                    "¿Cuánto tardan en tapar un bache que reporté?",
                    "Bacheo programa cada bache reportado en la ruta de su cuadrilla; con tu folio ves en Puente el plazo"
                            + " que le toca, si está en riesgo de vencer y cuándo se atendió.",
                    GOB + "/obras-publicas",
                    75,
                    31),
            new Qa(
                    QuestionTopic.PREDIAL,
                    "¿Puedo pagar el predial con tarjeta de crédito?",
                    "Sí: en las cajas de la Tesorería y en línea se acepta tarjeta de crédito o de débito; los meses sin"
                            + " intereses solo aplican en las campañas que anuncie la Tesorería.",
                    GOB + "/tesoreria/pagos",
                    45,
                    16));

    public void generate(Body body, UserAccount moderator, UserAccount answerer, UserAccount citizen) {
        LocalDate today = LocalDate.now(clock.withZone(body.getTimeZone()));
        int person = 0;
        for (int i = 0; i < ANSWERED.size(); i++) {
            Qa qa = ANSWERED.get(i);
            LocalDate asked = weekday(today.minusDays(qa.daysAgo()));
            OffsetDateTime at = at(body, asked, 9 + i % 8, 10 + i);
            Question q = ask(body, qa.topic(), qa.question(), i, citizen, at);
            q.publish(moderator, at.plusHours(3));
            LocalDate answeredOn = weekday(asked.plusDays(1 + i % 3));
            q.answer(
                    qa.answer(),
                    List.of(qa.source()),
                    qa.question().equals(NO_WATER) ? debunk(body, "%agua potable de Metepec se cortará%") : null,
                    answeredOn,
                    answeredOn,
                    answerer,
                    at(body, answeredOn, 12, 30));
            em.persist(q);
            for (int d = 0; d < qa.doubts(); d++) {
                em.persist(new SameDoubt(q, "b:demo-" + person++, at.plusDays(1 + d % 20)));
                q.addSameDoubt();
            }
            if (i == 0) {
                // The discount changed with the new year's revenue law: outdated, then a new version.
                LocalDate changed = weekday(today.minusDays(25));
                q.markOutdated(answerer, at(body, changed, 10, 0));
                q.answer(
                        "Con la Ley de Ingresos vigente, el descuento por pago anual anticipado es del 8 % en enero,"
                                + " 6 % en febrero y 4 % en marzo; las personas jubiladas y pensionadas tienen además"
                                + " su descuento propio.",
                        List.of(GOB + "/tesoreria/predial", GOB + "/gaceta"),
                        changed.plusDays(1),
                        today,
                        answerer,
                        at(body, changed.plusDays(1), 11, 0));
            }
        }
        waiting(body, moderator, citizen, today);
    }

    /** The body's published debunk whose claim is like a pattern (DemoCommunication wrote it before), or null. */
    private Hoax debunk(Body body, String claim) {
        return em.createQuery(
                        "select h from Hoax h where h.body = :body and h.claim like :claim and h.status ="
                                + " org.puente.communication.PublicationStatus.PUBLICADO",
                        Hoax.class)
                .setParameter("body", body)
                .setParameter("claim", claim)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Questions that did not get an answer yet: three to moderate, one published, one personal case. */
    private void waiting(Body body, UserAccount moderator, UserAccount citizen, LocalDate today) {
        em.persist(ask(
                body,
                QuestionTopic.AGUA,
                "¿Habrá cortes de agua en Santa María Magdalena Ocotitlán en" + " diciembre?",
                101,
                citizen,
                at(body, weekdayBefore(today.minusDays(2)), 10, 15)));
        em.persist(ask(
                body,
                QuestionTopic.LICENCIAS,
                "¿Se puede tramitar el uso de suelo en línea?",
                102,
                citizen,
                at(body, weekdayBefore(today.minusDays(1)), 16, 40)));
        em.persist(ask(
                body,
                QuestionTopic.OTROS,
                "¿El tianguis de los lunes se va a cambiar de calle?",
                103,
                citizen,
                at(body, weekdayBefore(today.minusDays(1)), 18, 5)));
        Question published = ask(
                body,
                QuestionTopic.PROGRAMAS_SOCIALES,
                "¿Cuándo abre la convocatoria de apoyos" + " para personas cuidadoras?",
                104,
                citizen,
                at(body, weekdayBefore(today.minusDays(6)), 12, 0));
        published.publish(moderator, at(body, weekdayBefore(today.minusDays(5)), 9, 30));
        em.persist(published);
        em.persist(ask(
                body,
                QuestionTopic.PREDIAL,
                "Ya pagué mi predial y me sigue saliendo adeudo, llámenme al 722" + " 214 3380 por favor",
                105,
                citizen,
                at(body, weekdayBefore(today.minusDays(4)), 13, 20)));
    }

    /** Odd questions asked by the demo citizen; the others under a nickname whose e-mail was confirmed. */
    private static Question ask(
            Body body, QuestionTopic topic, String text, int n, UserAccount citizen, OffsetDateTime at) {
        if (n % 2 == 1) {
            return Question.byAccount(body, topic, text, citizen, at);
        }
        String[] names = {"Vecina de La Asunción", "Don Chucho", "Mary de Infonavit", "Lupita", "Vecino de Xinantécatl"
        };
        Question q = Question.byNickname(
                body,
                topic,
                text,
                names[n % names.length],
                "vecino" + n + "@example.mx",
                SecretTokens.hash(SecretTokens.newToken()),
                at);
        if (q.getStatus() == org.puente.question.QuestionStatus.POR_CONFIRMAR) {
            q.confirm(at.plusMinutes(7));
        }
        return q;
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The day, or the Friday before when it falls on a weekend: the recent questions stay in the past. */
    private static LocalDate weekdayBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static OffsetDateTime at(Body body, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute % 60))
                .atZone(body.getTimeZone())
                .toOffsetDateTime();
    }
}
