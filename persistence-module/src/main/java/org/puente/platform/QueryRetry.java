package org.puente.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink retries a read that lost its database connection (a read outside a transaction, on a
 * communication failure): once, a quarter of a second later, on a connection the server's pool has validated.
 * EclipseLink's default, three more tries five seconds apart, made every page that reads kept a visitor waiting
 * 10 to 15 seconds after a PostgreSQL restart, time after time for half a minute (seen in ./puente chaos: the
 * restart took 2.8 s, the errors went on for 30), while the pool had good connections again within seconds.
 */
public class QueryRetry implements SessionCustomizer {

    static final int ATTEMPTS = 1;
    static final int DELAY_MILLIS = 250;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(ATTEMPTS);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
