package org.puente.abuse;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The proof-of-work challenge of a form whose limit is near (a fifth of the budget left): issued with the
 * page, checked before the action, accepted once. The secret is shared by the cluster (made once in the
 * grid), so a challenge issued by one node is checked by any. Difficulty: {@code puente.abuse.challengeBits}
 * (16); life: {@code puente.abuse.challengeMinutes} (20).
 */
@ApplicationScoped
public class Challenges {

    @Inject
    private RateLimits limits;

    @Inject
    private Clock clock;

    private ProofOfWork work;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig();
        int bits = config.getOptionalValue("puente.abuse.challengeBits", Integer.class)
                .orElse(16);
        int minutes = config.getOptionalValue("puente.abuse.challengeMinutes", Integer.class)
                .orElse(20);
        work = new ProofOfWork(limits.sharedSecret("proof-of-work"), bits, Duration.ofMinutes(minutes));
    }

    /** True when the next action of this key under this limit needs a proof of work. */
    public boolean needed(Limit limit, String key) {
        return limits.peek(limit, key).isNear();
    }

    public String issue() {
        return work.issue(clock.instant());
    }

    /** Checks the work and uses the challenge up: the same challenge is refused a second time. */
    public boolean accept(String challenge, String nonce) {
        return work.verify(challenge, nonce, clock.instant())
                && limits.take(Limit.CHALLENGE_USE, challenge).allowed();
    }

    public int bits() {
        return work.bits();
    }
}
