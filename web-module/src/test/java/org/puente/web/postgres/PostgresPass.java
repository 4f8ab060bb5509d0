package org.puente.web.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The Arquillian tests' PostgreSQL pass (the web module's {@code postgresql} profile), on the test's side: each test
 * class boots its own Payara Micro, and each must find an empty database as it finds a fresh H2 on the embedded pass.
 * Before every deployment this writes the post-boot command file that points Micro's {@code jdbc/__default} at
 * PostgreSQL and drops everything the test role owns; after every undeployment it drops it again, so that the
 * system tests' PostgreSQL pass, which follows in the same build, starts from an empty database too. Without
 * {@code puente.it.db.url} (the embedded pass) it does nothing.
 */
public final class PostgresPass implements LoadableExtension {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::([0-9]+))?/([^?]+).*");

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(EmptyDatabase.class);
    }

    /** Observes each test class's deployment; public, as Arquillian creates it by reflection. */
    public static final class EmptyDatabase {

        public void beforeDeploy(@Observes BeforeDeploy event) throws SQLException, IOException {
            String url = System.getProperty("puente.it.db.url", "");
            if (url.isBlank()) {
                return;
            }
            writePostBootCommands(url);
            dropEverything(url);
        }

        public void afterUndeploy(@Observes AfterUnDeploy event) throws SQLException {
            String url = System.getProperty("puente.it.db.url", "");
            if (!url.isBlank()) {
                dropEverything(url);
            }
        }

        private static void writePostBootCommands(String url) throws IOException {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("puente.it.db.url must look like jdbc:postgresql://HOST[:PORT]/DB");
            }
            String properties = "serverName=" + asadmin(m.group(1))
                    + ":portNumber=" + (m.group(2) == null ? "5432" : m.group(2))
                    + ":databaseName=" + asadmin(m.group(3))
                    + ":user=" + asadmin(user())
                    + ":password=" + asadmin(password());
            // The same pool as the puente script's (connection validation included), as jdbc/__default.
            String commands = "create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource"
                    + " --restype=javax.sql.DataSource --steadypoolsize=4 --maxpoolsize=64"
                    + " --isconnectvalidatereq=true --validationmethod=auto-commit --property " + properties
                    + " PuentePostgres\n"
                    + "set resources.jdbc-resource.jdbc/__default.pool-name=PuentePostgres\n";
            Path file = Path.of(System.getProperty("puente.it.postboot"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, commands, StandardCharsets.UTF_8);
        }

        /** Tables, sequences, views and functions the test role made: Flyway's schema history included. */
        private static void dropEverything(String url) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user(), password());
                    Statement s = c.createStatement()) {
                s.execute("drop owned by current_user cascade");
            }
        }

        private static String user() {
            return System.getProperty("puente.it.db.user", "");
        }

        private static String password() {
            return System.getProperty("puente.it.db.password", "");
        }

        /** A value inside asadmin's --property list, where ':' and '=' separate and '\' escapes. */
        private static String asadmin(String value) {
            return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
        }
    }
}
