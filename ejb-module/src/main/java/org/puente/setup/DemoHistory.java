package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.puente.calendar.CalendarService;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockRecord;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.casework.LegalClock;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.report.Channel;
import org.puente.report.Contact;
import org.puente.report.ServiceReport;
import org.puente.report.SurveyResponse;

/**
 * A year of the demo municipality's *7311 life, so that a newcomer sees a living queue (and figures)
 * rather than empty tables: reports over the last twelve months across the services, colonias and three
 * channels, in the proportions Metepec published (about a quarter still in process, the rest resolved or
 * closed, bacheo the most demanded), each taken, worked and resolved by its department's agent at
 * plausible business times, some late, some rejected or duplicated, some with the satisfaction survey.
 * Deterministic (a fixed seed, times relative to the installation's first start), and written through the
 * aggregates' own verbs so that every report holds its invariants and its history. Nobody is e-mailed:
 * the demo reporters leave no e-mail address.
 *
 * <p>Over ~300 lines because it scripts a year of a municipality's reports step by step from a fixed seed; it is demo data, not a rule of the product.
 */
@Stateless
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final long SEED = 7311;
    private static final java.security.SecureRandom SECRET = new java.security.SecureRandom();

    /** Relative demand per service code; the rest weigh 1. */
    private static final Map<String, Integer> DEMAND = Map.ofEntries(
            Map.entry("bacheo", 22),
            Map.entry("alumbrado-publico", 16),
            Map.entry("recoleccion-basura", 13),
            Map.entry("fuga-agua", 11),
            Map.entry("falta-agua", 7),
            Map.entry("drenaje", 6),
            Map.entry("poda-arboles", 5),
            Map.entry("coladeras", 4),
            Map.entry("banquetas", 4),
            Map.entry("semaforos", 3),
            Map.entry("tiraderos", 3),
            Map.entry("fauna-callejera", 3),
            Map.entry("parques-jardines", 2),
            Map.entry("ruido", 2),
            Map.entry("senalamiento", 2));

    private static final String[] PLACES = {
        "frente a la escuela primaria",
        "en la esquina con la calle principal",
        "a media cuadra de la tienda",
        "junto a la parada del transporte",
        "frente al parque",
        "cerca del mercado",
        "a la altura de la iglesia",
        "en la entrada de la unidad habitacional",
        "junto al centro de salud",
        "en el cruce con la avenida"
    };
    private static final String[] WHEN = {
        "desde hace una semana",
        "desde ayer",
        "desde hace varios días",
        "desde el fin de semana",
        "otra vez, ya se había reportado",
        "desde hace un mes"
    };
    private static final String[] STREETS = {
        "Av. Tecnológico",
        "Av. Benito Juárez",
        "Calle Miguel Hidalgo",
        "Calle Ignacio Zaragoza",
        "Av. Estado de México",
        "Calle Morelos",
        "Calle Independencia",
        "Av. Las Torres",
        "Calle Francisco I. Madero",
        "Calle Vicente Guerrero",
        "Av. Paseo San Isidro",
        "Calle 5 de Mayo",
        "Calle Leona Vicario",
        "Calle Josefa Ortiz",
        "Av. Solidaridad Las Torres",
        "Calle Pedro Ascencio"
    };
    private static final String[] CALLERS = {
        "Juana Pérez",
        "Luis Hernández",
        "Carmen Sánchez",
        "José Martínez",
        "Guadalupe Flores",
        "Miguel Ángel Cruz",
        "Rosa Morales",
        "Francisco Reyes",
        "Verónica Jiménez",
        "Alejandro Ruiz"
    };
    private static final String[] DONE = {
        "Atendido por la cuadrilla; se verificó en sitio.",
        "Se realizó el trabajo solicitado y se limpió el área.",
        "Reparado. Gracias por reportarlo.",
        "La cuadrilla atendió el reporte en su recorrido programado."
    };
    private static final String[] NOT_OURS = {
        "El lugar es propiedad privada; corresponde al propietario.",
        "La vialidad es estatal; se canalizó a la Junta de Caminos.",
        "No se localizó el problema en la dirección indicada."
    };

    /** Agents of the departments that have none in the demo accounts: user name, name. */
    static final Map<String, String[]> AGENTS = Map.of(
            "Dirección de Servicios Públicos", new String[] {"agente.servicios", "Ana Karen Velasco Ortiz"},
            "Organismo de Agua Potable, Alcantarillado y Saneamiento",
                    new String[] {"agente.agua", "Raúl Mejía Carbajal"},
            "Dirección de Medio Ambiente", new String[] {"agente.ambiente", "Sofía Esquivel Rosas"},
            "Dirección de Movilidad", new String[] {"agente.movilidad", "Héctor Dávila Luna"},
            "Dirección de Seguridad Pública", new String[] {"agente.seguridad", "Marco Antonio Salgado"},
            "Dirección de Desarrollo Urbano", new String[] {"agente.urbano", "Patricia Gil Arriaga"},
            "Coordinación de Protección Civil", new String[] {"agente.civil", "Fernando Quiroz Peña"},
            "Coordinación de Salud Municipal", new String[] {"agente.salud", "Elena Bernal Castro"});

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private FolioNumbers folios;

    @Inject
    private Clock clock;

    /**
     * Files {@code count} reports of the past twelve months for the municipality, through their whole
     * lives up to now. {@code agents} gives, per department, the account that works its reports (those
     * missing are opened with {@code newAgent}); {@code citizen} files a few of them.
     */
    public int generate(
            Body municipality,
            int count,
            Map<Department, UserAccount> agents,
            UserAccount citizen,
            java.util.function.BiFunction<Department, String[], UserAccount> newAgent) {
        Random random = new Random(SEED);
        ZoneId zone = municipality.getTimeZone();
        OffsetDateTime now = OffsetDateTime.now(clock);

        List<PublicService> services = em.createNamedQuery("PublicService.activeByBody", PublicService.class)
                .setParameter("body", municipality)
                .getResultList();
        List<Colonia> colonias = new ArrayList<>(em.createNamedQuery("Colonia.byBody", Colonia.class)
                .setParameter("body", municipality)
                .getResultList());
        colonias.sort(Comparator.comparing(Colonia::getName));
        double[] coloniaWeights = new double[colonias.size()];
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < colonias.size(); i++) {
            ranks.add(i + 1);
        }
        java.util.Collections.shuffle(ranks, random);
        for (int i = 0; i < colonias.size(); i++) {
            coloniaWeights[i] = 1.0 / Math.pow(ranks.get(i), 0.7);
        }
        services.sort(Comparator.comparing(PublicService::getCode));
        double[] serviceWeights = services.stream()
                .mapToDouble(s -> DEMAND.getOrDefault(s.getCode(), 1))
                .toArray();
        Map<Department, UserAccount> workers = new HashMap<>(agents);
        for (PublicService service : services) {
            workers.computeIfAbsent(
                    service.getDepartment(),
                    d -> newAgent.apply(d, AGENTS.getOrDefault(d.getName(), new String[] {
                        "agente." + d.getId(), "Agente de " + d.getName()
                    })));
        }

        // Arrival times first, in order, so that folio numbers grow with time within each year.
        List<OffsetDateTime> arrivals = new ArrayList<>();
        ZonedDateTime start = now.atZoneSameInstant(zone).minusDays(365);
        while (arrivals.size() < count) {
            ZonedDateTime day = start.plusDays(random.nextInt(365))
                    .withHour(7 + random.nextInt(14))
                    .withMinute(random.nextInt(60))
                    .withSecond(random.nextInt(60))
                    .withNano(0);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if ((weekend && random.nextInt(10) >= 4) || !day.toOffsetDateTime().isBefore(now.minusHours(1))) {
                continue;
            }
            arrivals.add(day.toOffsetDateTime());
        }
        arrivals.sort(Comparator.naturalOrder());

        Map<Integer, ClockCalendar> times = new HashMap<>();
        List<ServiceReport> earlier = new ArrayList<>();
        int citizenReports = 0;
        for (OffsetDateTime received : arrivals) {
            PublicService service = services.get(pick(serviceWeights, random));
            Colonia colonia = colonias.get(pick(coloniaWeights, random));
            int year = received.atZoneSameInstant(zone).getYear();
            ClockCalendar time = times.computeIfAbsent(year, y -> calendars.businessTime(municipality, y));
            ClockRecord term = ServiceReport.termFrom(new LegalClock(time), service.getDeadlineHours(), received);
            int channelDraw = random.nextInt(100);
            Channel channel = channelDraw < 52 ? Channel.WEB : channelDraw < 88 ? Channel.PHONE : Channel.OPEN311;
            UserAccount filer = null;
            if (channel == Channel.WEB && citizen != null && citizenReports < 8 && random.nextInt(100) < 2) {
                filer = citizen;
                citizenReports++;
            }
            Contact contact = channel == Channel.PHONE && random.nextBoolean()
                    ? new Contact(CALLERS[random.nextInt(CALLERS.length)], null, null)
                    : Contact.none();
            GeoPoint point = colonia.getCentre() == null || random.nextInt(100) < 35
                    ? null
                    : new GeoPoint(
                            jitter(colonia.getCentre().getLatitude(), random),
                            jitter(colonia.getCentre().getLongitude(), random));
            String description = service.getName() + ": " + lowerFirst(service.getDescription()) + " "
                    + PLACES[random.nextInt(PLACES.length)] + ", " + WHEN[random.nextInt(WHEN.length)] + ".";
            ServiceReport report = new ServiceReport(
                    new Folio(
                            municipality.getCode(), year, folios.next(FolioNumbers.Series.REPORT, municipality, year)),
                    service,
                    description,
                    colonia,
                    STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(300)),
                    null,
                    point,
                    channel,
                    contact,
                    filer,
                    term,
                    received,
                    filer);
            if (filer == null) {
                report.protectWithTrackingCode(trackingCode());
            }
            live(report, workers.get(service.getDepartment()), time, now, random, earlier);
            em.persist(report);
            earlier.add(report);
        }
        LOG.info(() -> "Demo history: " + count + " reports of the last twelve months for " + municipality.getName());
        return count;
    }

    /** The report's life from its arrival up to now. */
    private void live(
            ServiceReport report,
            UserAccount agent,
            ClockCalendar time,
            OffsetDateTime now,
            Random random,
            List<ServiceReport> earlier) {
        OffsetDateTime received = report.getReceivedAt();
        int fate = random.nextInt(100);
        if (fate < 3) {
            OffsetDateTime at = time.plus(received, hours(2 + random.nextInt(20)));
            if (at.isBefore(now)) {
                watch(report, at);
                report.reject(agent, at, NOT_OURS[random.nextInt(NOT_OURS.length)]);
            }
            return;
        }
        if (fate < 5) {
            ServiceReport original = earlier.stream()
                    .filter(e -> e.getService().equals(report.getService())
                            && e.getColonia().equals(report.getColonia())
                            && e.getStatus().isOpen())
                    .reduce((a, b) -> b)
                    .orElse(null);
            OffsetDateTime at = time.plus(received, hours(1 + random.nextInt(6)));
            if (original != null && at.isBefore(now)) {
                report.markDuplicateOf(original, agent, at);
                return;
            }
        }
        boolean stuck = fate >= 76;
        OffsetDateTime taken = time.plus(received, minutes(20 + random.nextInt(240)));
        if (!taken.isBefore(now)) {
            watch(report, now);
            return;
        }
        watch(report, taken);
        report.assignTo(agent, agent, taken, null);
        // Business time from taking it to its resolution: most well within the 48 hours, a long tail beyond.
        OffsetDateTime resolved =
                time.plus(taken, minutes(60 + (long) (60 * 22 * Math.exp(0.8 * random.nextGaussian()))));
        OffsetDateTime started = time.plus(taken, minutes(10 + random.nextInt(50)));
        if (!started.isBefore(now)) {
            watch(report, now);
            return;
        }
        watch(report, started);
        report.startWork(agent, started, null);
        if (stuck || !resolved.isBefore(now)) {
            watch(report, now);
            return;
        }
        watch(report, resolved);
        report.resolve(
                agent, resolved, DONE[random.nextInt(DONE.length)], time.between(report.getReceivedAt(), resolved));
        OffsetDateTime closed = resolved.plusDays(3 + random.nextInt(12));
        if (random.nextInt(100) < 55 && closed.isBefore(now)) {
            report.close(agent, closed, null);
        }
        if (random.nextInt(100) < 30) {
            OffsetDateTime answered = resolved.plusHours(4 + random.nextInt(60));
            if (answered.isBefore(now)) {
                int degree = random.nextInt(100);
                SurveyResponse answer = new SurveyResponse(
                        report,
                        random.nextInt(100) < 78,
                        null,
                        random.nextInt(100) < 74,
                        degree < 55
                                ? SurveyResponse.Degree.MUCHO
                                : degree < 85 ? SurveyResponse.Degree.POCO : SurveyResponse.Degree.NADA,
                        answered);
                answer.answerFixed(random.nextInt(100) < 86, false);
                em.persist(answer);
            }
        }
    }

    /** What the deadline watch would have marked by then, while the report was still open. */
    private static void watch(ServiceReport report, OffsetDateTime at) {
        if (!report.getStatus().isOpen()) {
            return;
        }
        if (!report.getAtRiskAt().isAfter(at)) {
            report.markAtRisk();
        }
        if (!report.getDueAt().isAfter(at)) {
            report.markOverdue();
        }
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static BigDecimal jitter(BigDecimal degrees, Random random) {
        return degrees.add(BigDecimal.valueOf((random.nextDouble() - 0.5) * 0.006))
                .setScale(6, RoundingMode.HALF_UP);
    }

    /** Tracking codes stay secret even in the demo: they do not come from the fixed seed. */
    private static String trackingCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(SECRET.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
