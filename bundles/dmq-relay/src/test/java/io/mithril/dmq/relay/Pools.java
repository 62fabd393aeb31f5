package io.mithril.dmq.relay;

import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.PoolId;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.signature.dmq.DmqMessageBuilder;
import java.time.Clock;
import java.util.Arrays;

/** Deterministic test pools: KES seed {@code n × 32}, cold seed {@code (n + 100) × 32}. */
final class Pools {
    private Pools() {
    }

    static Ed25519SigningKey coldKey(int n) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) (n + 100));
        return Ed25519SigningKey.fromSeed(seed);
    }

    static PoolId poolId(int n) {
        return PoolId.ofColdVerificationKey(coldKey(n).verificationKey());
    }

    /** A builder for pool {@code n} with opcert issue number {@code issue}, start KES period 0. */
    static DmqMessageBuilder builder(int n, long issue, Clock clock) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) n);
        KesSecretKey kes = KesSecretKey.fromSeed(seed);
        return new DmqMessageBuilder(kes, OperationalCertificate.issue(kes.verificationKey(), issue, 0, coldKey(n)),
                clock, DmqMessageBuilder.DEFAULT_TTL);
    }
}
