package io.mithril.spi.signedentity;

/**
 * A signer registered for an epoch, with its stake. Keys and certificates are kept as received (JSON-hex);
 * <code>operationalCertificate</code>, <code>verificationKeySignature</code> and <code>kesPeriod</code> are null for
 * signers registered without an operational certificate (test networks only).
 */
public record RegisteredSigner(String partyId, String verificationKey, String verificationKeySignature,
        String operationalCertificate, Long kesPeriod, long stake) {
}
