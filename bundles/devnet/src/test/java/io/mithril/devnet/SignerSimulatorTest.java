package io.mithril.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.domain.message.RegisterSignatureMessage;

/** The simulator's cycles against {@link FakeAggregator}, epoch by epoch. */
class SignerSimulatorTest {
    private static final int SIGNERS = 5;
    private static final ProtocolParameters PARAMETERS = new ProtocolParameters(70, 105, 0.95);

    private ManualChain chain;
    private FakeAggregator aggregator;
    private SignerSimulator simulator;
    private final List<String> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        chain = new ManualChain(10, 3, DevnetPools.distribution(SIGNERS));
        aggregator = new FakeAggregator(chain, PARAMETERS,
                List.of("MithrilStakeDistribution", "CardanoStakeDistribution", "CardanoTransactions"));
        simulator = newSimulator();
    }

    private SignerSimulator newSimulator() {
        return SignerSimulator.devnet(DevnetPools.DEFAULT_SEED, SIGNERS, chain,
                AggregatorClient.of(aggregator.endpoint()), new SimulatorListener() {
                    @Override
                    public void waiting(String reason) {
                        waits.add(reason);
                    }
                });
    }

    @AfterEach
    void stop() {
        simulator.close();
        aggregator.close();
    }

    private void enterEpoch(long epoch) {
        chain.epoch = epoch;
        aggregator.epoch = epoch;
    }

    @Test
    void registersForTheNextEpochThenSignsTwoEpochsLater() throws Exception {
        SignerSimulator.CycleReport first = simulator.runCycle();
        assertEquals(SIGNERS, first.registered());
        assertEquals(SIGNERS, aggregator.signersRegisteredFor(11).size());
        assertTrue(first.waitingFor().isPresent(), "nobody signs at 10");

        enterEpoch(11);
        assertEquals(SIGNERS, simulator.runCycle().registered());
        assertTrue(aggregator.signatures.isEmpty(), "signers registered at 10 sign at 12, not 11");

        enterEpoch(12);
        SignerSimulator.CycleReport signing = simulator.runCycle();
        assertEquals(2, signing.beaconsSigned(), "MSD(12) and CSD(11); CardanoTransactions is not simulated");

        assertSignaturesFormACertificate(new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)),
                expectedSeedParts(12));
        assertSignaturesFormACertificate(new SignedEntityType.CardanoStakeDistribution(Epoch.of(11)),
                expectedSeedParts(12)
                        .with(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_EPOCH, "11")
                        .with(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT,
                                CardanoStakeDistribution.of(Epoch.of(11), chain.stakes.stakeByPoolId())
                                        .computeMerkleRoot()));
        assertTrue(aggregator.refusedRegistrations.isEmpty(), aggregator.refusedRegistrations.toString());
    }

    @Test
    void aBeaconIsSignedOncePerEpoch() {
        simulator.runCycle();
        enterEpoch(11);
        simulator.runCycle();
        enterEpoch(12);
        simulator.runCycle();
        int sent = aggregator.signatures.size();
        SignerSimulator.CycleReport again = simulator.runCycle();
        assertEquals(0, again.registered());
        assertEquals(0, again.beaconsSigned());
        assertEquals(sent, aggregator.signatures.size());
    }

    @Test
    void signaturesTheAggregatorFailedToProcessAreSentAgainNextCycle() throws Exception {
        simulator.runCycle();
        enterEpoch(11);
        simulator.runCycle();
        enterEpoch(12);
        aggregator.failingSignatures.set(2);
        SignerSimulator.CycleReport failing = simulator.runCycle();
        assertEquals(1, failing.beaconsSigned(), "MSD(12) had two 500s, CSD(11) went through");
        int delivered = aggregator.signatures.size();

        SignerSimulator.CycleReport retry = simulator.runCycle();

        assertEquals(1, retry.beaconsSigned());
        assertEquals(delivered + 2, aggregator.signatures.size(), "only the two failed signatures are sent again");
        assertSignaturesFormACertificate(new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)),
                expectedSeedParts(12));
        assertEquals(0, simulator.runCycle().beaconsSigned());
    }

    @Test
    void waitsWhileTheAggregatorLagsBehindTheChain() {
        chain.epoch = 11;
        SignerSimulator.CycleReport report = simulator.runCycle();
        assertEquals(0, report.registered());
        assertTrue(report.waitingFor().orElseThrow().contains("aggregator is at epoch 10"), report.toString());
        assertTrue(aggregator.registrations.isEmpty());
    }

    @Test
    void retriesRegistrationWhenNoRoundIsOpen() {
        aggregator.roundOpen = false;
        assertEquals(0, simulator.runCycle().registered());
        assertTrue(waits.stream().anyMatch(w -> w.contains("no registration round open")), waits.toString());
        aggregator.roundOpen = true;
        assertEquals(SIGNERS, simulator.runCycle().registered());
    }

    @Test
    void aRestartedSimulatorSignsWithTheKeysRegisteredBeforeTheRestart() throws Exception {
        simulator.runCycle();
        enterEpoch(11);
        simulator.runCycle();
        simulator.close();

        enterEpoch(12);
        simulator = newSimulator();
        SignerSimulator.CycleReport report = simulator.runCycle();

        assertEquals(2, report.beaconsSigned(), report.toString());
        assertSignaturesFormACertificate(new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)),
                expectedSeedParts(12));
    }

    @Test
    void scheduledCyclesRunUntilClosed() throws Exception {
        simulator.start(java.time.Duration.ofMillis(20));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (aggregator.signersRegisteredFor(11).size() < SIGNERS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        simulator.close();
        assertEquals(SIGNERS, aggregator.signersRegisteredFor(11).size());
    }

    /** The seed parts an aggregator computes at {@code epoch} from the registrations it holds. */
    private ProtocolMessage expectedSeedParts(long epoch) throws Exception {
        return ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY,
                        StmJsonHex.encode(closed(aggregator.signersRegisteredFor(epoch)).aggregateVerificationKey()))
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, PARAMETERS.computeHash())
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, Long.toString(epoch));
    }

    private void assertSignaturesFormACertificate(SignedEntityType type, ProtocolMessage expected) throws Exception {
        String typeJson = io.mithril.domain.message.SignedEntityTypeJson.toJson(type).toString();
        List<RegisterSignatureMessage> received = aggregator.signatures.stream()
                .filter(s -> s.entityType().toString().equals(typeJson)).toList();
        assertFalse(received.isEmpty(), "signatures for " + typeJson);
        Set<String> messages = received.stream().map(RegisterSignatureMessage::signedMessage)
                .collect(Collectors.toSet());
        assertEquals(Set.of(expected.computeHash()), messages, typeJson);

        long epoch = type.certificateEpoch().value();
        ClosedKeyRegistration current = closed(aggregator.signersRegisteredFor(epoch - 1));
        Parameters parameters = new Parameters(PARAMETERS.m(), PARAMETERS.k(), PARAMETERS.phiF());
        Clerk clerk = new Clerk(parameters, current);
        List<SingleSignature> signatures = new ArrayList<>();
        for (RegisterSignatureMessage message : received) {
            SingleSignature signature = StmJsonHex.decodeSingleSignature(message.signature());
            clerk.verify(signature, expected.signedPayload());
            assertEquals(message.indexes(), java.util.Arrays.stream(signature.indexes()).boxed().toList());
            signatures.add(signature);
        }
        new StmMultiSignatureVerifier().verify(expected.signedPayload(),
                StmJsonHex.encode(clerk.aggregate(signatures, expected.signedPayload())),
                StmJsonHex.encode(current.aggregateVerificationKey()), PARAMETERS);
    }

    private static ClosedKeyRegistration closed(List<SignerWithStake> signers) throws Exception {
        List<RegistrationEntry> entries = new ArrayList<>();
        for (SignerWithStake signer : signers) {
            entries.add(new RegistrationEntry(StmJsonHex.decodeVerificationKeyProofOfPossession(
                    signer.verificationKey()).verificationKey(), signer.stake()));
        }
        return ClosedKeyRegistration.of(entries);
    }
}
