package io.mithril.devnet.network;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.devnet.ChainView;
import io.mithril.devnet.ChainView.ChainViewException;
import io.mithril.devnet.SignaturePublisher;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.message.SignedEntityTypeJson;
import io.mithril.ouroboros.dmq.RejectReason;
import io.mithril.signature.dmq.DmqMessageBuilder;
import io.mithril.signature.dmq.DmqPublishException;
import io.mithril.signature.dmq.DmqSignaturePublisher;
import io.mithril.signature.dmq.DmqSignedEntityType;

/**
 * Publishes each signature to a DMQ node as the Mithril signer does (dmq.md §4.4): a DMQ message KES-signed with the
 * signer's key of the operational certificate valid at the chain's current KES period, one connection per message.
 * An Accept is reported as {@link Status#BUFFERED}: the node holds it for the aggregators, which answer nothing back.
 * Thread-safe: one message builder (and KES key) per signer and certificate.
 */
public final class DmqSignaturePublishing implements SignaturePublisher {
    private final Path socketPath;
    private final long networkMagic;
    private final ChainView chain;
    private final Clock clock;
    private final Duration ttl;
    private final Duration timeout;
    private final Map<String, DmqSignaturePublisher> publishers = new ConcurrentHashMap<>();

    /**
     * @param chain gives the current KES period (the signer's own node)
     * @param clock the wall clock of the expiry ({@code now + ttl})
     */
    public DmqSignaturePublishing(Path socketPath, long networkMagic, ChainView chain, Clock clock, Duration ttl,
            Duration timeout) {
        this.socketPath = Objects.requireNonNull(socketPath, "socketPath");
        this.networkMagic = networkMagic;
        this.chain = Objects.requireNonNull(chain, "chain");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Mithril's TTL less 10 s (a dmq-node 0.7 refuses exactly 1800 s), 30 s per publication. */
    public static DmqSignaturePublishing of(Path socketPath, long networkMagic, ChainView chain) {
        return new DmqSignaturePublishing(socketPath, networkMagic, chain, Clock.systemUTC(),
                DmqMessageBuilder.DEFAULT_TTL.minusSeconds(10), Duration.ofSeconds(30));
    }

    /** The DMQ form of the signed entity types the simulator signs. */
    public static DmqSignedEntityType dmqType(SignedEntityType type) {
        return DmqSignedEntityType.fromJson(SignedEntityTypeJson.toJson(type).toString());
    }

    @Override
    public Outcome publish(Signature signature) {
        long kesPeriod;
        try {
            kesPeriod = chain.currentKesPeriod();
        } catch (ChainViewException e) {
            return new Outcome(Status.UNDELIVERED, "DMQ: no KES period: " + e.getMessage());
        }
        try {
            publisher(signature.signer(), kesPeriod).publish(dmqType(signature.type()),
                    StmBytes.toBytes(signature.signature()), kesPeriod);
            return new Outcome(Status.BUFFERED, "DMQ accepted");
        } catch (DmqPublishException e) {
            if (e.reason() instanceof RejectReason.AlreadyReceived) {
                // the same payload again within its second (a retry after an HTTP failure): the node holds it
                return new Outcome(Status.BUFFERED, "DMQ already received");
            }
            return new Outcome(Status.REJECTED, "DMQ " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(Status.UNDELIVERED, "DMQ " + e);
        }
    }

    private DmqSignaturePublisher publisher(SimulatedSigner signer, long kesPeriod) {
        OperationalCertificate opcert = signer.operationalCertificate(kesPeriod);
        String key = signer.partyId() + "#" + opcert.issueNumber();
        return publishers.computeIfAbsent(key, k -> new DmqSignaturePublisher(socketPath, networkMagic,
                new DmqMessageBuilder(signer.newKesSecretKey(opcert.issueNumber()), opcert, clock, ttl), timeout));
    }
}
