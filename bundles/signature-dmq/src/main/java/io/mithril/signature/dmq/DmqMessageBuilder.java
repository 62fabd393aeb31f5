package io.mithril.signature.dmq;

import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqMessagePayload;
import io.mithril.ouroboros.dmq.DmqOperationalCertificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds DMQ messages like the Mithril signer (mithril-dmq {@code DmqMessageBuilder}, dmq.md §4.4): payload
 * {@code [body, kesPeriod, expiresAt = now + TTL]}, message id = Blake2b-256 of the payload bytes, KES signature over
 * those bytes with the pool's KES key evolved to {@code kesPeriod − opcert.startKesPeriod}, the opcert and the cold
 * verification key. The KES key only evolves forward (past-period material is erased), so KES periods must not go
 * backwards. Thread-safe.
 */
public final class DmqMessageBuilder {
    /** Mithril's {@code DMQ_MESSAGE_TTL_IN_SECONDS}. dmq-node ≥ 0.7 wants strictly less (e.g. 1790 s). */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(1800);

    private final KesSecretKey kesKey;
    private final OperationalCertificate opcert;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param kesKey the pool's KES signing key (taken over: the builder evolves it)
     * @throws IllegalArgumentException if the key is not the one certified by {@code opcert}
     */
    public DmqMessageBuilder(KesSecretKey kesKey, OperationalCertificate opcert, Clock clock, Duration ttl) {
        this.kesKey = Objects.requireNonNull(kesKey, "kesKey");
        this.opcert = Objects.requireNonNull(opcert, "opcert");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (!kesKey.verificationKey().equals(opcert.kesVerificationKey())) {
            throw new IllegalArgumentException("the KES key is not the one of the operational certificate");
        }
    }

    public OperationalCertificate operationalCertificate() {
        return opcert;
    }

    /**
     * @param kesPeriod the current absolute KES period ({@code slot / slotsPerKESPeriod})
     * @throws IllegalArgumentException if the period is outside the opcert's 64 evolutions or behind the key
     */
    public synchronized DmqMessage build(byte[] body, long kesPeriod) {
        if (Long.compareUnsigned(kesPeriod, opcert.startKesPeriod()) < 0
                || Long.compareUnsigned(kesPeriod - opcert.startKesPeriod(), KesSecretKey.PERIODS) >= 0) {
            throw new IllegalArgumentException("KES period " + Long.toUnsignedString(kesPeriod)
                    + " outside the operational certificate's validity from " + opcert.startKesPeriod());
        }
        int evolution = (int) (kesPeriod - opcert.startKesPeriod());
        if (evolution < kesKey.period()) {
            throw new IllegalArgumentException("the KES key already evolved to " + kesKey.period()
                    + ", cannot sign at evolution " + evolution);
        }
        kesKey.updateTo(evolution);
        DmqMessagePayload payload = DmqMessagePayload.create(body, kesPeriod,
                clock.instant().getEpochSecond() + ttl.getSeconds());
        byte[] signature = kesKey.sign(payload.bytesToSign()).toBytes();
        return DmqMessage.create(DmqMessageIds.of(payload), payload, signature, new DmqOperationalCertificate(
                opcert.kesVerificationKey().toBytes(), opcert.issueNumber(), opcert.startKesPeriod(),
                opcert.signature().toBytes()), opcert.coldVerificationKey().toBytes());
    }

    /** A message carrying a Mithril single signature. */
    public DmqMessage build(MithrilDmqBody body, long kesPeriod) {
        return build(body.encode(), kesPeriod);
    }
}
