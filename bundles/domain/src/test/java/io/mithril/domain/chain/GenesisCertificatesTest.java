package io.mithril.domain.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Fixtures;
import io.mithril.domain.ProtocolMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rebuilds the devnet genesis certificate from its inputs, as the aggregator's genesis commands do. */
class GenesisCertificatesTest {
    private final Certificate devnetGenesis = Fixtures.devnetCertificates().get(ChainFixtures.GENESIS);

    @Test
    void genesisProtocolMessageAndPayloadAreTheDevnetOnes() {
        ProtocolMessage message = GenesisCertificates.protocolMessage(devnetGenesis.aggregateVerificationKey(),
                devnetGenesis.metadata().parameters(), devnetGenesis.epoch());
        assertEquals(devnetGenesis.protocolMessage(), message);
        assertArrayEquals(devnetGenesis.signedMessage().getBytes(StandardCharsets.US_ASCII),
                GenesisCertificates.payloadToSign(message));
    }

    @Test
    void signingWithTheDevnetTestKeyGivesTheDevnetSignature() {
        // The reference's deterministic test genesis key: ChaCha20Rng seeded with zeros (see crypto-cardano).
        Ed25519SigningKey devnetKey = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
        assertEquals(Fixtures.devnetGenesisVerificationKey(), devnetKey.verificationKey().toJsonHex());
        CertificateSignature.GenesisSignature signature =
                GenesisCertificates.sign(devnetGenesis.protocolMessage(), devnetKey);
        assertEquals(devnetGenesis.signature(), signature);
    }

    @Test
    void theCertificateBuiltFromTheSignatureIsTheDevnetGenesis() throws Exception {
        Certificate rebuilt = GenesisCertificates.create(devnetGenesis.metadata().network(), devnetGenesis.epoch(),
                devnetGenesis.metadata().parameters(), devnetGenesis.aggregateVerificationKey(),
                (CertificateSignature.GenesisSignature) devnetGenesis.signature(),
                devnetGenesis.metadata().initiatedAt(), devnetGenesis.metadata().sealedAt());
        assertEquals(devnetGenesis, rebuilt);
        assertEquals(ChainFixtures.GENESIS, rebuilt.hash());
        ChainFixtures.verifier(java.util.Map.of(), ChainFixtures.CHAIN_RULES_ONLY).verifyGenesisCertificate(rebuilt);
    }
}
