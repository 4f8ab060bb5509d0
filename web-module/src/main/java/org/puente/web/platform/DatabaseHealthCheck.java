package org.puente.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Puente is ready when its database answers (GET /health aggregates this check). */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("version", connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            // The reason goes to the log for the operator; /health is public and says only that it is down.
            LOG.log(Level.WARNING, "The database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
