package io.mithril.domain.chain;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateMetadata;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.ProtocolParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Genesis certificate creation (certificates.md §6): the genesis protocol message, the payload the genesis key signs
 * (ASCII of the hex message hash — what {@code genesis export} writes), and the certificate built from a signature.
 */
public final class GenesisCertificates {
    private GenesisCertificates() {
    }

    /**
     * The three seed parts: next AVK (the genesis AVK itself), hash of the genesis protocol parameters, current epoch.
     */
    public static ProtocolMessage protocolMessage(String genesisAvk, ProtocolParameters genesisParameters,
                                                  Epoch epoch) {
        return ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, genesisAvk)
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, genesisParameters.computeHash())
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, Long.toString(epoch.value()));
    }

    /** The bytes to sign: the 64 ASCII hex characters of the protocol-message hash, no newline. */
    public static byte[] payloadToSign(ProtocolMessage message) {
        return message.signedPayload();
    }

    /** Offline signing with the genesis secret key ({@code genesis sign} / {@code bootstrap}). */
    public static CertificateSignature.GenesisSignature sign(ProtocolMessage message, Ed25519SigningKey genesisKey) {
        return new CertificateSignature.GenesisSignature(genesisKey.sign(payloadToSign(message)).toBytes());
    }

    /** Builds the genesis certificate with {@code initiated_at} and {@code sealed_at} read from the clock. */
    public static Certificate create(String network, Epoch epoch, ProtocolParameters genesisParameters,
                                     String genesisAvk, CertificateSignature.GenesisSignature signature,
                                     Clock clock) {
        Instant initiatedAt = clock.instant();
        return create(network, epoch, genesisParameters, genesisAvk, signature, initiatedAt, clock.instant());
    }

    /**
     * Builds the genesis certificate: no previous hash, no signers, the genesis parameters and AVK, and the genesis
     * protocol message of {@code epoch}; its hash and signed message are computed.
     */
    public static Certificate create(String network, Epoch epoch, ProtocolParameters genesisParameters,
                                     String genesisAvk, CertificateSignature.GenesisSignature signature,
                                     Instant initiatedAt, Instant sealedAt) {
        CertificateMetadata metadata = new CertificateMetadata(network, CertificateMetadata.PROTOCOL_VERSION,
                genesisParameters, initiatedAt, sealedAt, List.of());
        return Certificate.create("", epoch, metadata, protocolMessage(genesisAvk, genesisParameters, epoch),
                genesisAvk, signature);
    }
}
