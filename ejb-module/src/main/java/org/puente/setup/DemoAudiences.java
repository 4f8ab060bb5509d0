package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.puente.audience.AudienceMode;
import org.puente.audience.AudiencePlan;
import org.puente.audience.AudienceSession;
import org.puente.audience.AudienceTurn;
import org.puente.audience.TurnStatus;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseIdentity;
import org.puente.casework.LegalClock;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.NewPetition;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionType;

/**
 * Metepec's digital public audiences (seed 002): every Tuesday 10:00-14:00 of the last two months, closed, with
 * their registered petitions (filed through the one intake door, days before), each turn's result and so their
 * computed minutes (about 90 citizens a session, about 70 % answered at once, the rest turned over to the
 * departments, most of which answered them days later), and the next two Tuesdays planned with some
 * registrations. Loaded once, after the demo data, when there is no audience yet.
 *
 * <p>Over ~150 lines because it is data: the petitions' topics and agreements written out once.
 */
@Stateless
public class DemoAudiences {

    private static final Logger LOG = Logger.getLogger(DemoAudiences.class.getName());
    private static final int PAST_SESSIONS = 8;
    /** Registered, no-shows and the share answered at once of each past session, the oldest first. */
    private static final int[][] PAST = {
        {88, 5, 68}, {92, 3, 71}, {86, 4, 69}, {96, 6, 72}, {90, 2, 70}, {93, 5, 68}, {98, 4, 71}, {95, 3, 69}
    };
    /** department key, topic, what is asked, what was agreed at once. */
    private static final String[][] TOPICS = {
        {
            "obras",
            "Bacheo de calle",
            "Piden bachear la calle frente a la escuela primaria.",
            "Se programa el bacheo en la ruta de la próxima semana."
        },
        {
            "obras",
            "Banqueta dañada",
            "La banqueta está levantada por raíces y es peligrosa.",
            "Obras Públicas revisa y repara la banqueta este mes."
        },
        {
            "servicios",
            "Luminarias apagadas",
            "Tres luminarias de la calle llevan semanas apagadas.",
            "Se asigna cuadrilla de alumbrado para esta semana."
        },
        {
            "servicios",
            "Recolección de basura",
            "El camión de basura no pasa desde hace diez días.",
            "Se ajusta la ruta de recolección a partir del jueves."
        },
        {
            "agua",
            "Falta de agua",
            "La colonia no tiene agua desde el fin de semana.",
            "Se envía pipa mañana y se revisa el rebombeo."
        },
        {"agua", "Fuga de agua", "Fuga en la red frente al número 120.", "Cuadrilla de fugas atiende en 48 horas."},
        {
            "ambiente",
            "Poda de árbol",
            "Un árbol con ramas secas amenaza con caer sobre los cables.",
            "Se autoriza la poda y se programa con Medio Ambiente."
        },
        {
            "movilidad",
            "Tope y señalamiento",
            "Piden un tope frente al jardín de niños.",
            "Se hace estudio de velocidad y se coloca señalamiento."
        },
        {
            "seguridad",
            "Patrullaje",
            "Piden patrullaje nocturno en la unidad habitacional.",
            "Se incluye la unidad en el recorrido nocturno."
        },
        {
            "urbano",
            "Licencia de construcción",
            "Dudas sobre el trámite de licencia para ampliar la vivienda.",
            "Se explica el trámite y se agenda cita en ventanilla."
        },
    };

    private static final String[] NOT_APPLICABLE = {
        "El asunto corresponde al gobierno estatal; se orienta a la ciudadana sobre a dónde acudir.",
        "Es un conflicto entre particulares; se orienta sobre la vía de mediación.",
    };

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private PetitionIntake intake;

    @EJB
    private CaseClocks clocks;

    @Inject
    private Clock clock;

    @EJB
    private DemoAudiences self;

