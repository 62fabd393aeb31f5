package io.mithril.crypto.stm.internal;

import java.math.BigInteger;

/** 512-bit unsigned integers as 8 longs, most significant first: the lottery compares hashes without BigInteger. */
final class U512 {
    static final BigInteger TWO_POW_512 = BigInteger.ONE.shiftLeft(512);

    private U512() {
    }

    /** A value in [0, 2^512) to limbs. */
    static long[] fromBigInteger(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 512) {
            throw new IllegalArgumentException("not a 512-bit unsigned value");
        }
        long[] limbs = new long[8];
        for (int i = 0; i < 8; i++) {
            limbs[7 - i] = v.shiftRight(64 * i).longValue();
        }
        return limbs;
    }

    /** The 64-byte little-endian hash output to limbs. */
    static long[] fromLittleEndian(byte[] le) {
        long[] limbs = new long[8];
        for (int i = 0; i < 8; i++) {
            long v = 0;
            for (int j = 7; j >= 0; j--) {
                v = (v << 8) | (le[8 * i + j] & 0xFF);
            }
            limbs[7 - i] = v;
        }
        return limbs;
    }

    static BigInteger toBigInteger(long[] limbs) {
        BigInteger v = BigInteger.ZERO;
        for (long limb : limbs) {
            v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limb)));
        }
        return v;
    }

    static int compare(long[] a, long[] b) {
        for (int i = 0; i < 8; i++) {
            int c = Long.compareUnsigned(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
