package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>certificate</code>. JSON columns are kept as text exactly as given. As in the reference, a genesis
 * certificate has no parent and its {@code signature} is the genesis signature; otherwise {@code signature} is the
 * multi-signature.
 *
 * @param certificateId the certificate hash
 * @param parentCertificateId the previous hash, {@code null} for a genesis certificate
 * @param message the signed message (hash of the protocol message)
 * @param signedEntityBeacon the beacon JSON as stored (aggregator.md §10.4: canonical, used for equality)
 * @param signers JSON array of <code>{"party_id","stake"}</code>
 */
public record CertificateRecord(String certificateId, String parentCertificateId, String message, String signature,
        String aggregateVerificationKey, long epoch, String network, int signedEntityTypeId,
        String signedEntityBeacon, String protocolVersion, String protocolParameters, String protocolMessage,
        String signers, Instant initiatedAt, Instant sealedAt, String aggregateVerificationKeySnark,
        String ancillaryProverData, String ancillaryVerifierData) {

    public boolean isGenesis() {
        return parentCertificateId == null;
    }
}
