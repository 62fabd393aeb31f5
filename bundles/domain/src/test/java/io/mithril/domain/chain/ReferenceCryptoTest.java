package io.mithril.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Fixtures;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.internal.Hex;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilStakeDistributionMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The devnet chain under the reference's cryptography: STM over crypto-stm, Ed25519 over crypto-cardano. */
class ReferenceCryptoTest {
    private final Map<String, Certificate> certificates = ChainFixtures.certificates();

    @Test
    void the42MultiSignaturesVerify() throws Exception {
        StmMultiSignatureVerifier stm = new StmMultiSignatureVerifier();
        int verified = 0;
        for (Certificate certificate : certificates.values()) {
            if (certificate.signature() instanceof CertificateSignature.MultiSignature signature) {
                stm.verify(certificate.signedMessage().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        signature.multiSignature(), certificate.aggregateVerificationKey(),
                        certificate.metadata().parameters());
                verified++;
            }
        }
        assertEquals(42, verified);
    }

    @Test
    void the43ChainsVerifyWithTheRealCrypto() throws Exception {
        CertificateChainVerifier verifier = CertificateChainVerifier.withReferenceCrypto(
                new InMemoryCertificateRetriever(certificates), Fixtures.devnetGenesisVerificationKey());
        for (Certificate certificate : certificates.values()) {
            assertEquals(ChainFixtures.GENESIS, verifier.verifyChain(certificate).genesis().hash());
        }
    }

    @Test
    void aWrongGenesisKeyFailsEveryChain() {
        CertificateChainVerifier verifier = CertificateChainVerifier.withReferenceCrypto(
                new InMemoryCertificateRetriever(certificates),
                Fixtures.json("vectors/certificates/fake_genesis_keys.json").get("genesis_verification_key").get(1)
                        .asText());
        CertificateVerificationException error = assertThrows(CertificateVerificationException.class,
                () -> verifier.verifyChain(certificates.get(ChainFixtures.SAME_EPOCH_CHILD)));
        assertEquals(CertificateVerificationError.CERTIFICATE_GENESIS, error.kind());
    }

    @Test
    void theStmCheckCatchesResealedMutationsOfTheSignedContent() {
        Certificate master = certificates.get(ChainFixtures.EPOCH_MASTER);
        Certificate otherMessage = master.withProtocolMessage(
                master.protocolMessage().with(ProtocolMessagePartKey.CURRENT_EPOCH, "18"));
        Certificate resealedMessage = otherMessage.withSignedMessage(otherMessage.protocolMessage().computeHash())
                .reseal();
        Certificate otherAvk = master.withAggregateVerificationKey(
                certificates.get(ChainFixtures.SAME_EPOCH_CHILD).aggregateVerificationKey()).reseal();
        CertificateChainVerifier verifier = CertificateChainVerifier.withReferenceCrypto(
                new InMemoryCertificateRetriever(certificates), Fixtures.devnetGenesisVerificationKey());
        for (Certificate mutated : new Certificate[] {resealedMessage, otherAvk}) {
            CertificateVerificationException error = assertThrows(CertificateVerificationException.class,
                    () -> verifier.verifyChain(mutated));
            assertEquals(CertificateVerificationError.VERIFY_MULTI_SIGNATURE, error.kind());
        }
    }

    @Test
    void mithrilStakeDistributionAvksComputedByCryptoStm() throws Exception {
        ArtifactCertificateVerifier verifier = ArtifactCertificateVerifier.withReferenceCrypto();
        IndependentAvkCalculator independent = new IndependentAvkCalculator();
        StmAggregateVerificationKeyCalculator stm = new StmAggregateVerificationKeyCalculator();
        int verified = 0;
        for (JsonNode node : Fixtures.devnet("mithril-stake-distributions.json")) {
            MithrilStakeDistributionMessage message = Fixtures.convert(node, MithrilStakeDistributionMessage.class);
            MithrilStakeDistribution msd = message.toArtifact();
            assertEquals(independent.computeJsonHex(msd.signers()), stm.computeJsonHex(msd.signers()));
            verifier.verify(new io.mithril.domain.SignedEntity<>(msd, message.certificateHash(), message.createdAt()),
                    message.hash(), certificates.get(message.certificateHash()));
            verified++;
        }
        assertEquals(9, verified);
    }

    @Test
    void bytesHexKeysHashAsTheirJsonHexForm() throws Exception {
        JsonNode json = Fixtures.devnet("certificates.json").get(ChainFixtures.EPOCH_MASTER).deepCopy();
        String avk = json.get("aggregate_verification_key").asText();
        String multi = json.get("multi_signature").asText();
        ((ObjectNode) json).put("aggregate_verification_key",
                Hex.encode(StmBytes.toBytes(StmJsonHex.decodeAggregateVerificationKey(avk))));
        ((ObjectNode) json).put("multi_signature",
                Hex.encode(StmBytes.aggregateSignatureToBytes(StmJsonHex.decodeAggregateSignature(multi))));
        Certificate reread = Fixtures.convert(json, CertificateMessage.class).toDomain();
        assertEquals(avk, reread.aggregateVerificationKey());
        assertEquals(ChainFixtures.EPOCH_MASTER, reread.computeHash());
        Map<String, Certificate> chain = new HashMap<>(certificates);
        chain.put(ChainFixtures.EPOCH_MASTER, reread);
        CertificateChainVerifier.withReferenceCrypto(new InMemoryCertificateRetriever(chain),
                Fixtures.devnetGenesisVerificationKey()).verifyChain(reread);
    }
}
