package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.puente.calendar.CalendarService;

/**
 * Gives reports resolved before Puente kept their time to resolve (migration V8) that time, by
 * their body's calendar, so that the transparency medians count them. Runs at start-up, in batches
 * of their own transactions; once done it finds nothing and costs one query.
 */
@Stateless
public class ResolutionTimes {

    private static final Logger LOG = Logger.getLogger(ResolutionTimes.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private ResolutionTimes self;

    /** Fills in every missing resolution time; returns how many reports got one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int fillInMissing() {
        int total = 0;
        for (int done; (done = self.fillInBatch()) > 0; ) {
            total += done;
        }
        if (total > 0) {
            LOG.info("Resolution times filled in for reports resolved earlier: " + total);
        }
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fillInBatch() {
        List<ServiceReport> reports = em.createNamedQuery("ServiceReport.withoutResolutionTime", ServiceReport.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (ServiceReport r : reports) {
            ZoneId zone = r.getBody().getTimeZone();
            r.recordResolutionTime(calendars
                    .businessTime(
                            r.getBody(),
                            r.getReceivedAt().atZoneSameInstant(zone).getYear())
                    .between(r.getReceivedAt(), r.getResolvedAt()));
        }
        return reports.size();
    }
}
