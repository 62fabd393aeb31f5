package io.mithril.crypto.stm.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ln(1 - phi_f)} as the correctly rounded double, which is what glibc's {@code log} returns for every
 * configured phi_f (spec stm.md §1.4). {@code StrictMath.log} (fdlibm) and {@code Math.log} (JIT intrinsics) are not
 * correctly rounded and would occasionally flip a lottery decision against the Rust reference.
 */
public final class CorrectlyRoundedLog {
    /** ~360 bits: far beyond the closest approach of ln(double) to a rounding midpoint. */
    private static final MathContext MC = new MathContext(110);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal SQRT2 = TWO.sqrt(MC);
    private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 10);
    private static final BigDecimal LN2 = twiceAtanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));
    private static final ConcurrentHashMap<Long, Double> LN_ONE_MINUS = new ConcurrentHashMap<>();

    private CorrectlyRoundedLog() {
    }

    /** ln(1.0 - phiF), with {@code 1.0 - phiF} evaluated in double as Rust does; cached per phi_f. */
    public static double lnOneMinus(double phiF) {
        return LN_ONE_MINUS.computeIfAbsent(Double.doubleToLongBits(phiF), bits -> ln(1.0 - phiF));
    }

    /** The natural logarithm of a positive finite double, correctly rounded to nearest. */
    public static double ln(double y) {
        if (!(y > 0.0) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("ln needs a positive finite argument, got " + y);
        }
        if (y == 1.0) {
            return 0.0;
        }
        // y = m * 2^e exactly, with m in [sqrt(1/2), sqrt(2)] so that the atanh series converges fast.
        int e = Math.getExponent(y);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(y * 0x1p54) - 54;
        }
        BigDecimal m = new BigDecimal(Math.scalb(y, -e));
        if (m.compareTo(SQRT2) > 0) {
            m = m.divide(TWO);
            e++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal ln = twiceAtanh(z).add(LN2.multiply(BigDecimal.valueOf(e), MC), MC);
        // Double.parseDouble is specified to round correctly to nearest.
        return Double.parseDouble(ln.toString());
    }

    /** 2 atanh(z) = ln((1+z)/(1-z)) = 2 (z + z^3/3 + z^5/5 + ...), for |z| <= 1/3. */
    private static BigDecimal twiceAtanh(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; ; n += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(EPSILON) < 0) {
                return sum.multiply(TWO, MC);
            }
            power = power.multiply(z2, MC);
        }
    }
}