    /**
     * Loads the demo audiences unless there are audiences already or no demo municipality. Each session is a
     * transaction of its own ({@link #pastSession}, {@link #upcomingSession}): the some 800 petitions in one
     * persistence context made every intake's flush compare all the earlier ones (8 of a test server's 40 s boot).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void loadOnce() {
        Body metepec = metepec();
        long existing = em.createQuery("select count(s) from AudienceSession s", Long.class)
                .getSingleResult();
        if (metepec == null || existing > 0) {
            return;
        }
        LocalDate today = OffsetDateTime.now(clock)
                .atZoneSameInstant(metepec.getTimeZone())
                .toLocalDate();
        LocalDate lastTuesday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        int citizen = 0;
        for (int k = 0; k < PAST_SESSIONS; k++) {
            citizen = self.pastSession(k, lastTuesday.minusWeeks(PAST_SESSIONS - 1L - k), citizen);
        }
        LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        int[] upcoming = {23, 9};
        for (int k = 0; k < upcoming.length; k++) {
            citizen = self.upcomingSession(nextTuesday.plusWeeks(k), today, upcoming[k], citizen);
        }
        LOG.info(() -> "Demo audiences loaded: " + PAST_SESSIONS + " past Tuesdays and 2 to come");
    }

    /** The past session {@code k} on {@code day}, closed with its turns settled; returns the last citizen's number. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int pastSession(int k, LocalDate day, int citizen) {
        Body metepec = metepec();
        List<Department> departments = departments(metepec);
        UserAccount admin = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", "admin")
                .getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(clock);
        AudienceSession s = new AudienceSession(metepec, plan(day, departments), day.minusDays(14));
        em.persist(s);
        Random random = new Random(day.toEpochDay());
        int last = register(s, PAST[k][0], citizen, day, departments, now);
        run(s, PAST[k], random, clocks.clockOf(metepec), admin, now);
        return last;
    }

    /** A session to come on {@code day}, planned on {@code today}, with {@code count} registrations. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int upcomingSession(LocalDate day, LocalDate today, int count, int citizen) {
        Body metepec = metepec();
        List<Department> departments = departments(metepec);
        AudienceSession s = new AudienceSession(metepec, plan(day, departments), today);
        em.persist(s);
        return register(s, count, citizen, today, departments, OffsetDateTime.now(clock));
    }

    private Body metepec() {
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", DemoData.MUNICIPALITY)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Department> departments(Body body) {
        return em.createQuery("select d from Department d where d.body = :body order by d.id", Department.class)
                .setParameter("body", body)
                .getResultList();
    }

    private static AudiencePlan plan(LocalDate day, List<Department> departments) {
        Set<Department> attending = new HashSet<>();
        for (String[] topic : TOPICS) {
            attending.add(department(departments, topic[0]));
        }
        return new AudiencePlan(
                day,
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                AudienceMode.BOTH,
                "Palacio Municipal de Metepec, Salón de Cabildo",
                "https://audiencia.metepec.gob.mx/sala",
                "Presidenta municipal; titulares de Obras Públicas, Servicios Públicos, OPDAPAS, Medio Ambiente,"
                        + " Movilidad, Seguridad Pública y Desarrollo Urbano",
                attending,
                100,
                2);
    }

    /** Registers {@code count} citizens in the week before {@code before} (or the hours before now, if sooner). */
    private int register(
            AudienceSession s,
            int count,
            int citizen,
            LocalDate before,
            List<Department> departments,
            OffsetDateTime now) {
        OffsetDateTime from = before.minusDays(6)
                .atTime(9, 0)
                .atZone(s.getBody().getTimeZone())
                .toOffsetDateTime();
        long span = Math.max(
                60, java.time.Duration.between(from, now.minusMinutes(5)).toMinutes());
        long window = Math.min(span, 6L * 24 * 60);
        for (int i = 0; i < count; i++) {
            citizen++;
            String[] topic = TOPICS[(citizen * 7 + i) % TOPICS.length];
            OffsetDateTime at = from.plusMinutes(window * i / count);
            var receipt = intake.file(
                    new NewPetition(
                            s.getBody().getId(),
                            PetitionType.PETICION,
                            null,
                            CaseIdentity.IDENTIFIED,
                            department(departments, topic[0]).getId(),
                            topic[1],
                            topic[2],
                            "Vecina o vecino " + citizen,
                            "audiencia" + citizen + "@example.mx",
                            null,
                            true,
                            at),
                    PetitionChannel.AUDIENCE);
            s.register(em.find(Petition.class, receipt.id()), at);
        }
        return citizen;
    }

    /** Runs a past session: every turn called in order and marked, the turned-over ones mostly answered later. */
    private void run(
            AudienceSession s, int[] figures, Random random, LegalClock legal, UserAccount admin, OffsetDateTime now) {
        int registered = figures[0];
        int noShows = figures[1];
        int attended = registered - noShows;
        int atOnce = Math.round(attended * figures[2] / 100f);
        int notApplicable = 2 + random.nextInt(2);
        List<TurnStatus> results = new ArrayList<>();
        results.addAll(Collections.nCopies(atOnce, TurnStatus.ATENDIDA_EN_EL_ACTO));
        results.addAll(Collections.nCopies(notApplicable, TurnStatus.NO_PROCEDE));
        results.addAll(Collections.nCopies(noShows, TurnStatus.NO_SHOW));
        results.addAll(Collections.nCopies(registered - results.size(), TurnStatus.TURNADA));
        Collections.shuffle(results, random);
        OffsetDateTime at = s.estimateFor(1);
        s.open(at.minusMinutes(5));
        for (TurnStatus result : results) {
            AudienceTurn turn = s.callNext(at);
            at = at.plusSeconds(90 + random.nextInt(60));
            Petition p = turn.getPetition();
            String agreed = agreedFor(p.getSubject());
            String text =
                    switch (result) {
                        case ATENDIDA_EN_EL_ACTO -> agreed;
                        case NO_PROCEDE -> NOT_APPLICABLE[random.nextInt(NOT_APPLICABLE.length)];
                        default -> null;
                    };
            s.settle(turn.getNumber(), result, text, at);
            if (result == TurnStatus.ATENDIDA_EN_EL_ACTO || result == TurnStatus.NO_PROCEDE) {
                p.respond(legal, text, admin, at);
            } else if (result == TurnStatus.TURNADA) {
                OffsetDateTime later = at.plusDays(3 + random.nextInt(10));
                if (later.isBefore(now) && random.nextInt(10) < 7) {
                    p.respond(legal, agreed, admin, later);
                }
            }
        }
        s.close(at.plusMinutes(5));
    }

    private static String agreedFor(String subject) {
        for (String[] topic : TOPICS) {
            if (topic[1].equals(subject)) {
                return topic[3];
            }
        }
        return TOPICS[0][3];
    }

    private static Department department(List<Department> departments, String key) {
        for (String[] d : DemoCatalogue.METEPEC_DEPARTMENTS) {
            if (d[0].equals(key)) {
                return departments.stream()
                        .filter(x -> x.getName().equals(d[1]))
                        .findFirst()
                        .orElseThrow();
            }
        }
        throw new IllegalArgumentException(key);
    }
}
