package io.mithril.domain;

import java.util.Objects;

/**
 * A registered signer. Keys are JSON-hex texts, kept verbatim (the MSD artifact hash feeds them).
 *
 * @param verificationKeySignature KES signature of the verification key, null when absent
 * @param operationalCertificate   operational certificate, null when absent
 * @param kesPeriod                KES evolutions of the key that signed the verification key, null when absent
 */
public record Signer(String partyId, String verificationKey, String verificationKeySignature,
                     String operationalCertificate, Long kesPeriod) {

    public Signer {
        Objects.requireNonNull(partyId, "party_id");
        Objects.requireNonNull(verificationKey, "verification_key");
    }

    public SignerWithStake withStake(long stake) {
        return new SignerWithStake(partyId, verificationKey, verificationKeySignature, operationalCertificate,
                kesPeriod, stake);
    }
}
