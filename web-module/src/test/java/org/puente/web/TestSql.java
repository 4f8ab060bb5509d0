package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The database as a container test reads and changes it behind the services' back: one query per call,
 * each on its own connection (so it sees what the services committed), with {@code ?} parameters.
 * A query that should find a row and finds none fails the test naming the query.
 *
 * <p>Used inside the deployment: a test adds {@code TestSql.class} to its archive and builds one over
 * its {@code java:comp/DefaultDataSource}.
 */
public final class TestSql {

    private final DataSource dataSource;

    public TestSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row as a number; fails when there is no row or it is null. */
    public long number(String sql, Object... parameters) throws SQLException {
        String value = string(sql, parameters);
        assertNotNull(value, sql);
        return Long.parseLong(value);
    }

    /** The first column of the first row as text (null when the column is null); fails when there is no row. */
    public String string(String sql, Object... parameters) throws SQLException {
        return first(sql, parameters, r -> r.getString(1));
    }

    /** The first column of the first row as a timestamp; fails when there is no row or it is null. */
    public OffsetDateTime timestamp(String sql, Object... parameters) throws SQLException {
        OffsetDateTime value = timestampOrNull(sql, parameters);
        assertNotNull(value, sql);
        return value;
    }

    /** The first column of the first row as a timestamp, null when the column is; fails when there is no row. */
    public OffsetDateTime timestampOrNull(String sql, Object... parameters) throws SQLException {
        return first(sql, parameters, r -> r.getObject(1, OffsetDateTime.class));
    }

    /** Every row, each as its columns' text. */
    public List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of every row as text. */
    public List<String> strings(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** An insert, update, delete or DDL statement; the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    private interface Column<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> T first(String sql, Object[] parameters, Column<T> column) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row: " + sql);
                return column.read(r);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
