package org.puente.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.puente.organization.Body;

/**
 * Hands out folio numbers: one database sequence per municipality and year (folio_<body>_<year>),
 * so concurrent intakes never wait on a counter row. A sequence never repeats a number; a number
 * taken by a transaction that then fails is lost (the intake logs it), never given twice.
 */
@Stateless
public class FolioNumbers {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers self;

    /** The next folio of the body for the year, in the caller's transaction. */
    public Folio next(Body body, int year) {
        String sequence = "folio_" + body.getId() + "_" + year;
        if (!KNOWN.contains(sequence)) {
            // One creation at a time: concurrent "create sequence if not exists" of the same name
            // fail on H2 (and PostgreSQL) with "already exists".
            synchronized (KNOWN) {
                if (!KNOWN.contains(sequence)) {
                    try {
                        self.create(sequence);
                    } catch (jakarta.ejb.EJBException raced) {
                        // Another server of the cluster created it at the same moment; now it exists,
                        // and "if not exists" passes.
                        self.create(sequence);
                    }
                    KNOWN.add(sequence);
                }
            }
        }
        // The persistence context's own connection, which will also write the report: a second
        // connection per intake would let 32 concurrent intakes take the whole pool and each wait
        // for one more until the pool gives up.
        Connection c = em.unwrap(Connection.class);
        try {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return new Folio(body.getCode(), year, r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a folio number from " + sequence, e);
        }
    }

    /** Creates the year's sequence in its own transaction (DDL), harmlessly when it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String sequence) {
        if (!sequence.matches("folio_\\d+_\\d{4}")) {
            throw new IllegalArgumentException(sequence);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create sequence if not exists " + sequence + " start with 1 increment by 1 cache 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the folio sequence " + sequence, e);
        }
    }
}
