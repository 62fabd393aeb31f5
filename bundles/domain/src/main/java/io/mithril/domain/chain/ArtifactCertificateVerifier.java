package io.mithril.domain.chain;

import static io.mithril.domain.chain.ArtifactVerificationError.ARTIFACT_HASH_MISMATCH;
import static io.mithril.domain.chain.ArtifactVerificationError.CERTIFICATE_HASH_MISMATCH;
import static io.mithril.domain.chain.ArtifactVerificationError.PROTOCOL_MESSAGE_PART_MISMATCH;
import static io.mithril.domain.chain.ArtifactVerificationError.SIGNED_ENTITY_TYPE_MISMATCH;
import static io.mithril.domain.chain.ArtifactVerificationError.SIGNED_MESSAGE_MISMATCH;

import io.mithril.domain.Artifact;
import io.mithril.domain.CardanoBlocksTransactionsSnapshot;
import io.mithril.domain.CardanoDatabaseSnapshot;
import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.CardanoTransactionsSnapshot;
import io.mithril.domain.Certificate;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.Snapshot;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a client checks between an artifact and its (already chain-verified) certificate (certificates.md §8): the
 * artifact hash, the certified type and beacon, and the protocol-message parts recomputed from the artifact — then,
 * like the reference's {@code match_message}, that the certificate's message with those parts hashes to its
 * {@code signed_message}.
 */
public final class ArtifactCertificateVerifier {
    private final AggregateVerificationKeyCalculator avkCalculator;

    /**
     * @param avkCalculator computes the next AVK of a Mithril stake distribution from its signers
     */
    public ArtifactCertificateVerifier(AggregateVerificationKeyCalculator avkCalculator) {
        this.avkCalculator = Objects.requireNonNull(avkCalculator);
    }

    /** A verifier computing AVKs with crypto-stm. */
    public static ArtifactCertificateVerifier withReferenceCrypto() {
        return new ArtifactCertificateVerifier(new StmAggregateVerificationKeyCalculator());
    }

    /**
     * @param entity      the artifact with the certificate hash it names
     * @param servedHash  the hash (id) the artifact was served under
     * @param certificate the certificate of {@code entity.certificateHash()}
     */
    public void verify(SignedEntity<? extends Artifact> entity, String servedHash, Certificate certificate)
            throws ArtifactVerificationException {
        Artifact artifact = entity.artifact();
        String recomputed = artifact.computeHash();
        if (!recomputed.equals(servedHash)) {
            throw new ArtifactVerificationException(ARTIFACT_HASH_MISMATCH,
                    "served as " + servedHash + ", recomputed " + recomputed);
        }
        if (!entity.certificateHash().equals(certificate.hash())) {
            throw new ArtifactVerificationException(CERTIFICATE_HASH_MISMATCH,
                    "artifact names " + entity.certificateHash() + ", certificate is " + certificate.hash());
        }
        verifyAgainstCertificate(artifact, certificate);
    }

    /** The type/beacon and protocol-message checks alone. */
    public void verifyAgainstCertificate(Artifact artifact, Certificate certificate)
            throws ArtifactVerificationException {
        if (certificate.isGenesis() || !artifact.signedEntityType().equals(certificate.signedEntityType())) {
            throw new ArtifactVerificationException(SIGNED_ENTITY_TYPE_MISMATCH, "artifact is "
                    + artifact.signedEntityType() + ", certificate certifies " + certificate.signedEntityType());
        }
        ProtocolMessage message = certificate.protocolMessage();
        for (Map.Entry<ProtocolMessagePartKey, String> part : expectedParts(artifact).entrySet()) {
            String certified = message.get(part.getKey()).orElse(null);
            if (!matches(part.getKey(), part.getValue(), certified)) {
                throw new ArtifactVerificationException(PROTOCOL_MESSAGE_PART_MISMATCH, part.getKey().wireName()
                        + " recomputed as " + part.getValue() + ", certified " + certified);
            }
            message = message.with(part.getKey(), part.getValue());
        }
        if (!message.computeHash().equals(certificate.signedMessage())) {
            throw new ArtifactVerificationException(SIGNED_MESSAGE_MISMATCH,
                    "message with the recomputed parts does not hash to " + certificate.signedMessage());
        }
    }

    /** The protocol-message parts an artifact determines (the epoch "seed" parts of other types excepted). */
    public Map<ProtocolMessagePartKey, String> expectedParts(Artifact artifact) {
        Map<ProtocolMessagePartKey, String> parts = new EnumMap<>(ProtocolMessagePartKey.class);
        if (artifact instanceof MithrilStakeDistribution msd) {
            parts.put(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, avkCalculator.computeJsonHex(msd.signers()));
            parts.put(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, msd.protocolParameters().computeHash());
        } else if (artifact instanceof CardanoStakeDistribution csd) {
            parts.put(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_EPOCH, csd.epoch().toString());
            parts.put(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT, csd.computeMerkleRoot());
        } else if (artifact instanceof CardanoDatabaseSnapshot cdb) {
            parts.put(ProtocolMessagePartKey.CARDANO_DATABASE_MERKLE_ROOT, cdb.merkleRoot());
        } else if (artifact instanceof CardanoTransactionsSnapshot ctx) {
            parts.put(ProtocolMessagePartKey.CARDANO_TRANSACTIONS_MERKLE_ROOT, ctx.merkleRoot());
            parts.put(ProtocolMessagePartKey.LATEST_BLOCK_NUMBER, Long.toUnsignedString(ctx.blockNumber()));
        } else if (artifact instanceof CardanoBlocksTransactionsSnapshot cbtx) {
            parts.put(ProtocolMessagePartKey.CARDANO_BLOCKS_TRANSACTIONS_MERKLE_ROOT, cbtx.merkleRoot());
            parts.put(ProtocolMessagePartKey.LATEST_BLOCK_NUMBER, Long.toUnsignedString(cbtx.blockNumberSigned()));
            parts.put(ProtocolMessagePartKey.CARDANO_BLOCKS_TRANSACTIONS_BLOCK_NUMBER_OFFSET,
                    Long.toUnsignedString(cbtx.blockNumberOffset()));
        } else if (artifact instanceof Snapshot snapshot) {
            parts.put(ProtocolMessagePartKey.SNAPSHOT_DIGEST, snapshot.digest());
        } else {
            throw new IllegalArgumentException("unknown artifact type " + artifact.getClass().getName());
        }
        return parts;
    }

    /** AVKs compare by decoded value (their JSON text may differ); every other part compares as text. */
    private static boolean matches(ProtocolMessagePartKey key, String expected, String certified) {
        if (certified == null) {
            return false;
        }
        if (key == ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY) {
            return AggregateVerificationKeyEquality.sameKey(expected, certified);
        }
        return expected.equals(certified);
    }
}
