package io.mithril.crypto.stm.internal;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thresholds per (phi_f, stake, total stake): a signer's thresholds are reused for every index it claims, in every
 * signature of the epoch. Bounded: cleared when it grows beyond what a few epochs of a large network need.
 */
public final class LotteryCache {
    private static final int MAX_ENTRIES = 1 << 16;
    private static final ConcurrentHashMap<Key, TaylorThresholds> CACHE = new ConcurrentHashMap<>();

    private record Key(long phiBits, long stake, long totalStake) {
    }

    private LotteryCache() {
    }

    /**
     * Thresholds for x = -(stake / totalStake) * ln(1 - phiF), or null when the lottery is always lost (x = 0, e.g. a
     * zero stake). The caller handles phi_f = 1 (always won) and checks phi_f is in (0, 1] and totalStake != 0.
     */
    public static TaylorThresholds thresholds(double phiF, long stake, long totalStake) {
        Key key = new Key(Double.doubleToLongBits(phiF), stake, totalStake);
        TaylorThresholds cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        TaylorThresholds created = create(phiF, stake, totalStake);
        if (created != null) {
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.putIfAbsent(key, created);
        }
        return created;
    }

    private static TaylorThresholds create(double phiF, long stake, long totalStake) {
        double c = CorrectlyRoundedLog.lnOneMinus(phiF);
        if (c == 0.0 || stake == 0) {
            return null; // x = 0: q >= 1 = every Taylor bound, never strictly below -> lost
        }
        // -c = mantissa * 2^exponent exactly (c is a finite negative double).
        BigInteger[] fraction = exactFraction(-c);
        BigInteger a = unsigned(stake).multiply(fraction[0]);
        BigInteger b = unsigned(totalStake).multiply(fraction[1]);
        return new TaylorThresholds(a, b);
    }

    /** A positive finite double as numerator / denominator (a power of two), exactly. */
    static BigInteger[] exactFraction(double v) {
        long bits = Double.doubleToLongBits(v);
        int biasedExponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent;
        if (biasedExponent == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        BigInteger num = BigInteger.valueOf(mantissa);
        if (exponent >= 0) {
            return new BigInteger[] {num.shiftLeft(exponent), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exponent)};
    }

    static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }
}
