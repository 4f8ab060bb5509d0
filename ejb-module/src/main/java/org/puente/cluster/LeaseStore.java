package org.puente.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The cluster_lease table. Every call is a short transaction of its own ({@code REQUIRES_NEW}), committed before the
 * work starts and whatever the caller's transaction does: a claim is one conditional UPDATE, which the database
 * serialises on the row, so of two nodes claiming at once one changes the row and the other finds it held.
 */
@Stateless
@LocalBean
public class LeaseStore implements LeaseTable {

    /** Lease rows known to exist; a row is never deleted. */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @EJB
    private LeaseStore self;

    /** The database's time: one clock for every node. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Instant now() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select current_timestamp");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getObject(1, OffsetDateTime.class).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's time", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(String name, String holder, Instant now, Instant until) {
        if (!KNOWN.contains(name)) {
            self.create(name);
            KNOWN.add(name);
        }
        return self.take(name, holder, now, until);
    }

    /** The conditional UPDATE that takes a free lease. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String name, String holder, Instant now, Instant until) {
        return update(
                        "update cluster_lease set holder = ?, claimed_at = ?, held_until = ?"
                                + " where name = ? and held_until <= ?",
                        holder,
                        at(now),
                        at(until),
                        name,
                        at(now))
                == 1;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String name, String holder, Instant claimedAt, Instant until) {
        update(
                "update cluster_lease set held_until = ? where name = ? and holder = ? and claimed_at = ?",
                at(until),
                name,
                holder,
                at(claimedAt));
    }

    /**
     * Creates the lease's row, free, unless it exists. Two nodes creating it at once: one insert is refused by the
     * primary key and its transaction rolled back quietly, and the row is there either way.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String name) {
        String sql = "insert into cluster_lease (name, held_until) select ?, ? where not exists"
                + " (select 1 from cluster_lease where name = ?)";
        try {
            execute(sql, name, at(Instant.EPOCH), name);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) { // 23: integrity constraint violation
                throw new IllegalStateException("The lease table refused: " + sql, e);
            }
            context.setRollbackOnly();
        }
    }

    private int update(String sql, Object... parameters) {
        try {
            return execute(sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("The lease table refused: " + sql, e);
        }
    }

    private int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
