package org.puente.casework;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.puente.organization.Body;

/**
 * Hands out consecutive numbers: one database sequence per series, body and year
 * ({@code <series>_<body id>_<year>}: {@code folio_2_2026} numbers Metepec's reports of 2026,
 * {@code engagement_1_2026} the agency's engagement requests), so concurrent intakes never wait on a
 * counter row. A sequence never repeats a number; a number taken by a transaction that then fails is
 * lost (the caller logs it), never given twice.
 *
 * <p>Sequences are created ahead of time, at start-up and by a monthly timer, for this year and the
 * next ({@link #prepare}); creating one is DDL on a connection of its own, which the intake path must
 * not need: fifty concurrent intakes each holding a connection while one of them waits for a second
 * would empty the pool. Only when a sequence was somehow not prepared does {@link #next} create it.
 */
@Stateless
public class FolioNumbers {

    /** The series of numbers Puente keeps. */
    public enum Series {
        /** Service reports: MET-2026-000001. */
        REPORT("folio"),
        /** Engagement requests to the agency: ADEM-2026-0001. */
        ENGAGEMENT("engagement"),
        /** Petitions, complaints, claims, suggestions and denuncias: MET-PQR-2026-000001. */
        PETITION("petition"),
        /** ARCO requests (personal data): MET-ARCO-2026-000001. */
        ARCO("arco");

        private final String prefix;

        Series(String prefix) {
            this.prefix = prefix;
        }

        String sequenceName(Body body, int year) {
            return prefix + "_" + body.getId() + "_" + year;
        }
    }

    private static final Logger LOG = Logger.getLogger(FolioNumbers.class.getName());
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers self;

    /** The next number of the body's series for the year, taken in the caller's transaction. */
    public long next(Series series, Body body, int year) {
        String sequence = series.sequenceName(body, year);
        // The persistence context's own connection, which will also write the record: a second
        // connection per intake would let 32 concurrent intakes take the whole pool and each wait
        // for one more until the pool gives up.
        Connection c = em.unwrap(Connection.class);
        try {
            boolean postgres = isPostgres(c);
            if (!KNOWN.contains(sequence)) {
                if (!exists(c, sequence, postgres)) {
                    LOG.warning(() -> "The sequence " + sequence + " was not prepared ahead; creating it now");
                    synchronized (KNOWN) {
                        self.create(sequence);
                    }
                }
                KNOWN.add(sequence);
            }
            String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
            try (PreparedStatement s = c.prepareStatement(sql);
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a number from " + sequence, e);
        }
    }

    /**
     * Makes sure every body's sequences of these years exist (start-up and the monthly timer). The
     * bodies are read in the caller's transaction; each sequence is created in one of its own.
     */
    public void prepare(int... years) {
        for (Body body : em.createNamedQuery("Body.all", Body.class).getResultList()) {
            for (int year : years) {
                for (Series series : Series.values()) {
                    String sequence = series.sequenceName(body, year);
                    self.create(sequence);
                    KNOWN.add(sequence);
                }
            }
        }
    }

    /** Creates a sequence in its own transaction (DDL), harmlessly when it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String sequence) {
        if (!sequence.matches("[a-z]+_\\d+_\\d{4}")) {
            throw new IllegalArgumentException(sequence);
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create sequence if not exists " + sequence + " start with 1 increment by 1 cache 1");
        } catch (SQLException e) {
            // Another node of the cluster may have created it at this very moment: then it exists.
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, sequence, isPostgres(c))) {
                    return;
                }
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw new IllegalStateException("Could not create the sequence " + sequence, e);
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static boolean exists(Connection c, String sequence, boolean postgres) throws SQLException {
        // Unquoted names are kept in lower case by PostgreSQL and in upper case by H2.
        String name = postgres ? sequence.toLowerCase(Locale.ROOT) : sequence.toUpperCase(Locale.ROOT);
        try (PreparedStatement s =
                c.prepareStatement("select count(*) from information_schema.sequences where sequence_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }
}
