package io.mithril.crypto.stm.codec.internal;

/** IEEE 754 binary16 conversions (Java 17 has none): exact-only encoding, and decoding. */
final class HalfFloat {
    private HalfFloat() {
    }

    /** The binary16 bits of {@code v} if it converts without loss, else -1. NaN is left to wider formats. */
    static int exactHalfBits(double v) {
        if (Double.isNaN(v)) {
            return -1;
        }
        int sign = (Double.doubleToRawLongBits(v) < 0) ? 0x8000 : 0;
        double a = Math.abs(v);
        if (a == 0.0) {
            return sign;
        }
        if (Double.isInfinite(a)) {
            return sign | 0x7C00;
        }
        if (a > 65504.0) {
            return -1;
        }
        // Scale so that a half's 10 fraction bits (or the subnormal grid 2^-24) become integer bits.
        int exponent = Math.max(Math.getExponent(a), -14);
        double scaled = Math.scalb(a, 10 - exponent);
        if (scaled != Math.rint(scaled)) {
            return -1;
        }
        int mantissa = (int) scaled;
        if (mantissa >= 1024) {
            return sign | ((exponent + 15) << 10) | (mantissa - 1024);
        }
        return sign | mantissa; // subnormal
    }

    static double toDouble(int bits) {
        int sign = (bits & 0x8000) != 0 ? -1 : 1;
        int exponent = (bits >>> 10) & 0x1F;
        int fraction = bits & 0x3FF;
        if (exponent == 0) {
            return sign * Math.scalb((double) fraction, -24);
        }
        if (exponent == 31) {
            return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * Math.scalb((double) (fraction | 0x400), exponent - 25);
    }
}
