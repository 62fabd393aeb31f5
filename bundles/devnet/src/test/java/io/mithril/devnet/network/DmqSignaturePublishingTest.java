package io.mithril.devnet.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.KeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.devnet.ChainView;
import io.mithril.devnet.SignaturePublisher;
import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.devnet.SignaturePublisher.Status;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.dmq.relay.DmqRelay;
import io.mithril.dmq.relay.DmqRelaySettings;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntityType;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.signature.dmq.DmqConsumerSettings;
import io.mithril.signature.dmq.DmqSignatureSource;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SingleSignatureEnvelope;

/**
 * A simulated signer's signature published through a real relay (full dmq-node checks: opcert, KES signature) reaches
 * a real DMQ signature source as the signer's pool, with the signature bytes it signed.
 */
class DmqSignaturePublishingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** KES period 75: operational certificate 1 (periods 60…119), evolution 15. */
    private static final long KES_PERIOD = 75;

    @TempDir
    Path directory;

    private DmqRelay relay;
    private DmqSignatureSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void aSignatureReachesTheConsumerAsTheSignersPool() throws Exception {
        relay = DmqRelay.start(DmqRelaySettings.of(directory.resolve("dmq.socket"), DmqProtocol.DEVNET_MAGIC));
        List<SingleSignatureEnvelope> received = new CopyOnWriteArrayList<>();
        source = new DmqSignatureSource(DmqConsumerSettings.of(relay.socketPath(), DmqProtocol.DEVNET_MAGIC),
                java.time.Clock.systemUTC());
        source.open(envelope -> {
            received.add(envelope);
            return new SignatureOutcome(SignatureOutcome.Status.REGISTERED, "ok", "");
        });
        SimulatedSigner signer = new SimulatedSigner(DevnetPools.DEFAULT_SEED, 1);
        SignaturePublisher.Signature signature = signature(signer);

        Outcome outcome = DmqSignaturePublishing.of(relay.socketPath(), DmqProtocol.DEVNET_MAGIC, chainAt(KES_PERIOD))
                .publish(signature);

        assertEquals(Status.BUFFERED, outcome.status(), outcome.toString());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, received.size(), "delivered once");
        SingleSignatureEnvelope envelope = received.get(0);
        assertEquals(signer.partyId(), envelope.partyId());
        assertEquals("{\"MithrilStakeDistribution\":10}", envelope.signedEntityTypeJson());
        assertEquals(HexFormat.of().formatHex(StmBytes.toBytes(signature.signature())), envelope.signature());
        assertEquals(1, source.valid());
    }

    @Test
    void aRejectionByTheNodeIsReportedAsRejected() throws Exception {
        SimulatedSigner signer = new SimulatedSigner(DevnetPools.DEFAULT_SEED, 1);
        relay = DmqRelay.start(DmqRelaySettings.of(directory.resolve("dmq.socket"), DmqProtocol.DEVNET_MAGIC)
                .withEligiblePools(pool -> false));

        Outcome outcome = DmqSignaturePublishing.of(relay.socketPath(), DmqProtocol.DEVNET_MAGIC, chainAt(KES_PERIOD))
                .publish(signature(signer));

        assertEquals(Status.REJECTED, outcome.status(), outcome.toString());
        assertEquals(0, relay.mempool().size());
    }

    @Test
    void anUnreachableNodeIsRetryable() throws Exception {
        Outcome outcome = DmqSignaturePublishing.of(directory.resolve("absent.socket"), DmqProtocol.DEVNET_MAGIC,
                chainAt(KES_PERIOD)).publish(signature(new SimulatedSigner(DevnetPools.DEFAULT_SEED, 0)));

        assertEquals(Status.UNDELIVERED, outcome.status(), outcome.toString());
        assertTrue(outcome.status().isRetryable());
    }

    @Test
    void bothPublishesToDmqThenHttpAndReportsTheHttpOutcome() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        SignaturePublisher dmq = s -> {
            calls.add("dmq");
            return new Outcome(Status.UNDELIVERED, "node down");
        };
        SignaturePublisher http = s -> {
            calls.add("http");
            return new Outcome(Status.REGISTERED, "201");
        };

        Outcome outcome = new HttpAndDmqPublishing(dmq, http).publish(signature(new SimulatedSigner(
                DevnetPools.DEFAULT_SEED, 0)));

        assertEquals(List.of("dmq", "http"), calls);
        assertEquals(Status.REGISTERED, outcome.status());
        assertTrue(outcome.detail().contains("node down"), outcome.detail());
    }

    /** A real STM signature of {@code signer} over an MSD(10) message, in a registration of five devnet pools. */
    private static SignaturePublisher.Signature signature(SimulatedSigner signer) throws Exception {
        KeyRegistration registration = new KeyRegistration();
        for (int i = 0; i < 5; i++) {
            SimulatedSigner party = new SimulatedSigner(DevnetPools.DEFAULT_SEED, i);
            registration.register(StmJsonHex.decodeVerificationKeyProofOfPossession(party.verificationKey(9)),
                    party.pool().stake());
        }
        ClosedKeyRegistration closed = registration.close();
        ProtocolMessage message = ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "10");
        // m large enough that every signer wins some index
        SingleSignature won = signer.sign(message, 9, new Parameters(2000, 5, 0.95), closed).orElseThrow();
        return new SignaturePublisher.Signature(signer,
                new SignedEntityType.MithrilStakeDistribution(new Epoch(10)), won, message);
    }

    private static ChainView chainAt(long kesPeriod) {
        return new ChainView() {
            @Override
            public long currentEpoch() {
                return 10;
            }

            @Override
            public long currentKesPeriod() {
                return kesPeriod;
            }

            @Override
            public StakeDistribution currentStakeDistribution() {
                throw new UnsupportedOperationException("not read by the publisher");
            }
        };
    }
}
