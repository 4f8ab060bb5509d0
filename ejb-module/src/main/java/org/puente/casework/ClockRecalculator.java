package org.puente.casework;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.puente.organization.Body;
import org.puente.petition.Petition;
import org.puente.report.ServiceReport;

/**
 * After a calendar change (a holiday added or removed, the working hours changed), moves the due dates
 * of the body's open cases (petitions and service reports, each kind of case that keeps a {@link ClockRecord},
 * see {@link ClockedTable}) and writes each moved one's history entry (DUE_MOVED, with the dates before
 * and after and why), in the background and in chunks of {@value #CHUNK} cases, each its own transaction,
 * so that no intake or step waits for the whole body. Which cases move is {@link ClockRecalculation}'s
 * decision (a case the holiday cannot reach is not even computed).
 *
 * <p>A chunk reads only the clock columns and writes with JDBC batches: loading 200,000 petitions with their
 * histories as entities to change two columns each is what made the per-entity way too slow. The history row
 * written is the one {@link Petition#dueMoved} writes. A case changed by a step while its chunk ran (its
 * version moved on) goes through the entity instead, so nothing is overwritten.
 */
@Stateless
public class ClockRecalculator {

    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ClockRecalculator.class.getName());

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @EJB
    private ClockRecalculator self;

    @EJB
    private ClockJobs jobs;

    @EJB
    private CaseClocks clocks;

    @Inject
    private Clock clock;

    /**
     * Starts the recalculation of the body's open cases after a committed calendar change; {@code holiday}
     * is the day added or removed (null: every open case, as after new working hours). Returns its id.
     */
    public String start(Long bodyId, LocalDate holiday, String why) {
        // After the change's commit: a calendar read before it (by an intake meanwhile) is not kept.
        CaseClocks.forget();
        org.puente.calendar.CalendarService.forget();
        String job = jobs.open();
        self.run(job, bodyId, holiday, why);
        return job;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String job, Long bodyId, LocalDate holiday, String why) {
        Body body = em.find(Body.class, bodyId);
        Map<ClockedTable, List<Long>> open = new java.util.EnumMap<>(ClockedTable.class);
        int total = 0;
        for (ClockedTable t : ClockedTable.values()) {
            open.put(t, openIds(t, bodyId));
            total += open.get(t).size();
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        int done = 0;
        int moved = 0;
        jobs.update(new RecalculationProgress(job, total, 0, 0, total == 0, false));
        try {
            for (Map.Entry<ClockedTable, List<Long>> kind : open.entrySet()) {
                List<Long> ids = kind.getValue();
                for (int i = 0; i < ids.size(); i += CHUNK) {
                    List<Long> part = ids.subList(i, Math.min(i + CHUNK, ids.size()));
                    moved +=
                            self.chunk(kind.getKey(), bodyId, part.get(0), part.get(part.size() - 1), holiday, why, at);
                    done += part.size();
                    jobs.update(new RecalculationProgress(job, total, done, moved, done == total, false));
                }
            }
            int all = total;
            int count = moved;
            LOG.info(() -> "Recalculated " + all + " open cases of " + body.getCode() + ": " + count + " moved");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The recalculation of " + body.getCode() + " stopped after " + done + " cases", e);
            jobs.update(new RecalculationProgress(job, total, done, moved, true, true));
        }
    }

    private List<Long> openIds(ClockedTable t, Long bodyId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(t.openIds())) {
            s.setLong(1, bodyId);
            s.setFetchSize(10_000);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the open cases of " + t, e);
        }
    }

    /** One chunk: the body's open cases with ids from {@code first} to {@code last}; returns how many moved. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chunk(
            ClockedTable t, Long bodyId, long first, long last, LocalDate holiday, String why, OffsetDateTime at) {
        LegalClock legal = clocks.clockOf(em.find(Body.class, bodyId));
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Long> versions = new HashMap<>();
            Map<Long, CaseClock> read = new HashMap<>();
            List<ClockRecalculation.OpenCase> cases = read(c, t, bodyId, first, last, versions, read);
            List<ClockRecalculation.DueChange> changes = new ArrayList<>();
            ClockRecalculation.forEachChange(cases, legal, holiday, changes::add);
            if (changes.isEmpty()) {
                return 0;
            }
            DueMoves writes = DueMoves.on(c, t);
            List<ClockRecalculation.DueChange> written = writes.update(changes, versions, read, legal);
            writes.insertEntries(written, why, at);
            java.util.Set<Long> writtenIds = new java.util.HashSet<>();
            written.forEach(w -> writtenIds.add(w.id()));
            int conflicts = 0;
            for (ClockRecalculation.DueChange change : changes) {
                if (!writtenIds.contains(change.id()) && throughEntity(t, change.id(), legal, at, why)) {
                    conflicts++;
                }
            }
            return written.size() + conflicts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recalculate cases " + first + " to " + last, e);
        }
    }

    private static List<ClockRecalculation.OpenCase> read(
            Connection c,
            ClockedTable t,
            Long bodyId,
            long first,
            long last,
            Map<Long, Long> versions,
            Map<Long, CaseClock> read)
            throws SQLException {
        List<ClockRecalculation.OpenCase> cases = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, version, clock_received_at, clock_terms,"
                + " clock_pause_start, clock_pause_end, clock_answer_extended, clock_extended_at,"
                + " clock_extension_units, clock_extension_reason, due_at from " + t.table
                + " where body_id = ? and id between ? and ? and status in " + t.open
                + " and clock_ending is null")) {
            s.setLong(1, bodyId);
            s.setLong(2, first);
            s.setLong(3, last);
            s.setFetchSize(CHUNK);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    int units = r.getInt(9);
                    CaseClock clock = ClockRecord.openClock(
                            r.getObject(3, OffsetDateTime.class),
                            r.getString(4),
                            r.getObject(5, OffsetDateTime.class),
                            r.getObject(6, OffsetDateTime.class),
                            r.getBoolean(7),
                            r.getObject(8, OffsetDateTime.class),
                            r.wasNull() ? null : units,
                            r.getString(10));
                    versions.put(id, r.getLong(2));
                    read.put(id, clock);
                    cases.add(new ClockRecalculation.OpenCase(id, clock, r.getObject(11, OffsetDateTime.class)));
                }
            }
        }
        return cases;
    }

    /** A case a step changed while its chunk ran: moved through the entity, if its due date still moves. */
    private boolean throughEntity(ClockedTable t, long id, LegalClock legal, OffsetDateTime at, String why) {
        if (t == ClockedTable.REPORT) {
            ServiceReport report = em.find(ServiceReport.class, id);
            if (report == null
                    || !report.getStatus().isOpen()
                    || report.getClock().isClosed()) {
                return false;
            }
            if (legal.dueOf(report.getClock().clock()).isEqual(report.getDueAt())) {
                return false;
            }
            report.dueMoved(legal, at, why);
            return true;
        }
        Petition petition = em.find(Petition.class, id);
        if (petition == null
                || !petition.getStatus().isOpen()
                || petition.getClock().isPaused()) {
            return false;
        }
        OffsetDateTime due = legal.dueOf(petition.getClock().clock());
        OffsetDateTime stored = petition.getClock().getDueAt();
        if (stored != null && due.isEqual(stored)) {
            return false;
        }
        petition.dueMoved(legal, at, why);
        return true;
    }
}
