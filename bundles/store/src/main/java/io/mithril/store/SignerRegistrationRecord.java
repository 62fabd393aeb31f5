package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>signer_registration</code>: a signer's keys registered for an epoch (the key is the epoch the
 * registration is for, i.e. the current epoch + 1 when it was received; aggregator.md §2.2). Keys are JSON-hex strings.
 *
 * @param epoch the <code>epoch_setting_id</code>
 * @param kesPeriod {@code null} when the signer sent none
 * @param stake {@code null} when unknown
 */
public record SignerRegistrationRecord(String signerId, long epoch, String verificationKey,
        String verificationKeySignature, String operationalCertificate, Long kesPeriod, Long stake,
        Instant createdAt, String verificationKeyForSnark, String verificationKeySignatureForSnark) {
}
