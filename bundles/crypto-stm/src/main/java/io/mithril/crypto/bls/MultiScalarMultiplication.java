package io.mithril.crypto.bls;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * {@code sum s_i * P_i} with Pippenger's bucket method over blst point additions. blst has a multi-scalar
 * multiplication (the reference uses it) but blst-java 0.3.2 does not bind it; one scalar multiplication per point
 * costs ~6x more at the few hundred signatures of a mainnet certificate. Windows are independent and computed in
 * parallel for large inputs. The result is the same group element as the naive sum (tested against it).
 */
final class MultiScalarMultiplication {
    /** Below this many points the windows are computed sequentially. */
    private static final int PARALLEL_THRESHOLD = 32;

    /** The group operations needed, for blst's G1 or G2 types (J: projective, mutable; A: affine). */
    private interface Group<J, A> {
        J infinity();

        J fromAffine(A point);

        /** Adds in place and returns {@code acc}. */
        J addAffine(J acc, A point);

        /** Adds in place and returns {@code acc}. */
        J add(J acc, J other);

        J dbl(J acc);

        J copy(J point);
    }

    private static final Group<P1, P1_Affine> G1 = new Group<>() {
        public P1 infinity() {
            return new P1();
        }

        public P1 fromAffine(P1_Affine p) {
            return new P1(p);
        }

        public P1 addAffine(P1 acc, P1_Affine p) {
            return acc.add(p);
        }

        public P1 add(P1 acc, P1 other) {
            return acc.add(other);
        }

        public P1 dbl(P1 acc) {
            return acc.dbl();
        }

        public P1 copy(P1 p) {
            return p.dup();
        }
    };

    private static final Group<P2, P2_Affine> G2 = new Group<>() {
        public P2 infinity() {
            return new P2();
        }

        public P2 fromAffine(P2_Affine p) {
            return new P2(p);
        }

        public P2 addAffine(P2 acc, P2_Affine p) {
            return acc.add(p);
        }

        public P2 add(P2 acc, P2 other) {
            return acc.add(other);
        }

        public P2 dbl(P2 acc) {
            return acc.dbl();
        }

        public P2 copy(P2 p) {
            return p.dup();
        }
    };

    private MultiScalarMultiplication() {
    }

    static P1 g1(List<P1_Affine> points, BigInteger[] scalars) {
        return sum(points, scalars, G1);
    }

    static P2 g2(List<P2_Affine> points, BigInteger[] scalars) {
        return sum(points, scalars, G2);
    }

    private static <J, A> J sum(List<A> points, BigInteger[] scalars, Group<J, A> group) {
        int n = points.size();
        if (n != scalars.length) {
            throw new IllegalArgumentException("as many scalars as points are needed");
        }
        int bits = 1;
        long[][] limbs = new long[n][];
        for (int i = 0; i < n; i++) {
            if (scalars[i].signum() < 0) {
                throw new IllegalArgumentException("scalars must be non-negative");
            }
            bits = Math.max(bits, scalars[i].bitLength());
            limbs[i] = littleEndianLimbs(scalars[i]);
        }
        int c = windowBits(n, bits);
        int windows = (bits + c - 1) / c;
        IntStream range = IntStream.range(0, windows);
        @SuppressWarnings("unchecked")
        J[] sums = (J[]) (n >= PARALLEL_THRESHOLD ? range.parallel() : range)
                .mapToObj(w -> windowSum(points, limbs, w * c, c, group)).toArray();
        J result = sums[windows - 1];
        for (int w = windows - 2; w >= 0; w--) {
            for (int d = 0; d < c; d++) {
                result = group.dbl(result);
            }
            result = group.add(result, sums[w]);
        }
        return result;
    }

    /** Sum over points of digit_i * P_i for the digits of bits [shift, shift + c): buckets, then a running sum. */
    private static <J, A> J windowSum(List<A> points, long[][] limbs, int shift, int c, Group<J, A> group) {
        @SuppressWarnings("unchecked")
        J[] buckets = (J[]) new Object[1 << c];
        for (int i = 0; i < points.size(); i++) {
            int digit = digit(limbs[i], shift, c);
            if (digit != 0) {
                buckets[digit] = buckets[digit] == null ? group.fromAffine(points.get(i))
                        : group.addAffine(buckets[digit], points.get(i));
            }
        }
        J running = null;
        J total = group.infinity();
        for (int j = buckets.length - 1; j >= 1; j--) {
            if (buckets[j] != null) {
                running = running == null ? buckets[j] : group.add(running, buckets[j]);
            }
            if (running != null) {
                total = group.add(total, running);
            }
        }
        return total;
    }

    /** Window size minimising the number of group operations (additions and doublings). */
    static int windowBits(int n, int bits) {
        int best = 1;
        long bestCost = Long.MAX_VALUE;
        for (int c = 1; c <= 16; c++) {
            long cost = (long) ((bits + c - 1) / c) * (n + (2L << c)) + bits;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static int digit(long[] limbs, int shift, int c) {
        int limb = shift >>> 6;
        int offset = shift & 63;
        if (limb >= limbs.length) {
            return 0;
        }
        long v = limbs[limb] >>> offset;
        if (offset + c > 64 && limb + 1 < limbs.length) {
            v |= limbs[limb + 1] << (64 - offset);
        }
        return (int) (v & ((1L << c) - 1));
    }

    private static long[] littleEndianLimbs(BigInteger s) {
        long[] limbs = new long[(s.bitLength() + 63) / 64 + 1];
        for (int i = 0; i < limbs.length; i++) {
            limbs[i] = s.shiftRight(64 * i).longValue();
        }
        return limbs;
    }
}
