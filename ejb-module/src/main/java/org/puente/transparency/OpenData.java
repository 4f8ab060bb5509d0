package org.puente.transparency;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * The reports data set of the open data (/datos/reportes.csv and .json), streamed: one query that
 * joins every name, read through a cursor a few thousand rows at a time and handed row by row to
 * the writer, so memory stays the same for ten rows or a million. PostgreSQL's driver only keeps a
 * cursor open with autocommit off and a fetch size, hence the connection's own read-only
 * transaction here instead of the container's (which could also time out on a long export).
 */
@Stateless
public class OpenData {

    /** Receives each published row as it is read; an IOException (the visitor left) stops the query. */
    @FunctionalInterface
    public interface RowSink {
        void accept(OpenDataRow row) throws IOException;
    }

    static final int FETCH_SIZE = 10_000;

    // Only the published columns are selected: what is not read cannot leak.
    private static final String SELECT = "select r.folio, s.code, s.name, d.name, g.name, c.name, r.channel, r.status,"
            + " r.received_at, r.due_at, r.resolved_at, r.closed_at, r.business_minutes_to_resolve, r.latitude, r.longitude"
            + " from service_report r"
            + " join public_service s on s.id = r.service_id"
            + " join department d on d.id = r.department_id"
            + " join colonia c on c.id = r.colonia_id"
            + " join delegacion g on g.id = c.delegacion_id"
            + " where r.body_id = ? and r.received_at >= ? and r.received_at < ?";

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    /**
     * Writes the scope's reports (received on the filter's days, in the municipality's zone; of its
     * service and delegación when it names them) in the order they were received.
     *
     * @throws IOException when the sink fails (the visitor closed the connection)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(TransparencyScope.Scope scope, RowSink sink) throws IOException {
        ZoneId zone = scope.body().getTimeZone();
        TransparencyFilter filter = scope.filter();
        StringBuilder sql = new StringBuilder(SELECT);
        if (scope.service() != null) {
            sql.append(" and r.service_id = ?");
        }
        if (scope.delegacion() != null) {
            sql.append(" and c.delegacion_id = ?");
        }
        sql.append(" order by r.received_at, r.id");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s =
                    c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                int i = 1;
                s.setLong(i++, scope.body().getId());
                s.setObject(i++, filter.from().atStartOfDay(zone).toOffsetDateTime());
                s.setObject(i++, filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
                if (scope.service() != null) {
                    s.setLong(i++, scope.service().getId());
                }
                if (scope.delegacion() != null) {
                    s.setLong(i, scope.delegacion().getId());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Integer minutes = r.getObject(13) instanceof Number n ? n.intValue() : null;
                        sink.accept(OpenDataRow.of(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5),
                                r.getString(6),
                                r.getString(7),
                                r.getString(8),
                                r.getObject(9, OffsetDateTime.class),
                                r.getObject(10, OffsetDateTime.class),
                                r.getObject(11, OffsetDateTime.class),
                                r.getObject(12, OffsetDateTime.class),
                                minutes,
                                r.getBigDecimal(14),
                                r.getBigDecimal(15),
                                zone));
                    }
                }
            } finally {
                c.rollback(); // read only: nothing to keep, and the cursor closes
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The open data export failed", e);
        }
    }
}
