package io.mithril.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.Artifact;
import io.mithril.domain.CardanoBlocksTransactionsSnapshot;
import io.mithril.domain.CardanoDatabaseSnapshot;
import io.mithril.domain.Certificate;
import io.mithril.domain.Fixtures;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.message.CardanoBlocksTransactionsSnapshotMessage;
import io.mithril.domain.message.CardanoDatabaseSnapshotMessage;
import io.mithril.domain.message.CardanoStakeDistributionMessage;
import io.mithril.domain.message.CardanoTransactionSnapshotMessage;
import io.mithril.domain.message.MithrilStakeDistributionMessage;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every devnet artifact whose certificate is in the data set matches it (certificates.md §0: MSD 9/9, CSD 9/9,
 * CardanoDatabase 11/11, CTX 5/5, CBTX 6/6), including the MSD next AVK recomputed from the signers and the CSD
 * Merkle root recomputed from the stakes.
 */
class ArtifactCertificateVerifierTest {
    private final Map<String, Certificate> certificates = Fixtures.devnetCertificates();
    private final ArtifactCertificateVerifier verifier =
            new ArtifactCertificateVerifier(new IndependentAvkCalculator());

    record Served(SignedEntity<Artifact> entity, String hash) {
    }

    @Test
    void mithrilStakeDistributionsMatchTheirCertificates() throws Exception {
        assertEquals(9, verifyAll("mithril-stake-distributions.json", MithrilStakeDistributionMessage.class,
                m -> served(m.toArtifact(), m.certificateHash(), m.createdAt(), m.hash())));
    }

    @Test
    void cardanoStakeDistributionsMatchTheirCertificates() throws Exception {
        assertEquals(9, verifyAll("cardano-stake-distributions.json", CardanoStakeDistributionMessage.class,
                m -> served(m.toArtifact(), m.certificateHash(), m.createdAt(), m.hash())));
    }

    @Test
    void cardanoDatabasesMatchTheirCertificates() throws Exception {
        assertEquals(11, verifyAll("cardano-databases.json", CardanoDatabaseSnapshotMessage.class,
                m -> served(m.toArtifact(), m.certificateHash(), m.createdAt(), m.hash())));
    }

    @Test
    void cardanoTransactionsMatchTheirCertificates() throws Exception {
        assertEquals(5, verifyAll("ctx-snapshots.json", CardanoTransactionSnapshotMessage.class,
                m -> served(m.toArtifact(), m.certificateHash(), m.createdAt(), m.hash())));
    }

    @Test
    void cardanoBlocksTransactionsMatchTheirCertificates() throws Exception {
        assertEquals(6, verifyAll("cardano-blocks-txs-snapshots.json", CardanoBlocksTransactionsSnapshotMessage.class,
                m -> served(m.toArtifact(), m.certificateHash(), m.createdAt(), m.hash())));
    }

    @Test
    void aTamperedArtifactIsRejected() {
        CardanoDatabaseSnapshotMessage message = firstOf("cardano-databases.json", CardanoDatabaseSnapshotMessage.class);
        Certificate certificate = certificates.get(message.certificateHash());
        CardanoDatabaseSnapshot original = message.toArtifact();
        CardanoDatabaseSnapshot tampered = new CardanoDatabaseSnapshot("00".repeat(32), original.network(),
                original.beacon(), original.totalDbSizeUncompressed(), original.digests(), original.immutables(),
                original.ancillary(), original.cardanoNodeVersion());

        assertKind(ArtifactVerificationError.ARTIFACT_HASH_MISMATCH,
                entity(tampered, message.certificateHash()), message.hash(), certificate);
        assertKind(ArtifactVerificationError.PROTOCOL_MESSAGE_PART_MISMATCH,
                entity(tampered, message.certificateHash()), tampered.computeHash(), certificate);
    }

    @Test
    void anArtifactGivenAnotherCertificateIsRejected() {
        CardanoBlocksTransactionsSnapshotMessage message = certifiedCbtx();
        CardanoBlocksTransactionsSnapshot artifact = message.toArtifact();
        Certificate other = certificates.get(ChainFixtures.EPOCH_MASTER);
        assertKind(ArtifactVerificationError.CERTIFICATE_HASH_MISMATCH,
                entity(artifact, message.certificateHash()), message.hash(), other);
        assertKind(ArtifactVerificationError.SIGNED_ENTITY_TYPE_MISMATCH,
                entity(artifact, other.hash()), message.hash(), other);
    }

    @Test
    void aBlockOffsetNotCertifiedIsRejected() {
        CardanoBlocksTransactionsSnapshotMessage message = certifiedCbtx();
        Certificate certificate = certificates.get(message.certificateHash());
        CardanoBlocksTransactionsSnapshot shiftedTip = new CardanoBlocksTransactionsSnapshot(message.merkleRoot(),
                io.mithril.domain.Epoch.of(message.epoch()), message.blockNumberSigned(), message.blockNumberTip() + 1);
        assertKind(ArtifactVerificationError.SIGNED_ENTITY_TYPE_MISMATCH,
                entity(shiftedTip, certificate.hash()), shiftedTip.computeHash(), certificate);
    }

    private CardanoBlocksTransactionsSnapshotMessage certifiedCbtx() {
        JsonNode all = Fixtures.devnet("cardano-blocks-txs-snapshots.json");
        for (JsonNode node : all) {
            CardanoBlocksTransactionsSnapshotMessage m =
                    Fixtures.convert(node, CardanoBlocksTransactionsSnapshotMessage.class);
            if (certificates.containsKey(m.certificateHash())) {
                return m;
            }
        }
        throw new AssertionError("no certified CBTX artifact");
    }

    private <M> int verifyAll(String file, Class<M> type, Function<M, Served> toServed) throws Exception {
        int verified = 0;
        for (JsonNode node : Fixtures.devnet(file)) {
            Served served = toServed.apply(Fixtures.convert(node, type));
            Certificate certificate = certificates.get(served.entity().certificateHash());
            if (certificate == null) {
                continue; // not in the data set (certificates.md §0: a property of the data set)
            }
            verifier.verify(served.entity(), served.hash(), certificate);
            verified++;
        }
        return verified;
    }

    private static Served served(Artifact artifact, String certificateHash, Instant createdAt, String hash) {
        return new Served(new SignedEntity<>(artifact, certificateHash, createdAt), hash);
    }

    private static SignedEntity<Artifact> entity(Artifact artifact, String certificateHash) {
        return new SignedEntity<>(artifact, certificateHash, Instant.EPOCH);
    }

    private <M> M firstOf(String file, Class<M> type) {
        return Fixtures.convert(Fixtures.devnet(file).elements().next(), type);
    }

    private void assertKind(ArtifactVerificationError expected, SignedEntity<Artifact> entity, String servedHash,
                            Certificate certificate) {
        ArtifactVerificationException error = assertThrows(ArtifactVerificationException.class,
                () -> verifier.verify(entity, servedHash, certificate));
        assertEquals(expected, error.kind(), error.getMessage());
    }
}
