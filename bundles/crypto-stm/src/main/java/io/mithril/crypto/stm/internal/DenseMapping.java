package io.mithril.crypto.stm.internal;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * The lottery hash of one signature: {@code ev = Blake2b-512("map" || msg' || u64le(index) || sigma)}. One instance
 * per signature and thread (it reuses its digest).
 */
public final class DenseMapping {
    private static final byte[] MAP = {'m', 'a', 'p'};

    private final byte[] msgPrime;
    private final byte[] sigma;
    private final Blake2bDigest digest = new Blake2bDigest(512);
    private final byte[] index = new byte[8];

    public DenseMapping(byte[] msgPrime, byte[] sigma) {
        this.msgPrime = msgPrime;
        this.sigma = sigma;
    }

    /** Writes the 64-byte hash for {@code lotteryIndex} into {@code out}. */
    public void evaluate(long lotteryIndex, byte[] out) {
        for (int i = 0; i < 8; i++) {
            index[i] = (byte) (lotteryIndex >>> (8 * i));
        }
        digest.update(MAP, 0, MAP.length);
        digest.update(msgPrime, 0, msgPrime.length);
        digest.update(index, 0, 8);
        digest.update(sigma, 0, sigma.length);
        digest.doFinal(out, 0);
    }
}
