package io.mithril.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateMetadata;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.Fixtures;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.StakeDistributionParty;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A synthetic chain of 100 000 certificates verifies iteratively, even on a thread with a tiny stack. */
class LongChainTest {
    private static final int LENGTH = 100_000;
    private static final int CERTIFICATES_PER_EPOCH = 1_000;

    @Test
    void hundredThousandCertificatesVerifyWithoutRecursion() throws Exception {
        Ed25519SigningKey genesisKey = Ed25519SigningKey.fromSeed(new byte[32]);
        Map<String, Certificate> chain = new HashMap<>();
        Certificate tip = buildChain(genesisKey, chain);
        CertificateChainVerifier verifier = new CertificateChainVerifier(new InMemoryCertificateRetriever(chain),
                ChainFixtures.CHAIN_RULES_ONLY, GenesisSignatureVerifier.ed25519(genesisKey.verificationKey()));

        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread smallStack = new Thread(null, () -> {
            try {
                outcome.set(verifier.verifyChain(tip));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack-verifier", 128 * 1024);
        smallStack.start();
        smallStack.join();

        if (outcome.get() instanceof Throwable t) {
            throw new AssertionError("chain verification failed", t);
        }
        VerifiedChain verified = (VerifiedChain) outcome.get();
        assertEquals(LENGTH, verified.length());
        assertEquals("", verified.genesis().previousHash());
    }

    /** Genesis at epoch 10, then one certificate per link, a new epoch every 1 000 certificates. */
    private static Certificate buildChain(Ed25519SigningKey genesisKey, Map<String, Certificate> chain) {
        // any well-formed AVK text will do: the STM check is stubbed, the chain rules compare AVKs
        String avk = Fixtures.devnetCertificates().get(ChainFixtures.GENESIS).aggregateVerificationKey();
        ProtocolParameters parameters = new ProtocolParameters(70, 105, 0.95);
        Instant time = Instant.parse("2026-05-21T14:41:53.660381099Z");
        Epoch genesisEpoch = Epoch.of(10);
        ProtocolMessage genesisMessage = GenesisCertificates.protocolMessage(avk, parameters, genesisEpoch);
        Certificate previous = GenesisCertificates.create("devnet", genesisEpoch, parameters, avk,
                GenesisCertificates.sign(genesisMessage, genesisKey), time, time);
        chain.put(previous.hash(), previous);
        List<StakeDistributionParty> signers = List.of(new StakeDistributionParty("pool1", 10));
        for (int i = 1; i < LENGTH; i++) {
            Epoch epoch = genesisEpoch.plus(1 + i / CERTIFICATES_PER_EPOCH);
            ProtocolMessage message = ProtocolMessage.empty()
                    .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, avk)
                    .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, parameters.computeHash())
                    .with(ProtocolMessagePartKey.CURRENT_EPOCH, epoch.toString());
            CertificateMetadata metadata = new CertificateMetadata("devnet", "0.1.0", parameters, time, time, signers);
            Certificate certificate = Certificate.create(previous.hash(), epoch, metadata, message, avk,
                    new CertificateSignature.MultiSignature(new SignedEntityType.MithrilStakeDistribution(epoch),
                            "7b7d"));
            chain.put(certificate.hash(), certificate);
            previous = certificate;
        }
        return previous;
    }
}
