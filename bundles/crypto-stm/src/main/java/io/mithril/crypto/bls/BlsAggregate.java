package io.mithril.crypto.bls;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import supranational.blst.P1_Affine;
import supranational.blst.P2_Affine;

/**
 * Weighted aggregation of signatures on ONE message (the reference's {@code BlsSignature::aggregate}): with
 * {@code s_i} derived from all signatures, {@code aggSig = sum s_i sigma_i}, {@code aggVk = sum s_i vk_i}, then one
 * BLS verification. The random-looking weights stop a rogue signer from cancelling another signer's contribution.
 */
public final class BlsAggregate {
    private BlsAggregate() {
    }

    /**
     * Verifies that the signatures, weighted, verify {@code msg} under the equally weighted keys.
     *
     * @throws BlsException {@link BlsError#AGGREGATE_SIGNATURE_INVALID} if the lists are empty or of different
     *                      sizes, or the aggregate does not verify
     */
    public static void verify(List<BlsVerificationKey> vks, List<BlsSignature> sigs, byte[] msg) throws BlsException {
        if (vks.isEmpty() || vks.size() != sigs.size()) {
            throw new BlsException(BlsError.AGGREGATE_SIGNATURE_INVALID,
                    "need as many keys as signatures, at least one (" + vks.size() + " keys, " + sigs.size() + " signatures)");
        }
        P1_Affine aggSig;
        P2_Affine aggVk;
        if (sigs.size() == 1) {
            aggSig = sigs.get(0).point();
            aggVk = vks.get(0).point();
        } else {
            BigInteger[] weights = weights(sigs);
            aggSig = weightedSumG1(sigs, weights);
            aggVk = weightedSumG2(vks, weights);
        }
        if (aggSig.is_inf() || aggVk.is_inf()
                || !Blst.pairingsEqual(aggSig, Blst.G2, Blst.hashToG1(msg), aggVk)) {
            throw new BlsException(BlsError.AGGREGATE_SIGNATURE_INVALID, "aggregate signature does not verify");
        }
    }

    /**
     * The 128-bit weights: {@code h = Blake2b-128(sigma_0 || ... || sigma_n-1)} then for each i a clone of the state fed
     * {@code u64be(i)}; the 16-byte digest read little-endian.
     */
    public static BigInteger[] weights(List<BlsSignature> sigs) {
        Blake2bDigest all = new Blake2bDigest(128);
        for (BlsSignature sig : sigs) {
            byte[] b = sig.toBytes();
            all.update(b, 0, b.length);
        }
        BigInteger[] weights = new BigInteger[sigs.size()];
        byte[] out = new byte[16];
        for (int i = 0; i < weights.length; i++) {
            Blake2bDigest d = new Blake2bDigest(all);
            byte[] index = longToBigEndian(i);
            d.update(index, 0, index.length);
            d.doFinal(out, 0);
            weights[i] = littleEndianToBigInteger(out);
        }
        return weights;
    }

    private static P1_Affine weightedSumG1(List<BlsSignature> sigs, BigInteger[] weights) {
        List<P1_Affine> points = sigs.stream().map(BlsSignature::point).toList();
        return MultiScalarMultiplication.g1(points, weights).to_affine();
    }

    private static P2_Affine weightedSumG2(List<BlsVerificationKey> vks, BigInteger[] weights) {
        List<P2_Affine> points = vks.stream().map(BlsVerificationKey::point).toList();
        return MultiScalarMultiplication.g2(points, weights).to_affine();
    }

    private static byte[] longToBigEndian(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    private static BigInteger littleEndianToBigInteger(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be);
    }
}
