package org.puente.web.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read the metrics: a scraper that shows the configured token ({@code Authorization: Bearer ...},
 * PUENTE_METRICS_TOKEN; with no token configured, no scraper) or a signed-in administrator. Everybody else is
 * refused: 401 without credentials, 403 signed in as someone else. The figures hold no personal data, but how busy
 * a municipality's queue is stays its operators' business.
 */
enum MetricsAccess {
    ALLOWED(200),
    UNAUTHORIZED(401),
    FORBIDDEN(403);

    private static final String BEARER = "Bearer ";

    final int status;

    MetricsAccess(int status) {
        this.status = status;
    }

    static MetricsAccess decide(String authorization, Optional<String> token, boolean admin, boolean signedIn) {
        if (admin || presents(authorization, token)) {
            return ALLOWED;
        }
        return signedIn ? FORBIDDEN : UNAUTHORIZED;
    }

    private static boolean presents(String authorization, Optional<String> token) {
        String expected = token.map(String::strip).orElse("");
        if (expected.isEmpty()
                || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] shown = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(shown, expected.getBytes(StandardCharsets.UTF_8));
    }
}
