package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockSetting;
import org.puente.casework.ClockSpan;
import org.puente.casework.ClockTerms;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.casework.LegalClock;
import org.puente.casework.PauseRules;
import org.puente.casework.TrackingCodes;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionType;
import org.puente.privacy.Consent;
import org.puente.privacy.ConsentChannel;
import org.puente.privacy.PrivacyNotice;
import org.puente.privacy.PrivacyNotices;
import org.puente.report.Contact;

/**
 * Four months of the demo municipality's petitions, complaints, claims, suggestions and denuncias, so that
 * the staff queue shows a living case load: every type and every status (received, routed, in process,
 * prevented, answered on time and late, withdrawn after a silent prevención, referred, extended), identified,
 * reserved and anonymous filers, each with its history, written through the petition's own verbs at past
 * instants on the body's legal clock. Metepec's petitions run on the municipal preset with an extension, a
 * prevención and a referral (a {@link ClockSetting} per type, unless the administrator made one). Deterministic
 * (a fixed seed, times relative to now); nobody is e-mailed: no event is fired and demo filers leave a phone.
 *
 * <p>Over ~300 lines because it is demo data (the cases' texts) and a script of each petition's life step by
 * step; it is not a rule of the product.
 */
@Stateless
public class DemoPetitions {

    private static final Logger LOG = Logger.getLogger(DemoPetitions.class.getName());
    private static final long SEED = 1755;

    /** What happens to a petition, in the order the demo files them (each status appears). */
    enum Fate {
        NEW(0, 2),
        ROUTED(1, 4),
        IN_PROCESS(3, 30),
        EXTENDED_OPEN(25, 30),
        PREVENTED(3, 6),
        ANSWERED_AFTER_PREVENTION(40, 110),
        WITHDRAWN(40, 110),
        ANSWERED_ON_TIME(25, 120),
        ANSWERED_LATE(35, 120),
        EXTENDED_ANSWERED(40, 120),
        REFERRED(10, 120);

        final int minDaysAgo;
        final int maxDaysAgo;

        Fate(int minDaysAgo, int maxDaysAgo) {
            this.minDaysAgo = minDaysAgo;
            this.maxDaysAgo = maxDaysAgo;
        }
    }

    private static final Map<Fate, Integer> HOW_MANY = Map.ofEntries(
            Map.entry(Fate.NEW, 4),
            Map.entry(Fate.ROUTED, 4),
            Map.entry(Fate.IN_PROCESS, 10),
            Map.entry(Fate.EXTENDED_OPEN, 2),
            Map.entry(Fate.PREVENTED, 3),
            Map.entry(Fate.ANSWERED_AFTER_PREVENTION, 2),
            Map.entry(Fate.WITHDRAWN, 3),
            Map.entry(Fate.ANSWERED_ON_TIME, 14),
            Map.entry(Fate.ANSWERED_LATE, 4),
            Map.entry(Fate.EXTENDED_ANSWERED, 2),
            Map.entry(Fate.REFERRED, 3));

