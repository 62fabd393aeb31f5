package io.mithril.core.internal.epoch;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.PoolId;
import io.mithril.crypto.cardano.SignerCertification;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;

/**
 * A signer's keys as registered, decoded: the STM verification key with its proof of possession and, on real
 * networks, the operational certificate and the KES signature of the key (aggregator.md §1.3).
 *
 * @param operationalCertificate null for a signer registered without one (test networks)
 * @param verificationKeySignature null for a signer registered without an operational certificate
 */
public record SignerKeys(BlsVerificationKeyProofOfPossession verificationKey,
        OperationalCertificate operationalCertificate, KesSignature verificationKeySignature) {

    /**
     * Decodes the texts a signer sends (JSON-hex first, then bytes-hex, as the reference's {@code ProtocolKey}).
     *
     * @throws IllegalArgumentException when a value does not decode, or only one of opcert / KES signature is given
     */
    public static SignerKeys decode(String verificationKey, String operationalCertificate,
            String verificationKeySignature) {
        BlsVerificationKeyProofOfPossession vk;
        try {
            vk = StmJsonHex.decodeVerificationKeyProofOfPossession(verificationKey);
        } catch (StmException | RuntimeException e) {
            throw new IllegalArgumentException("verification_key: " + e.getMessage(), e);
        }
        boolean hasOpcert = operationalCertificate != null && !operationalCertificate.isEmpty();
        boolean hasKesSignature = verificationKeySignature != null && !verificationKeySignature.isEmpty();
        if (hasOpcert != hasKesSignature) {
            throw new IllegalArgumentException(
                    "operational_certificate and verification_key_signature must be given together");
        }
        if (!hasOpcert) {
            return new SignerKeys(vk, null, null);
        }
        OperationalCertificate opcert;
        KesSignature kesSignature;
        try {
            opcert = OperationalCertificate.decode(operationalCertificate);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("operational_certificate: " + e.getMessage(), e);
        }
        try {
            kesSignature = KesSignature.decode(verificationKeySignature);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("verification_key_signature: " + e.getMessage(), e);
        }
        return new SignerKeys(vk, opcert, kesSignature);
    }

    public boolean hasOperationalCertificate() {
        return operationalCertificate != null;
    }

    /**
     * The pool that certified the key, checking the opcert and the KES signature over the 192 key bytes for the
     * given KES evolutions (±1 as the reference).
     */
    public PoolId certifyAtEvolutions(long kesEvolutions) throws SignerCertificationException {
        return SignerCertification.verifyRegistrationAtEvolutions(verificationKey.toBytes(), verificationKeySignature,
                operationalCertificate, kesEvolutions);
    }

    /** As {@link #certifyAtEvolutions} with the evolutions recomputed from the chain's current KES period. */
    public PoolId certifyAtKesPeriod(long currentKesPeriod) throws SignerCertificationException {
        return SignerCertification.verifyRegistration(verificationKey.toBytes(), verificationKeySignature,
                operationalCertificate, currentKesPeriod);
    }

    /** The canonical JSON-hex texts the reference stores (it re-serialises what it decoded). */
    public String verificationKeyJsonHex() {
        return StmJsonHex.encode(verificationKey);
    }

    public String operationalCertificateJsonHex() {
        return operationalCertificate == null ? null : operationalCertificate.toJsonHex();
    }

    public String verificationKeySignatureJsonHex() {
        return verificationKeySignature == null ? null : verificationKeySignature.toJsonHex();
    }
}
