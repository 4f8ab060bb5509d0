package org.puente.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.puente.calendar.BusinessCalendar;
import org.puente.calendar.CalendarService;
import org.puente.casework.ClockCalendar;
import org.puente.casework.FolioNumbers;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.engagement.EngagementEvent;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EngagementRequest;
import org.puente.engagement.ExpertContact;
import org.puente.engagement.ExpertTraining;
import org.puente.engagement.Schedule;
import org.puente.identity.PasswordHasher;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.organization.NameArticle;
import org.puente.privacy.Consents;
import org.puente.privacy.PrivacyNotice;
import org.puente.privacy.PrivacyNotices;

/**
 * The demo installation: the Estado de México digital agency with its content department, the
 * municipality of Metepec with its 27 public services (the *7311 catalogue), its departments,
 * delegaciones and colonias, a state dependency whose unit asks for chats (with three scheduled
 * chats and forums), business calendars, each body's first privacy notice, and one account per role, each with
 * the password "demo" (the citizen's consent recorded).
 * Loaded once: the agency's code marks it.
 *
 * <p>Over ~300 lines because it is data: the demo's bodies, departments, accounts and events written out once, not logic.
 */
@Stateless
public class DemoData {

    public static final String AGENCY = "ADEM";
    public static final String MUNICIPALITY = "MET";
    public static final String DEPENDENCY = "SSEM";
    public static final String DEMO_PASSWORD = "demo";

    /** The user names of the demo accounts: one per role, the citizen, and the agents of the demo's year. */
    static final List<String> ACCOUNTS = Stream.concat(
                    Stream.of(
                            "admin",
                            "evaluador",
                            "moderador",
                            "gerente",
                            "operador",
                            "agente",
                            "enlace",
                            "experto",
                            "comunicacion",
                            "ciudadano"),
                    DemoHistory.AGENTS.values().stream().map(agent -> agent[0]))
            .sorted()
            .toList();

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The demo's bodies are in central Mexico: their time zone is demo data like their names. */
    static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private CalendarService calendars;

    @EJB
    private FolioNumbers folios;

    @Inject
    private Clock clock;

    @EJB
    private DemoHistory history;

    @EJB
    private DemoArco arco;

    @EJB
    private DemoPetitions petitions;

    @EJB
    private DemoPetitionAttachments petitionAttachments;

    @EJB
    private PrivacyNotices notices;

    @EJB
    private DemoMailbox mailbox;

    @EJB
    private Consents consents;

    @EJB
    private DemoIncidentNotices incidentNotices;

    @EJB
    private DemoCommunication communication;

    @EJB
    private DemoQuestions questions;

