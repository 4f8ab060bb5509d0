package org.puente.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.platform.SecretTokens;
import org.puente.setup.DemoInstallation;

/**
 * The API keys that may file reports through Open311 ({@code puente.open311.api.keys}, comma-separated;
 * a demo installation, as {@link DemoInstallation} decides, also takes {@code puente-demo}), and the
 * idempotency keys that belong to each.
 */
@ApplicationScoped
public class Open311Keys {

    static final String DEMO_KEY = "puente-demo";
    static final int MAX_IDEMPOTENCY_KEY = 64;

    @Inject
    @ConfigProperty(name = "puente.open311.api.keys")
    Optional<String> apiKeys;

    @Inject
    DemoInstallation installation;

    /** Refuses a missing or unknown key, and the demo key outside a demo installation. */
    public void check(String key) {
        if (!configured(apiKeys.orElse(null), key) && !(DEMO_KEY.equals(key) && installation.isDemo())) {
            throw new ApiRefusal(ApiRefusal.Reason.KEY, "open311.apiKey.invalid");
        }
    }

    static boolean configured(String configured, String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        Set<String> keys = configured == null
                ? Set.of()
                : Arrays.stream(configured.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
        return keys.contains(key.strip());
    }

    /**
     * An idempotency key belongs to the API client that sent it: stored behind a digest of that client's
     * API key, so that another client replaying it files its own report and never reads this one's.
     */
    public String clientKey(String apiKey, String idempotencyKey) {
        String key = idempotencyKey.strip();
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.idempotencyKey.long", MAX_IDEMPOTENCY_KEY);
        }
        return SecretTokens.hash(apiKey.strip()).substring(0, 12) + ":" + key;
    }
}
