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

    private TestDatabase() {}

    static boolean isPostgres() {
        String url = System.getenv("PUENTE_DB_URL");
        return url != null && !url.isBlank();
    }

    static Connection connect() throws Exception {
        if (isPostgres()) {
            return DriverManager.getConnection(
                    System.getenv("PUENTE_DB_URL"),
                    System.getenv("PUENTE_DB_USER"),
                    System.getenv("PUENTE_DB_PASSWORD"));
        }
        Path jar = Path.of(System.getenv("PUENTE_SERVER_DIR"), "payara6", "h2db", "bin", "h2.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No H2 of the server at " + jar);
        }
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TestDatabase.class.getClassLoader());
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader)
                .getDeclaredConstructor()
                .newInstance();
        Properties p = new Properties();
        p.setProperty("user", "puente");
        p.setProperty("password", "puente");
        return driver.connect(
                "jdbc:h2:" + Path.of(System.getenv("PUENTE_DATA_DIR"), "puente") + ";AUTO_SERVER=TRUE", p);
    }

    /**
     * A chat or forum of the demo expert and moderator for the Secretaría de Salud's unit, as the
     * engagement workflow leaves it (a scheduled request and its event), at the given times and in the
     * given status (SCHEDULED, OPEN...). Returns the event's id.
     */
    static long event(
            String kind,
            String topic,
            java.time.OffsetDateTime startsAt,
            java.time.OffsetDateTime endsAt,
            String status)
            throws Exception {
        try (Connection c = connect()) {
            long body = id(c, "select id from body where code = 'SSEM'");
            long unit = id(c, "select id from department where name = 'Unidad de Comunicación Social'");
            long enlace = id(c, "select id from user_account where username = 'enlace'");
            long expert = id(c, "select id from user_account where username = 'experto'");
            long moderator = id(c, "select id from user_account where username = 'moderador'");
            long request = next(c, "engagement_request_seq");
            long event = next(c, "engagement_event_seq");
            java.time.ZoneId zone = java.time.ZoneId.of("America/Mexico_City");
            java.time.LocalDateTime from = startsAt.atZoneSameInstant(zone).toLocalDateTime();
            java.time.LocalDateTime to = endsAt.atZoneSameInstant(zone).toLocalDateTime();
            boolean chat = "CHAT".equals(kind);
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            update(
                    c,
                    "insert into engagement_request (id, folio, kind, body_id, unit_id, requester_id, status,"
                            + " topics, start_date, end_date, start_time, end_time, expert_name, expert_position, expert_email,"
                            + " expert_id, expert_confirmed, submitted_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 'SCHEDULED',"
                            + " ?, ?, ?, ?, ?, 'Dr. Roberto Sánchez Islas', 'Director de Prevención', 'experto@demo.puente.mx',"
                            + " ?, true, ?, ?, 1)",
                    request,
                    "PRUEBA-" + request,
                    kind,
                    body,
                    unit,
                    enlace,
                    topic,
                    from.toLocalDate(),
                    chat ? from.toLocalDate() : to.toLocalDate().minusDays(1),
                    chat ? from.toLocalTime() : null,
                    chat ? to.toLocalTime() : null,
                    expert,
                    now,
                    now);
            update(
                    c,
                    "insert into engagement_event (id, request_id, kind, title, topics, body_id, starts_at, ends_at,"
                            + " expert_id, moderator_id, status, version, last_seq, pre_moderated)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, false)",
                    event,
                    request,
                    kind,
                    topic,
                    topic,
                    body,
                    startsAt,
                    endsAt,
                    expert,
                    moderator,
                    status);
            return event;
        }
    }

    /** The next value of a sequence, in the database's own syntax. */
    static long next(Connection c, String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = isPostgres() ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One number read on a connection of its own, e.g. a count; fails when the query finds no row. */
    static long number(String sql, Object... parameters) throws Exception {
        try (Connection c = connect()) {
            return id(c, sql, parameters);
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
