package io.mithril.crypto.bls;

import java.util.Arrays;

/**
 * What a signer registers: its verification key and a proof of possession of the secret key. Raw form (192 bytes) is
 * {@code vk || k1 || k2}; that is also what the signer's KES signature covers.
 */
public final class BlsVerificationKeyProofOfPossession {
    public static final int SIZE = BlsVerificationKey.SIZE + BlsProofOfPossession.SIZE;

    private final BlsVerificationKey verificationKey;
    private final BlsProofOfPossession proofOfPossession;

    public BlsVerificationKeyProofOfPossession(BlsVerificationKey verificationKey,
                                               BlsProofOfPossession proofOfPossession) {
        this.verificationKey = verificationKey;
        this.proofOfPossession = proofOfPossession;
    }

    public static BlsVerificationKeyProofOfPossession fromBytes(byte[] bytes) throws BlsException {
        if (bytes.length != SIZE) {
            throw new BlsException(BlsError.INVALID_ENCODING, "verification key with proof of possession must be 192 bytes");
        }
        BlsVerificationKey vk = BlsVerificationKey.fromBytes(Arrays.copyOfRange(bytes, 0, BlsVerificationKey.SIZE));
        BlsProofOfPossession pop = BlsProofOfPossession.fromBytes(Arrays.copyOfRange(bytes, BlsVerificationKey.SIZE, SIZE));
        return new BlsVerificationKeyProofOfPossession(vk, pop);
    }

    /** Checks the proof of possession (two pairing equations); the key itself was validated when decoded. */
    public void verify() throws BlsException {
        if (!proofOfPossession.provesPossessionOf(verificationKey)) {
            throw new BlsException(BlsError.PROOF_OF_POSSESSION_INVALID,
                    "proof of possession does not match " + verificationKey);
        }
    }

    public BlsVerificationKey verificationKey() {
        return verificationKey;
    }

    public BlsProofOfPossession proofOfPossession() {
        return proofOfPossession;
    }

    public byte[] toBytes() {
        byte[] out = new byte[SIZE];
        System.arraycopy(verificationKey.toBytes(), 0, out, 0, BlsVerificationKey.SIZE);
        System.arraycopy(proofOfPossession.toBytes(), 0, out, BlsVerificationKey.SIZE, BlsProofOfPossession.SIZE);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsVerificationKeyProofOfPossession
                && verificationKey.equals(((BlsVerificationKeyProofOfPossession) o).verificationKey)
                && proofOfPossession.equals(((BlsVerificationKeyProofOfPossession) o).proofOfPossession);
    }

    @Override
    public int hashCode() {
        return verificationKey.hashCode() * 31 + proofOfPossession.hashCode();
    }
}
