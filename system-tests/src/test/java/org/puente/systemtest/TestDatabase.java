package org.puente.systemtest;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The running Puente's own database, for the few set-ups a browser cannot make (a chat that is live
 * right now, say): PostgreSQL when the suite runs on it (PUENTE_DB_*), otherwise the embedded H2 file
 * in the server's data folder, opened through the H2 that Payara itself ships (same version, shared
 * through H2's AUTO_SERVER mode while the server runs).
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static boolean isPostgres() {
        String url = System.getenv("PUENTE_DB_URL");
        return url != null && !url.isBlank();
    }

    static Connection connect() throws Exception {
        if (isPostgres()) {
            return DriverManager.getConnection(System.getenv("PUENTE_DB_URL"), System.getenv("PUENTE_DB_USER"),
                    System.getenv("PUENTE_DB_PASSWORD"));
        }
        Path jar = Path.of(System.getenv("PUENTE_SERVER_DIR"), "payara6", "h2db", "bin", "h2.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No H2 of the server at " + jar);
        }
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TestDatabase.class.getClassLoader());
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        Properties p = new Properties();
        p.setProperty("user", "puente");
        p.setProperty("password", "puente");
        return driver.connect("jdbc:h2:" + Path.of(System.getenv("PUENTE_DATA_DIR"), "puente") + ";AUTO_SERVER=TRUE", p);
    }

    /** The next value of a sequence, in the database's own syntax. */
    static long next(Connection c, String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = isPostgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static long id(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No row: " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
