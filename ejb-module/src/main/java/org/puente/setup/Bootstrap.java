package org.puente.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.calendar.CalendarService;
import org.puente.casework.FolioNumbers;
import org.puente.notification.NotificationService;
import org.puente.privacy.PrivacyNotices;

/**
 * What runs once the schema is current: demo data when asked for ({@code puente.demo}, which the
 * puente script sets on the embedded database or from PUENTE_DEMO), the first administrator when
 * {@code puente.admin.password} (PUENTE_ADMIN_PASSWORD) is given, a first privacy notice for every body
 * without one, the year's holidays, and the
 * sequences that number this year's and next year's folios.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "puente.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "puente.admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "puente.agency.code", defaultValue = "ADEM")
    private String agencyCode;

    @Inject
    @ConfigProperty(name = "puente.agency.name", defaultValue = "Agencia Digital del Estado de México")
    private String agencyName;

    /** The agency's time zone, when the first administrator's start-up creates it (PUENTE_AGENCY_TIMEZONE). */
    @Inject
    @ConfigProperty(name = "puente.agency.timeZone", defaultValue = "America/Mexico_City")
    private String agencyZone;

    @Inject
    @ConfigProperty(name = "puente.admin.name", defaultValue = "Administrador")
    private String adminName;

    @EJB
    private DemoData demoData;

    @EJB
    private DemoAudiences demoAudiences;

    @EJB
    private FirstAdministrator firstAdministrator;

    @EJB
    private CalendarService calendars;

    @EJB
    private FolioNumbers folios;

    @EJB
    private PrivacyNotices notices;

    @Inject
    private Clock clock;

    @EJB
    private org.puente.report.ResolutionTimes resolutionTimes;

    /**
     * Each step in a transaction of its own (the services' own), not all in one: the demo's audiences commit session
     * by session and need the demo data committed first, and a step that fails (two nodes publishing the same
     * first privacy notice) does not undo the others.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (demo) {
            // The demo's months of cases go through the real intake doors, but they happened in the past: no e-mail.
            NotificationService.silently(() -> {
                demoData.loadOnce();
                demoAudiences.loadOnce();
            });
        } else {
            LOG.info("Demo data not requested (puente.demo=false)");
        }
        adminPassword
                .filter(p -> !p.isBlank())
                .ifPresent(p -> firstAdministrator.createOnce(
                        p, new FirstAdministrator.Agency(agencyCode, agencyName, ZoneId.of(agencyZone), adminName)));
        try {
            notices.firstVersionsWhereMissing();
        } catch (EJBException raced) {
            // Nodes starting together: another one published the same first version (unique per body and label).
            LOG.warning(() -> "First privacy notices not published here: " + raced.getMessage());
        }
        int year = LocalDate.now(clock).getYear();
        calendars.addOfficialHolidaysEverywhere(year);
        calendars.addOfficialHolidaysEverywhere(year + 1);
        folios.prepare(year, year + 1);
        resolutionTimes.fillInMissing();
    }
}