    /** type, department key, subject, text, response. */
    private static final String[][] CASES = {
        {
            "PETICION",
            "servicios",
            "Luminarias en el andador",
            "Solicito la instalación de dos luminarias en el andador peatonal junto a la escuela; de noche está completamente oscuro.",
            "Se programó la instalación de dos luminarias LED en el andador; la cuadrilla las colocó esta semana."
        },
        {
            "PETICION",
            "obras",
            "Programa de bacheo en mi colonia",
            "Pido saber si mi calle está incluida en el programa de bacheo de este año y en qué fecha.",
            "Su calle está incluida en la segunda etapa del programa de bacheo, prevista para el próximo mes."
        },
        {
            "PETICION",
            "urbano",
            "Copia del plano de lotificación",
            "Solicito copia simple del plano de lotificación de mi fraccionamiento para un trámite notarial.",
            "La copia simple está disponible en la ventanilla de Desarrollo Urbano; preséntese con identificación."
        },
        {
            "PETICION",
            "ambiente",
            "Poda en el parque",
            "Pido la poda de los fresnos del parque; las ramas tocan los cables de luz.",
            "Se realizó la poda de los fresnos y se retiraron las ramas del cableado."
        },
        {
            "QUEJA",
            "gerencia",
            "Mala atención en ventanilla",
            "Acudí a pagar un trámite y la persona de la ventanilla me atendió de mala manera y sin explicarme nada.",
            "Lamentamos lo ocurrido. Se habló con el personal de ventanilla y se reforzó la capacitación de atención."
        },
        {
            "QUEJA",
            "servicios",
            "El camión recolector no respeta su horario",
            "Desde hace tres semanas el camión pasa a horas distintas y la basura se queda en la calle.",
            "Se ajustó la ruta de recolección; el camión pasará lunes, miércoles y viernes a las 8:00."
        },
        {
            "QUEJA",
            "movilidad",
            "Semáforo desfasado",
            "El semáforo del cruce tiene los tiempos cambiados y provoca accidentes en la hora de entrada a la escuela.",
            "Se reprogramaron los tiempos del semáforo y se verificó su funcionamiento."
        },
        {
            "RECLAMO",
            "obras",
            "Daño a mi auto por un bache",
            "Mi automóvil se dañó al caer en un bache sin señalizar; pido la reparación del daño.",
            "Se recibió su reclamo con las fotografías y la factura; el área jurídica se comunicará con usted para el resarcimiento."
        },
        {
            "RECLAMO",
            "gerencia",
            "Pagué el predial y aparece adeudo",
            "Pagué el impuesto predial en enero y el sistema me sigue mostrando adeudo.",
            "Se corrigió el registro de su pago; su cuenta ya aparece sin adeudo."
        },
        {
            "SUGERENCIA",
            "salud",
            "Jornadas de vacunación en las delegaciones",
            "Sugiero que las jornadas de vacunación lleguen también a las delegaciones, no sólo a la cabecera.",
            "Gracias por su sugerencia; la próxima jornada visitará tres delegaciones."
        },
        {
            "SUGERENCIA",
            "movilidad",
            "Ciclovía en Av. Tecnológico",
            "Sería bueno tener una ciclovía protegida en Av. Tecnológico; muchos estudiantes van en bicicleta.",
            "Su sugerencia se integró al estudio de movilidad activa del municipio."
        },
        {
            "DENUNCIA",
            "urbano",
            "Obra sin licencia",
            "En la calle hay una construcción de tres pisos sin lona de licencia y trabajan también de noche.",
            "Se realizó una visita de verificación y se suspendió la obra por no contar con licencia."
        },
        {
            "DENUNCIA",
            "ambiente",
            "Tala de árboles sin permiso",
            "Están talando árboles en el terreno baldío junto al río, sin ningún permiso a la vista.",
            "Se inspeccionó el predio y se inició el procedimiento por tala sin autorización."
        },
        {
            "DENUNCIA",
            "seguridad",
            "Venta de alcohol a menores",
            "En la tienda de la esquina venden cerveza a menores de edad por las tardes.",
            "Se realizó un operativo de verificación en el establecimiento y se levantó el acta correspondiente."
        },
    };

    private static final String[] NAMES = {
        "Juana Pérez", "Luis Hernández", "Carmen Sánchez", "José Martínez", "Guadalupe Flores",
        "Miguel Ángel Cruz", "Rosa Morales", "Francisco Reyes", "Verónica Jiménez", "Alejandro Ruiz"
    };
    private static final String[] NOTES = {
        "Se pidió a la cuadrilla revisar el lugar esta semana.",
        "Llamé al teléfono que dejó; confirma los datos de la petición.",
        "Se consultó con el área jurídica antes de responder.",
        "Pendiente el informe de la visita de verificación."
    };

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CaseClocks clocks;

    @EJB
    private FolioNumbers folios;

    @EJB
    private PrivacyNotices notices;

    @Inject
    private Clock clock;

