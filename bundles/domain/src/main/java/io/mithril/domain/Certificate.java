package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import io.mithril.domain.internal.Hex;
import java.util.Objects;
import java.util.Optional;

/**
 * A Mithril certificate, genesis or standard. Hex texts (AVK, multi-signature) are kept verbatim because the hash
 * feeds their text.
 *
 * @param previousHash             empty for a genesis certificate
 * @param aggregateVerificationKey JSON-hex text of the STM aggregate verification key
 * @param ancillaryProverData      hex, or null when absent (never produced on Pythagoras)
 * @param ancillaryVerifierData    hex, or null when absent
 */
public record Certificate(String hash, String previousHash, Epoch epoch, CertificateMetadata metadata,
                          ProtocolMessage protocolMessage, String signedMessage, String aggregateVerificationKey,
                          CertificateSignature signature, String ancillaryProverData, String ancillaryVerifierData) {

    public Certificate {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(previousHash, "previous_hash");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(protocolMessage, "protocol_message");
        Objects.requireNonNull(signedMessage, "signed_message");
        Objects.requireNonNull(aggregateVerificationKey, "aggregate_verification_key");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * A new certificate whose {@code hash} and {@code signed_message} are computed from the other fields, as the
     * reference's {@code Certificate::new} does.
     */
    public static Certificate create(String previousHash, Epoch epoch, CertificateMetadata metadata,
                                     ProtocolMessage protocolMessage, String aggregateVerificationKey,
                                     CertificateSignature signature) {
        Certificate unsealed = new Certificate("", previousHash, epoch, metadata, protocolMessage,
                protocolMessage.computeHash(), aggregateVerificationKey, signature, null, null);
        return unsealed.withHash(unsealed.computeHash());
    }

    public boolean isGenesis() {
        return signature instanceof CertificateSignature.GenesisSignature;
    }

    /** The certified type; a genesis certificate is shown as {@code MithrilStakeDistribution(epoch)}. */
    public SignedEntityType signedEntityType() {
        if (signature instanceof CertificateSignature.MultiSignature multi) {
            return multi.signedEntityType();
        }
        return new SignedEntityType.MithrilStakeDistribution(epoch);
    }

    public Optional<String> ancillaryProverDataHex() {
        return Optional.ofNullable(ancillaryProverData);
    }

    public Optional<String> ancillaryVerifierDataHex() {
        return Optional.ofNullable(ancillaryVerifierData);
    }

    /** Recomputes the certificate hash (certificates.md §2); {@link #hash()} is not an input. */
    public String computeHash() {
        HashFeed feed = HashFeed.sha256()
                .utf8(previousHash)
                .u64(epoch.value())
                .utf8(metadata.computeHash())
                .utf8(protocolMessage.computeHash())
                .utf8(signedMessage)
                .utf8(aggregateVerificationKey);
        if (signature instanceof CertificateSignature.MultiSignature multi) {
            feed.bytes(multi.signedEntityType().hashFeed());
        }
        feed.utf8(signature.hashedText());
        if (ancillaryProverData != null) {
            feed.bytes(Hex.decode(ancillaryProverData));
        }
        if (ancillaryVerifierData != null) {
            feed.bytes(Hex.decode(ancillaryVerifierData));
        }
        return feed.hex();
    }

    /** A copy whose hash is recomputed from the current content ("resealed"). */
    public Certificate reseal() {
        return withHash(computeHash());
    }

    public Certificate withHash(String newHash) {
        return new Certificate(newHash, previousHash, epoch, metadata, protocolMessage, signedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withPreviousHash(String newPreviousHash) {
        return new Certificate(hash, newPreviousHash, epoch, metadata, protocolMessage, signedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withEpoch(Epoch newEpoch) {
        return new Certificate(hash, previousHash, newEpoch, metadata, protocolMessage, signedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withMetadata(CertificateMetadata newMetadata) {
        return new Certificate(hash, previousHash, epoch, newMetadata, protocolMessage, signedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    /** A copy with another protocol message; {@code signed_message} is left unchanged. */
    public Certificate withProtocolMessage(ProtocolMessage newMessage) {
        return new Certificate(hash, previousHash, epoch, metadata, newMessage, signedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withSignedMessage(String newSignedMessage) {
        return new Certificate(hash, previousHash, epoch, metadata, protocolMessage, newSignedMessage,
                aggregateVerificationKey, signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withAggregateVerificationKey(String newAvk) {
        return new Certificate(hash, previousHash, epoch, metadata, protocolMessage, signedMessage, newAvk,
                signature, ancillaryProverData, ancillaryVerifierData);
    }

    public Certificate withSignature(CertificateSignature newSignature) {
        return new Certificate(hash, previousHash, epoch, metadata, protocolMessage, signedMessage,
                aggregateVerificationKey, newSignature, ancillaryProverData, ancillaryVerifierData);
    }
}
