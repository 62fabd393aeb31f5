package io.mithril.signature.dmq;

import java.time.Duration;

/**
 * Tunables of {@link DmqMessageValidator}.
 *
 * @param maxKesEvolutions the Shelley genesis {@code maxKESEvolutions} (62 on the public networks; at most 64)
 * @param maxExpiryHorizon how far in the future {@code expiresAt} may lie: signers use now + 1800 s, dmq-node ≥ 0.7
 *        rejects ≥ now + 1800 s; the default adds 5 minutes for clock skew between signer and aggregator
 */
public record DmqValidationRules(int maxKesEvolutions, Duration maxExpiryHorizon) {
    public static final int PUBLIC_NETWORKS_MAX_KES_EVOLUTIONS = 62;
    public static final Duration DEFAULT_MAX_EXPIRY_HORIZON = Duration.ofSeconds(1800 + 300);

    public DmqValidationRules {
        if (maxKesEvolutions < 1 || maxKesEvolutions > 64) {
            throw new IllegalArgumentException("maxKesEvolutions " + maxKesEvolutions + " outside 1..64");
        }
        if (maxExpiryHorizon.isNegative()) {
            throw new IllegalArgumentException("negative expiry horizon");
        }
    }

    public static DmqValidationRules defaults() {
        return new DmqValidationRules(PUBLIC_NETWORKS_MAX_KES_EVOLUTIONS, DEFAULT_MAX_EXPIRY_HORIZON);
    }
}