    /** Files and lives the demo's petitions for the municipality; {@code citizen} filed a few of them. */
    public int generate(Body municipality, UserAccount citizen) {
        UserAccount operator = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", "operador")
                .getSingleResult();
        Random random = new Random(SEED);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClockTerms terms = ClockPreset.MX_MUNICIPAL
                .terms()
                .withExtension(10)
                .withPause(new PauseRules(ClockSpan.businessDays(5), ClockSpan.businessDays(10), false, false))
                .withReferral(ClockSpan.businessDays(3));
        for (PetitionType type : PetitionType.values()) {
            if (type.isPqrs() && clocks.settingOf(municipality, type.caseType()).isEmpty()) {
                em.persist(new ClockSetting(
                        municipality, type.caseType(), ClockPreset.MX_MUNICIPAL, terms, now.minusDays(200), null));
            }
        }
        CaseClocks.forget();
        LegalClock legal = clocks.clockOf(municipality);
        PrivacyNotice notice = notices.inForceOrFirst(municipality);
        Map<String, Department> departments = new java.util.HashMap<>();
        for (Department d : em.createNamedQuery("Department.byBody", Department.class)
                .setParameter("body", municipality)
                .getResultList()) {
            for (String[] known : DemoCatalogue.METEPEC_DEPARTMENTS) {
                if (known[1].equals(d.getName())) {
                    departments.put(known[0], d);
                }
            }
        }

        List<Planned> plans = new ArrayList<>();
        for (Fate fate : Fate.values()) {
            for (int i = 0; i < HOW_MANY.get(fate); i++) {
                // Those in process are spread every third day over the month, so that some are on time, some about
                // to fall due and some overdue.
                int daysAgo = fate == Fate.IN_PROCESS
                        ? 3 + 3 * i
                        : fate.minDaysAgo + random.nextInt(fate.maxDaysAgo - fate.minDaysAgo + 1);
                plans.add(new Planned(fate, arrival(daysAgo, now, municipality, random), random.nextInt(CASES.length)));
            }
        }
        plans.sort(Comparator.comparing(Planned::received));
        int citizenCount = 0;
        for (int n = 0; n < plans.size(); n++) {
            Planned plan = plans.get(n);
            String[] c = CASES[plan.caseIndex()];
            PetitionType type = PetitionType.valueOf(c[0]);
            CaseIdentity identity = type.allowsAnonymous() && n % 2 == 0
                    ? CaseIdentity.ANONYMOUS
                    : n % 5 == 1 ? CaseIdentity.RESERVED : CaseIdentity.IDENTIFIED;
            PetitionChannel channel = n % 3 == 0 ? PetitionChannel.PHONE : PetitionChannel.WEB;
            UserAccount filer = null;
            if (identity == CaseIdentity.IDENTIFIED
                    && channel == PetitionChannel.WEB
                    && citizenCount < 3
                    && n % 4 == 2) {
                filer = citizen;
                citizenCount++;
            }
            Contact contact = identity == CaseIdentity.ANONYMOUS || filer != null
                    ? Contact.none()
                    : new Contact(
                            NAMES[random.nextInt(NAMES.length)], null, "722 " + (2000000 + random.nextInt(7999999)));
            int year = plan.received()
                    .atZoneSameInstant(municipality.getTimeZone())
                    .getYear();
            Department department = departments.get(c[1]);
            Petition p = new Petition(
                    new Folio(
                            municipality.getCode(),
                            type.folioSeries(),
                            year,
                            folios.next(FolioNumbers.Series.PETITION, municipality, year)),
                    municipality,
                    channel == PetitionChannel.WEB && n % 2 == 0 ? department : null,
                    type,
                    null,
                    identity,
                    channel,
                    c[2],
                    c[3],
                    contact,
                    filer,
                    CaseClock.received(plan.received(), terms),
                    legal);
            if (filer == null) {
                p.protectWithTrackingCode(TrackingCodes.newCode());
            }
            em.persist(p);
            if (identity != CaseIdentity.ANONYMOUS) {
                ConsentChannel how = channel == PetitionChannel.PHONE ? ConsentChannel.PHONE : ConsentChannel.WEB;
                em.persist(Consent.ofPetition(
                        notice, p, how, how == ConsentChannel.PHONE ? operator : null, plan.received()));
            }
            new Life(p, legal, now, random, operator, department, agentOf(department), c[4]).live(plan.fate());
        }
        LOG.info(() -> "Demo petitions: " + plans.size() + " of the last four months for " + municipality.getName());
        return plans.size();
    }

    private record Planned(Fate fate, OffsetDateTime received, int caseIndex) {}

    /**
     * An instant {@code daysAgo} days ago in office hours (or a day or two earlier when that is a weekend),
     * and never later than half an hour ago.
     */
    private static OffsetDateTime arrival(int daysAgo, OffsetDateTime now, Body body, Random random) {
        for (int attempt = 0; ; attempt++) {
            ZonedDateTime day = now.atZoneSameInstant(body.getTimeZone())
                    .minusDays(daysAgo + attempt)
                    .withHour(9 + random.nextInt(8))
                    .withMinute(random.nextInt(60))
                    .withSecond(0)
                    .withNano(0);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            OffsetDateTime at = day.toOffsetDateTime();
            if (!weekend && at.isBefore(now.minusMinutes(30))) {
                return at;
            }
        }
    }

