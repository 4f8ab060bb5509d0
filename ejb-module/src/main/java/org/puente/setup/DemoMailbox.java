package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.puente.casework.CaseIdentity;
import org.puente.identity.UserAccount;
import org.puente.mailbox.ContactMessage;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.privacy.Consent;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Contact;

/**
 * The demo municipality's contact mailbox: a few dozen messages of the last six months, written through the
 * message's own verbs — most answered by the intake desk, some discarded, a few turned into petitions through
 * {@link PetitionIntake} as received when they arrived, and the last days' still new. Deterministic (a fixed
 * seed, times relative to the installation's first start); nothing is e-mailed from here.
 */
@Stateless
public class DemoMailbox {

    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());
    private static final long SEED = 2026;

    /** Subject, text, and what the desk does with it: A answer (with this text), D discard (reason), P petition (type). */
    private static final String[][] MESSAGES = {
        {
            "Horario del registro civil",
            "¿El registro civil abre los sábados? Necesito una copia certificada de un acta.",
            "A",
            "El Registro Civil atiende de lunes a viernes de 9:00 a 15:00 y los sábados de 9:00 a 13:00."
        },
        {
            "Licencia de funcionamiento",
            "¿Qué documentos piden para la licencia de funcionamiento de una papelería?",
            "A",
            "Identificación oficial, comprobante de domicilio del local, RFC y el croquis de ubicación. El trámite es en Desarrollo Económico."
        },
        {
            "Felicitación al personal de limpia",
            "Quiero felicitar a los trabajadores que recogen la basura en mi calle, siempre muy amables.",
            "A",
            "Gracias por tu mensaje; se lo haremos llegar al personal de Servicios Públicos."
        },
        {
            "Pago del predial en línea",
            "¿Se puede pagar el predial con tarjeta en la página del ayuntamiento?",
            "A",
            "Sí: en la sección de pagos en línea, con tarjeta de crédito o débito. El descuento de enero también aplica."
        },
        {
            "Fechas de la feria de San Isidro",
            "¿Cuándo es el desfile de la feria de San Isidro este año?",
            "A",
            "El paseo de San Isidro es el martes siguiente al 15 de mayo; el programa completo se publica en abril."
        },
        {
            "Cursos de verano en la biblioteca",
            "¿Habrá cursos de verano para niños en la biblioteca municipal?",
            "A",
            "Sí, del 20 de julio al 14 de agosto; las inscripciones abren el 1 de julio en la propia biblioteca."
        },
        {
            "Constancia de residencia",
            "¿Cuánto cuesta la constancia de residencia y cuánto tarda?",
            "A",
            "Se entrega el mismo día en la Secretaría del Ayuntamiento; el costo está en la Ley de Ingresos vigente."
        },
        {
            "Vacunación de mascotas",
            "¿Cuándo es la próxima campaña de vacunación antirrábica?",
            "A",
            "La jornada de vacunación antirrábica es la última semana de marzo en todas las delegaciones."
        },
        {
            "Reciclaje de electrónicos",
            "¿Dónde puedo dejar una televisión vieja y pilas usadas?",
            "A",
            "En el reciclatrón del primer domingo de cada mes, en el estacionamiento del palacio municipal."
        },
        {
            "Uso del auditorio",
            "Somos un grupo de teatro, ¿cómo pedimos el auditorio municipal para una función?",
            "A",
            "Envía un oficio a la Dirección de Cultura con la fecha, el horario y el aforo esperado."
        },
        {
            "Bolsa de trabajo",
            "¿El ayuntamiento tiene bolsa de trabajo o ferias de empleo?",
            "A",
            "Sí: el Servicio Municipal de Empleo publica vacantes cada semana y organiza una feria cada trimestre."
        },
        {
            "Horario del panteón",
            "¿A qué hora abre el panteón municipal en Día de Muertos?",
            "A",
            "Del 31 de octubre al 2 de noviembre abre de 7:00 a 20:00."
        },
        {
            "Becas municipales",
            "¿Cuándo sale la convocatoria de becas para secundaria?",
            "A",
            "La convocatoria se publica en agosto; te avisaremos por este medio cuando salga."
        },
        {
            "Permiso para evento en la calle",
            "Queremos cerrar la calle para una fiesta vecinal, ¿qué permiso necesitamos?",
            "A",
            "Un permiso de Gobernación con 10 días hábiles de anticipación y la firma de los vecinos de la cuadra."
        },
        {
            "Promoción de seguros",
            "Ofrecemos seguros de gastos médicos para empleados municipales con descuento.",
            "D",
            "Publicidad; no es un asunto del ayuntamiento."
        },
        {
            "Re: Promoción de seguros",
            "Seguimos esperando su respuesta sobre los seguros para empleados.",
            "D",
            "Publicidad repetida."
        },
        {"Prueba", "hola prueba", "D", "Mensaje de prueba sin contenido."},
        {
            "Horario del registro civil (otra vez)",
            "Les escribí ayer sobre el horario del registro civil.",
            "D",
            "Duplicado de un mensaje ya respondido."
        },
        {"Cadena de oración", "Reenvía este mensaje a diez personas.", "D", "Cadena; no requiere respuesta."},
        {
            "Cobro indebido en el agua",
            "Me cobraron dos veces el agua de marzo y en la caja no me quisieron devolver el pago.",
            "P",
            "RECLAMO"
        },
        {
            "Trato grosero en ventanilla",
            "La persona de la ventanilla de catastro me trató de forma grosera y no me atendió.",
            "P",
            "QUEJA"
        },
        {
            "Solicitud de poda",
            "Pido formalmente que se evalúe la poda de los árboles del parque de mi colonia, tapan las luminarias.",
            "P",
            "PETICION"
        },
        {
            "Más ciclovías",
            "Sugiero una ciclovía sobre la avenida Tecnológico hasta la zona de escuelas.",
            "P",
            "SUGERENCIA"
        },
        {
            "Copia de un contrato de obra",
            "Solicito copia del contrato de repavimentación de la calle Juárez.",
            "P",
            "PETICION"
        },
        {"Horario de la alberca", "¿La alberca municipal abre en vacaciones?", "N", null},
        {"Trámite de pasaporte", "¿La oficina de enlace de la SRE sigue en el palacio municipal?", "N", null},
        {"Clases de danza", "¿Hay clases de danza folklórica para adultos?", "N", null},
        {"Rampa en la presidencia", "¿Hay rampa para silla de ruedas en la entrada de la presidencia?", "N", null},
        {"Taller de huertos", "Vi un anuncio del taller de huertos urbanos, ¿cómo me inscribo?", "N", null},
        {"Credencial del INAPAM", "¿Dónde se tramita la credencial del INAPAM en Metepec?", "N", null},
    };

    private static final String[] NAMES = {
        "Laura Méndez", "José Antonio Ruiz", "Patricia Salgado", "Miguel Ángel Flores", "Verónica Ortega",
        "Fernando Quiroz", "Alejandra Nava", "Ricardo Becerril", "Gabriela Estrada", "Héctor Colín"
    };

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PetitionIntake petitions;

    @EJB
    private PrivacyNotices notices;

    /** Writes the mailbox of {@code body} as of {@code now}, handled by its intake desk (the demo operator). */
    public void generate(Body body, OffsetDateTime now) {
        UserAccount desk = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", "operador")
                .getSingleResult();
        List<Department> departments = em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", body)
                .getResultList();
        Random random = new Random(SEED);
        int handled = 0;
        for (int i = 0; i < MESSAGES.length; i++) {
            String[] m = MESSAGES[i];
            boolean fresh = "N".equals(m[2]);
            // Handled messages over the last six months, the new ones over the last four days.
            int daysAgo = fresh ? 1 + random.nextInt(4) : 6 + random.nextInt(175);
            if ("P".equals(m[2]) && i % 2 == 0) {
                daysAgo = 6 + random.nextInt(10); // some petitions recent enough to be still within their term
            }
            OffsetDateTime arrived = at(body, now.minusDays(daysAgo), 7 + random.nextInt(15), random.nextInt(60));
            String name = NAMES[i % NAMES.length];
            String email = name.toLowerCase(java.util.Locale.ROOT)
                            .replace(' ', '.')
                            .replace('á', 'a')
                            .replace('é', 'e')
                            .replace('í', 'i')
                            .replace('ó', 'o')
                            .replace('ú', 'u')
                    + "@example.mx";
            ContactMessage message = new ContactMessage(
                    body, m[0], m[1], new Contact(name, email, i % 3 == 0 ? "722 555 01" + (10 + i) : null), arrived);
            em.persist(message);
            em.persist(Consent.ofMessage(notices.inForceOrFirst(body), message, arrived));
            OffsetDateTime read = working(body, arrived.plusHours(20 + random.nextInt(50)));
            switch (m[2]) {
                case "A" -> message.answer(m[3], desk, read);
                case "D" -> message.discard(m[3], desk, read);
                case "P" -> convert(
                        message, PetitionType.valueOf(m[3]), departments.get(i % departments.size()), desk, read);
                default -> {
                    continue;
                }
            }
            handled++;
        }
        em.flush();
        int done = handled;
        LOG.info(
                () -> "Demo mailbox: " + MESSAGES.length + " messages to " + body.getCode() + ", " + done + " handled");
    }

    private void convert(
            ContactMessage message, PetitionType type, Department department, UserAccount desk, OffsetDateTime read) {
        Contact contact = message.getContact();
        PetitionReceipt receipt = petitions.file(
                new NewPetition(
                        message.getBody().getId(),
                        type,
                        null,
                        CaseIdentity.IDENTIFIED,
                        department.getId(),
                        message.getSubject(),
                        message.getText(),
                        contact.getName(),
                        contact.getEmail(),
                        contact.getPhone(),
                        true,
                        message.getReceivedAt()),
                PetitionChannel.MAILBOX);
        message.convertInto(em.find(Petition.class, receipt.id()), desk, read);
    }

    /** That day at that local time in the body's zone. */
    private static OffsetDateTime at(Body body, OffsetDateTime day, int hour, int minute) {
        return day.atZoneSameInstant(body.getTimeZone())
                .withHour(hour)
                .withMinute(minute)
                .withSecond(0)
                .withNano(0)
                .toOffsetDateTime();
    }

    /** The desk reads its mailbox on working days: a weekend moves to the next Monday at 10:00. */
    private static OffsetDateTime working(Body body, OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(body.getTimeZone());
        while (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            local = local.plusDays(1).withHour(10);
        }
        return local.toOffsetDateTime();
    }
}