    /** How many reports of the past year the demo municipality starts with (0 for none). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "puente.demo.reports", defaultValue = "3000")
    private int historyReports;

    public boolean isLoaded() {
        return !em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", MUNICIPALITY)
                .getResultList()
                .isEmpty();
    }

    /** Loads the demo data unless it is there already; returns whether it loaded. */
    public boolean loadOnce() {
        if (isLoaded()) {
            LOG.info("Demo data already present; not loaded again");
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String demoHash = hasher.hash(DEMO_PASSWORD);

        Body agency = agency();
        Department gobiernoDigital =
                department(agency, "Dirección de Gobierno Digital", "gobierno.digital@edomex.gob.mx");
        Department contenidos = department(agency, "Departamento de Contenidos", "contenidos@edomex.gob.mx");

        Body metepec = persist(new Body(
                MUNICIPALITY,
                "H. Ayuntamiento de Metepec",
                NameArticle.EL,
                BodyKind.MUNICIPIO,
                "Estado de México",
                MEXICO_CITY));
        Map<String, Department> dept = new HashMap<>();
        for (String[] d : DemoCatalogue.METEPEC_DEPARTMENTS) {
            dept.put(d[0], department(metepec, d[1], d[2]));
        }
        for (String[] s : DemoCatalogue.METEPEC_SERVICES) {
            persist(new PublicService(dept.get(s[0]), s[1], s[2], s[3], PublicService.DEFAULT_DEADLINE_HOURS));
        }
        Delegacion current = null;
        for (String[] c : DemoCatalogue.METEPEC_COLONIAS) {
            if (c.length == 1) {
                current = persist(new Delegacion(metepec, c[0]));
            } else {
                persist(new Colonia(current, c[0], c[1], GeoPoint.of(c[2], c[3])));
            }
        }

        Body salud = persist(new Body(
                DEPENDENCY,
                "Secretaría de Salud del Estado de México",
                NameArticle.LA,
                BodyKind.DEPENDENCIA,
                "Estado de México",
                MEXICO_CITY));
        Department saludComunicacion =
                department(salud, "Unidad de Comunicación Social", "comunicacion.salud@edomex.gob.mx");
        Department saludPrevencion = department(salud, "Dirección de Prevención y Promoción de la Salud", null);

        int year = LocalDate.now(clock.withZone(MEXICO_CITY)).getYear();
        for (Body body : new Body[] {agency, metepec, salud}) {
            BusinessCalendar calendar = persist(BusinessCalendar.mexicanOffice(body));
            calendars.addOfficialHolidays(calendar, year - 1);
            calendars.addOfficialHolidays(calendar, year);
            calendars.addOfficialHolidays(calendar, year + 1);
        }
        // Before anything is numbered: the engagement requests below and the year of reports (last year's too).
        folios.prepare(year - 1, year, year + 1);

        UserAccount admin =
                staff("admin", "Adriana Álvarez Robles", agency, gobiernoDigital, Role.ADMIN, demoHash, now);
        UserAccount evaluador =
                staff("evaluador", "Carlos Hernández Vega", agency, contenidos, Role.EVALUADOR, demoHash, now);
        UserAccount moderador =
                staff("moderador", "Lucía Ramírez Soto", agency, contenidos, Role.MODERADOR, demoHash, now);
        staff("gerente", "Gerardo Ozuna Martínez", metepec, dept.get("gerencia"), Role.GERENTE, demoHash, now);
        staff("operador", "Rosa María Castillo Díaz", metepec, dept.get("gerencia"), Role.OPERADOR, demoHash, now);
        UserAccount agente =
                staff("agente", "Jorge Luis Pérez Nava", metepec, dept.get("obras"), Role.AGENTE, demoHash, now);
        UserAccount enlace =
                staff("enlace", "Mariana Torres Lugo", salud, saludComunicacion, Role.ENLACE, demoHash, now);
        UserAccount experto =
                staff("experto", "Dr. Roberto Sánchez Islas", salud, saludPrevencion, Role.EXPERTO, demoHash, now);
        UserAccount comunicacion =
                staff("comunicacion", "Paola Jiménez Arriaga", metepec, null, Role.COMUNICACION, demoHash, now);
        for (Body body : new Body[] {agency, metepec, salud}) {
            notices.inForceOrFirst(body);
        }
        PrivacyNotice accountNotice = consents.forAccounts();
        UserAccount ciudadano = persist(UserAccount.citizen(
                "ciudadano", "María Guadalupe López García", "ciudadano@example.mx", demoHash, now));
        consents.forAccount(ciudadano, accountNotice);
        engagements(agency, enlace, evaluador, moderador, experto, now);
        history.generate(
                metepec,
                historyReports,
                Map.of(dept.get("obras"), agente),
                ciudadano,
                (department, agent) -> staff(agent[0], agent[1], metepec, department, Role.AGENTE, demoHash, now));
        mailbox.generate(metepec, now);
        arco.generate(metepec, ciudadano, admin, now);
        petitions.generate(metepec, ciudadano);
        petitionAttachments.generate(metepec);
        incidentNotices.generate(metepec, comunicacion);
        communication.generate(metepec, comunicacion);
        questions.generate(metepec, moderador, comunicacion, ciudadano);
        LOG.info("Demo data loaded: agency, Metepec (" + DemoCatalogue.METEPEC_SERVICES.length + " services), "
                + "Secretaría de Salud, the demo accounts, 3 scheduled chats and forums, " + historyReports
                + " reports of the last twelve months");
        return true;
    }

    private Body agency() {
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", AGENCY)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> persist(new Body(
                        AGENCY,
                        "Agencia Digital del Estado de México",
                        NameArticle.LA,
                        BodyKind.AGENCIA,
                        "Estado de México",
                        MEXICO_CITY)));
    }

    private Department department(Body body, String name, String email) {
        return em.createNamedQuery("Department.byBodyAndName", Department.class)
                .setParameter("body", body)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> persist(new Department(body, name, email)));
    }

    private UserAccount staff(
            String username,
            String name,
            Body body,
            Department department,
            Role role,
            String hash,
            OffsetDateTime now) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> persist(UserAccount.staff(
                        username,
                        name,
                        username + "@demo.puente.mx",
                        hash,
                        body,
                        department,
                        Set.copyOf(EnumSet.of(role)),
                        now)));
    }

    /**
     * Three upcoming events of the Secretaría de Salud, already through the whole workflow (filed by
     * the Enlace, approved, expert confirmed, scheduled with the moderator): two chats in the agency's
     * windows on working days, and a three-week forum. The demo expert has had his training.
     */
    private void engagements(
            Body agency,
            UserAccount enlace,
            UserAccount evaluator,
            UserAccount moderator,
            UserAccount expert,
            OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(MEXICO_CITY).toLocalDate();
        ClockCalendar time = calendars.businessTime(agency, today.getYear());
        LocalDate firstChat = workingDayFrom(time, today.plusDays(3));
        LocalDate secondChat = workingDayFrom(time, firstChat.plusDays(5));
        ExpertContact contact = new ExpertContact(
                expert.getFullName(),
                "Director de Prevención y Promoción de la Salud",
                expert.getEmail(),
                "722 226 2500");
        scheduled(
                agency,
                EngagementKind.CHAT,
                List.of("Prevención del dengue en temporada de lluvias"),
                Schedule.chat(firstChat, LocalTime.of(11, 0), LocalTime.of(13, 0)),
                contact,
                enlace,
                evaluator,
                moderator,
                expert,
                now);
        scheduled(
                agency,
                EngagementKind.CHAT,
                List.of("Vacunación contra la influenza: quién, cuándo y dónde"),
                Schedule.chat(secondChat, LocalTime.of(16, 0), LocalTime.of(18, 0)),
                contact,
                enlace,
                evaluator,
                moderator,
                expert,
                now);
        LocalDate forumStart = today.plusDays(2);
        scheduled(
                agency,
                EngagementKind.FORUM,
                List.of(
                        "Salud mental de las y los adolescentes",
                        "Señales de alerta en casa y en la escuela",
                        "Dónde pedir ayuda en el Estado de México"),
                Schedule.forum(forumStart, forumStart.plusDays(21)),
                contact,
                enlace,
                evaluator,
                moderator,
                expert,
                now);
        ExpertTraining training = persist(new ExpertTraining(expert, null, now.minusDays(7)));
        training.markDone(now.minusDays(7));
    }

    private void scheduled(
            Body agency,
            EngagementKind kind,
            List<String> topics,
            Schedule schedule,
            ExpertContact contact,
            UserAccount enlace,
            UserAccount evaluator,
            UserAccount moderator,
            UserAccount expert,
            OffsetDateTime now) {
        int year = now.atZoneSameInstant(agency.getTimeZone()).getYear();
        String folio = String.format(
                "%s-%04d-%04d", agency.getCode(), year, folios.next(FolioNumbers.Series.ENGAGEMENT, agency, year));
        EngagementRequest request = persist(new EngagementRequest(
                folio,
                kind,
                enlace,
                topics,
                schedule,
                contact,
                expert,
                "Solicitud de la campaña de salud pública de la Secretaría.",
                now.minusDays(10)));
        request.approve(evaluator, now.minusDays(8), "Cumple las reglas de la agencia.");
        request.confirmExpert(expert, evaluator, now.minusDays(8), null);
        request.markScheduled(evaluator, now.minusDays(7), null);
        persist(new EngagementEvent(request, moderator, agency.getTimeZone()));
    }

    private static LocalDate workingDayFrom(ClockCalendar time, LocalDate day) {
        LocalDate d = day;
        while (!time.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
