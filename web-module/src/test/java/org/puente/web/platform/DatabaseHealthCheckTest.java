package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@code /health} is public, so a database that does not answer is reported as DOWN and nothing
 * else: not the driver's message (which names the host, the user and the database).
 */
class DatabaseHealthCheckTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsDownWithoutItsErrorText() throws Exception {
        HealthCheckResponse.setResponseProvider(Builder::new);
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        String secret = "FATAL: password authentication failed for user \"puente\" at db.interno.edomex:5432";
        DataSource failing = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException(secret, "28P01");
                });
        Field field = DatabaseHealthCheck.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(check, failing);

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("database", response.getName());
        assertEquals(Optional.empty(), response.getData(), "no data at all: " + response.getData());
        assertFalse(String.valueOf(response.getData()).contains("password"));
    }

    /** The MicroProfile Health builder, as the server's implementation behaves. */
    private static final class Builder extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            up = true;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder down() {
            up = false;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name,
                    up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    data.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(data)));
        }
    }
}
