package io.mithril.crypto.bls;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.SecretKey;

/** A BLS secret key (signer side and tests): a scalar, 32 bytes big-endian. */
public final class BlsSecretKey {
    public static final int SIZE = 32;

    private final SecretKey key;

    private BlsSecretKey(SecretKey key) {
        this.key = key;
    }

    /** A fresh key from 32 random bytes, as the reference's {@code BlsSigningKey::generate}. */
    public static BlsSecretKey generate(SecureRandom random) {
        byte[] ikm = new byte[32];
        random.nextBytes(ikm);
        return fromIkm(ikm);
    }

    /** blst {@code keygen(IKM, info = "")}: the same IKM gives the same key as the reference. */
    public static BlsSecretKey fromIkm(byte[] ikm) {
        if (ikm.length < 32) {
            throw new IllegalArgumentException("key material must be at least 32 bytes");
        }
        SecretKey sk = new SecretKey();
        sk.keygen(ikm, "");
        return new BlsSecretKey(sk);
    }

    /** Decodes a 32-byte big-endian scalar; it must be in [1, r). */
    public static BlsSecretKey fromBytes(byte[] bigEndian) throws BlsException {
        if (bigEndian.length != SIZE) {
            throw new BlsException(BlsError.INVALID_ENCODING, "secret key must be 32 bytes");
        }
        BigInteger scalar = new BigInteger(1, bigEndian);
        if (scalar.signum() == 0 || scalar.compareTo(Blst.R) >= 0) {
            throw new BlsException(BlsError.INVALID_ENCODING, "secret key is not a scalar in [1, r)");
        }
        SecretKey sk = new SecretKey();
        sk.from_bendian(bigEndian);
        return new BlsSecretKey(sk);
    }

    public byte[] toBytes() {
        return key.to_bendian();
    }

    public BlsVerificationKey verificationKey() {
        return BlsVerificationKey.of(new P2(key));
    }

    /** sigma = sk * H_G1(msg), empty DST. */
    public BlsSignature sign(byte[] msg) {
        return BlsSignature.of(new P1().hash_to(msg, Blst.EMPTY_DST, Blst.NO_AUG).sign_with(key));
    }

    /** k1 = sk * H_G1("PoP"), k2 = sk * g1. */
    public BlsProofOfPossession proofOfPossession() {
        P1 k1 = new P1(Blst.POP_HASH).sign_with(key);
        P1 k2 = new P1(key);
        return new BlsProofOfPossession(k1.to_affine(), k2.to_affine());
    }

    public BlsVerificationKeyProofOfPossession verificationKeyProofOfPossession() {
        return new BlsVerificationKeyProofOfPossession(verificationKey(), proofOfPossession());
    }

    @Override
    public String toString() {
        return "BlsSecretKey[***]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsSecretKey && Arrays.equals(toBytes(), ((BlsSecretKey) o).toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }
}
