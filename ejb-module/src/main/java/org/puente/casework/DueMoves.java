package org.puente.casework;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The writes of one chunk of a recalculation ({@link ClockRecalculator}): the moved due dates (each only if
 * its row did not change meanwhile) and their DUE_MOVED history rows, as {@link org.puente.petition.Petition#dueMoved}
 * (or {@link org.puente.report.ServiceReport#dueMoved}) writes them. On PostgreSQL each is one statement over arrays (a chunk's 500 rows in two round trips, the
 * set-based way the database is fastest at); elsewhere (the embedded database) plain JDBC batches.
 */
final class DueMoves {

    private static final int ID_BLOCK = ClockedTable.ID_BLOCK;

    private final Connection c;
    private final ClockedTable t;
    private final boolean postgres;

    private DueMoves(Connection c, ClockedTable t, boolean postgres) {
        this.c = c;
        this.t = t;
        this.postgres = postgres;
    }

    static DueMoves on(Connection c, ClockedTable t) throws SQLException {
        return new DueMoves(
                c,
                t,
                c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres"));
    }

    /** Writes the new due dates and warning points; returns the changes written. */
    List<ClockRecalculation.DueChange> update(
            List<ClockRecalculation.DueChange> changes,
            Map<Long, Long> versions,
            Map<Long, CaseClock> read,
            LegalClock legal)
            throws SQLException {
        int n = changes.size();
        Long[] ids = new Long[n];
        Long[] expected = new Long[n];
        OffsetDateTime[] due = new OffsetDateTime[n];
        OffsetDateTime[] warn = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            ClockRecalculation.DueChange change = changes.get(i);
            ids[i] = change.id();
            expected[i] = versions.get(change.id());
            due[i] = change.after();
            warn[i] = legal.read(read.get(change.id())).warnFrom();
        }
        return postgres
                ? updateArrays(changes, ids, expected, due, warn)
                : updateBatch(changes, ids, expected, due, warn);
    }

    private List<ClockRecalculation.DueChange> updateArrays(
            List<ClockRecalculation.DueChange> changes,
            Long[] ids,
            Long[] expected,
            OffsetDateTime[] due,
            OffsetDateTime[] warn)
            throws SQLException {
        Set<Long> done = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("update " + t.table + " p set due_at = v.due::timestamptz,"
                + " warn_from = v.warn::timestamptz, version = p.version + 1"
                + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as v(id, ver, due, warn)"
                + " where p.id = v.id and p.version = v.ver and p.clock_ending is null returning p.id")) {
            s.setArray(1, c.createArrayOf("bigint", ids));
            s.setArray(2, c.createArrayOf("bigint", expected));
            s.setArray(3, texts(due));
            s.setArray(4, texts(warn));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    done.add(r.getLong(1));
                }
            }
        }
        return changes.stream().filter(ch -> done.contains(ch.id())).toList();
    }

    private List<ClockRecalculation.DueChange> updateBatch(
            List<ClockRecalculation.DueChange> changes,
            Long[] ids,
            Long[] expected,
            OffsetDateTime[] due,
            OffsetDateTime[] warn)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update " + t.table + " set due_at = ?, warn_from = ?,"
                + " version = version + 1 where id = ? and version = ? and clock_ending is null")) {
            for (int i = 0; i < ids.length; i++) {
                s.setObject(1, due[i]);
                s.setObject(2, warn[i]);
                s.setLong(3, ids[i]);
                s.setLong(4, expected[i]);
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            List<ClockRecalculation.DueChange> written = new ArrayList<>(ids.length);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
                    written.add(changes.get(i));
                }
            }
            return written;
        }
    }

    /** The DUE_MOVED rows of the changes written: the dates before and after, and why. */
    void insertEntries(List<ClockRecalculation.DueChange> written, String why, OffsetDateTime at) throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        long[] ids = entryIds(written.size());
        String kind = "DUE_MOVED";
        if (postgres) {
            int n = written.size();
            Long[] entryIds = new Long[n];
            Long[] cases = new Long[n];
            OffsetDateTime[] before = new OffsetDateTime[n];
            OffsetDateTime[] after = new OffsetDateTime[n];
            for (int i = 0; i < n; i++) {
                entryIds[i] = ids[i];
                cases[i] = written.get(i).id();
                before[i] = written.get(i).before();
                after[i] = written.get(i).after();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into " + t.history + " (id, " + t.caseColumn + ", kind" + t.statusColumns
                            + ", occurred_at, " + t.textColumn + ", due_before, due_after)"
                            + " select v.id, c.id, ?" + t.statusValues
                            + ", ?::timestamptz, ?, v.before::timestamptz, v.after::timestamptz"
                            + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as v(id, case_id, before, after)"
                            + " join " + t.table + " c on c.id = v.case_id")) {
                s.setString(1, kind);
                s.setString(2, at.toString());
                s.setString(3, why);
                s.setArray(4, c.createArrayOf("bigint", entryIds));
                s.setArray(5, c.createArrayOf("bigint", cases));
                s.setArray(6, texts(before));
                s.setArray(7, texts(after));
                s.executeUpdate();
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into " + t.history + " (id, " + t.caseColumn + ", kind"
                + t.statusColumns + ", occurred_at, " + t.textColumn + ", due_before, due_after)"
                + " select ?, c.id, ?" + t.statusValues + ", ?, ?, ?, ? from " + t.table + " c where c.id = ?")) {
            for (int i = 0; i < written.size(); i++) {
                ClockRecalculation.DueChange change = written.get(i);
                s.setLong(1, ids[i]);
                s.setString(2, kind);
                s.setObject(3, at);
                s.setString(4, why);
                s.setObject(5, change.before());
                s.setObject(6, change.after());
                s.setLong(7, change.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Ids for {@code count} history rows from the sequence the entity uses, a block of 50 per value taken. */
    private long[] entryIds(int count) throws SQLException {
        int blocks = (count + ID_BLOCK - 1) / ID_BLOCK;
        long[] ids = new long[count];
        int n = 0;
        try (PreparedStatement s = c.prepareStatement(nextIds())) {
            if (postgres) {
                s.setInt(1, blocks);
            }
            while (n < count) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next() && n < count) {
                        long blockLast = r.getLong(1);
                        for (long id = blockLast - ID_BLOCK + 1; id <= blockLast && n < count; id++) {
                            ids[n++] = id;
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** The statement that takes history ids from the table's sequence: written out, one per kind of case. */
    private String nextIds() {
        return switch (t) {
            case PETITION -> postgres
                    ? "select nextval('petition_entry_seq') from generate_series(1, ?)"
                    : "select next value for petition_entry_seq";
            case REPORT -> postgres
                    ? "select nextval('report_transition_seq') from generate_series(1, ?)"
                    : "select next value for report_transition_seq";
        };
    }

    private Array texts(OffsetDateTime[] instants) throws SQLException {
        String[] texts = new String[instants.length];
        for (int i = 0; i < instants.length; i++) {
            texts[i] = Objects.toString(instants[i], null);
        }
        return c.createArrayOf("text", texts);
    }
}
