package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.util.Comparator;
import java.util.Objects;

/** A signer with its stake (u64 lovelace), as listed in a Mithril stake distribution. */
public record SignerWithStake(String partyId, String verificationKey, String verificationKeySignature,
                              String operationalCertificate, Long kesPeriod, long stake) {

    /** The reference's ordering of signers in an MSD artifact. */
    public static final Comparator<SignerWithStake> BY_PARTY_ID =
            Comparator.comparing(SignerWithStake::partyId, Utf8Order.INSTANCE);

    public SignerWithStake {
        Objects.requireNonNull(partyId, "party_id");
        Objects.requireNonNull(verificationKey, "verification_key");
    }

    public Signer toSigner() {
        return new Signer(partyId, verificationKey, verificationKeySignature, operationalCertificate, kesPeriod);
    }

    /**
     * {@code hex(SHA-256(party_id ‖ vk ‖ [vk signature] ‖ [operational certificate] ‖ u64 stake))}; the KES period is
     * not hashed.
     */
    public String computeHash() {
        HashFeed feed = HashFeed.sha256().utf8(partyId).utf8(verificationKey);
        if (verificationKeySignature != null) {
            feed.utf8(verificationKeySignature);
        }
        if (operationalCertificate != null) {
            feed.utf8(operationalCertificate);
        }
        return feed.u64(stake).hex();
    }
}
