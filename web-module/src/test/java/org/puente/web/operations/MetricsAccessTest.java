package org.puente.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    private static final Optional<String> TOKEN = Optional.of("s3cr3t-scrape");

    @Test
    void theScraperWithTheConfiguredTokenOrAnAdministratorReadsTheMetrics() {
        assertEquals(MetricsAccess.ALLOWED, MetricsAccess.decide("Bearer s3cr3t-scrape", TOKEN, false, false));
        assertEquals(MetricsAccess.ALLOWED, MetricsAccess.decide("bearer  s3cr3t-scrape ", TOKEN, false, false));
        assertEquals(MetricsAccess.ALLOWED, MetricsAccess.decide(null, TOKEN, true, true));
        assertEquals(MetricsAccess.ALLOWED, MetricsAccess.decide(null, Optional.empty(), true, true));
    }

    @Test
    void anyoneElseIsRefused401WithoutCredentialsAnd403SignedIn() {
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide(null, TOKEN, false, false));
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Bearer wrong", TOKEN, false, false));
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Basic s3cr3t-scrape", TOKEN, false, false));
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Bearer s3cr3t", TOKEN, false, false));
        assertEquals(MetricsAccess.FORBIDDEN, MetricsAccess.decide("Bearer wrong", TOKEN, false, true));
        assertEquals(MetricsAccess.FORBIDDEN, MetricsAccess.decide(null, TOKEN, false, true));
    }

    @Test
    void withoutAConfiguredTokenNoTokenOpensIt() {
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Bearer ", Optional.empty(), false, false));
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Bearer ", Optional.of("  "), false, false));
        assertEquals(MetricsAccess.UNAUTHORIZED, MetricsAccess.decide("Bearer x", Optional.empty(), false, false));
    }
}