    /** The active agent of the department who works its petitions in the demo (the first by user name). */
    private UserAccount agentOf(Department department) {
        return em.createQuery(
                        "select u from UserAccount u join u.roles r where u.department = :d and r = :agente"
                                + " and u.active = true order by u.username",
                        UserAccount.class)
                .setParameter("d", department)
                .setParameter("agente", Role.AGENTE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * One petition's life from its arrival up to now, as staff would have lived it: each step at a plausible
     * business time after the one before, none after now (a life that would reach the future stops there).
     */
    private static final class Life {

        private final Petition p;
        private final LegalClock legal;
        private final OffsetDateTime now;
        private final Random random;
        private final UserAccount operator;
        private final Department department;
        private final UserAccount agent;
        private final String response;
        private OffsetDateTime last;

        Life(
                Petition p,
                LegalClock legal,
                OffsetDateTime now,
                Random random,
                UserAccount operator,
                Department department,
                UserAccount agent,
                String response) {
            this.p = p;
            this.legal = legal;
            this.now = now;
            this.random = random;
            this.operator = operator;
            this.department = department;
            this.agent = agent;
            this.response = response;
            this.last = p.getReceivedAt();
        }

        void live(Fate fate) {
            if (fate == Fate.NEW || agent == null) {
                return;
            }
            if (p.getDepartment() == null
                    && !step(hours(1 + random.nextInt(4)), at -> p.route(department, operator, at))) {
                return;
            }
            if (fate == Fate.ROUTED) {
                return;
            }
            if (fate == Fate.REFERRED) {
                step(
                        hours(2 + random.nextInt(5)),
                        at -> p.refer(
                                legal,
                                "Junta de Caminos del Estado de México",
                                "El asunto es de una vialidad estatal; corresponde a la Junta de Caminos.",
                                agent,
                                at));
                return;
            }
            if (!step(hours(1 + random.nextInt(6)), at -> p.assign(agent, agent, at))) {
                return;
            }
            if (fate == Fate.PREVENTED || fate == Fate.WITHDRAWN || fate == Fate.ANSWERED_AFTER_PREVENTION) {
                if (!step(
                        hours(2 + random.nextInt(8)),
                        at -> p.prevent(
                                legal,
                                "Indique la dirección exacta y, si puede, adjunte una fotografía.",
                                agent,
                                at))) {
                    return;
                }
                if (fate == Fate.WITHDRAWN) {
                    OffsetDateTime after = p.getClock().clock().answerDue(legal).plusHours(1);
                    if (after.isBefore(now)) {
                        p.withdrawIfSilent(legal, after);
                    }
                    return;
                }
                if (fate == Fate.PREVENTED
                        || !step(
                                hours(9 * (2 + random.nextInt(4))),
                                at -> p.citizenAnswers(
                                        legal, "Es en la calle Morelos, a media cuadra de la escuela primaria.", at))) {
                    return;
                }
            }
            step(hours(3 + random.nextInt(20)), at -> p.note(NOTES[random.nextInt(NOTES.length)], agent, at));
            switch (fate) {
                case IN_PROCESS, PREVENTED -> {}
                case EXTENDED_OPEN, EXTENDED_ANSWERED -> {
                    OffsetDateTime extendAt = legal.endOf(p.getReceivedAt(), ClockSpan.businessHours(9 * 13));
                    if (extendAt.isAfter(last)
                            && extendAt.isBefore(now)
                            && extendAt.isBefore(p.getClock().getDueAt())) {
                        last = extendAt;
                        p.extend(
                                legal,
                                5 + random.nextInt(6),
                                "Se requiere el informe de otra dependencia para responder completo.",
                                agent,
                                extendAt);
                        if (fate == Fate.EXTENDED_ANSWERED) {
                            step(hours(9 * (2 + random.nextInt(3))), at -> p.respond(legal, response, agent, at));
                        }
                    }
                }
                case ANSWERED_LATE -> {
                    OffsetDateTime late =
                            legal.endOf(p.getClock().getDueAt(), ClockSpan.businessHours(9 * (1 + random.nextInt(4))));
                    if (late.isBefore(now)) {
                        last = late;
                        p.respond(legal, response, agent, late);
                    }
                }
                default -> { // answered in time: some days before it was due
                    OffsetDateTime due = p.getClock().getDueAt();
                    OffsetDateTime at = legal.endOf(last, ClockSpan.businessHours(9 * (1 + random.nextInt(8))));
                    if (at.isBefore(due) && at.isBefore(now)) {
                        p.respond(legal, response, agent, at);
                    } else if (due.minusHours(2).isAfter(last)
                            && due.minusHours(2).isBefore(now)) {
                        p.respond(legal, response, agent, due.minusHours(2));
                    }
                }
            }
        }

        /** Takes a step {@code later} business hours after the last one, unless that is in the future. */
        private boolean step(ClockSpan later, java.util.function.Consumer<OffsetDateTime> verb) {
            OffsetDateTime at = legal.endOf(last, later);
            if (!at.isBefore(now)) {
                return false;
            }
            verb.accept(at);
            last = at;
            return true;
        }

        private static ClockSpan hours(int hours) {
            return ClockSpan.businessHours(hours);
        }
    }
}
