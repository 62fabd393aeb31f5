package io.mithril.crypto.stm;

import io.mithril.crypto.stm.internal.CorrectlyRoundedLog;
import java.math.BigInteger;

/**
 * A line-by-line port of the reference's {@code is_lottery_won} / {@code taylor_comparison} (num-integer backend) with
 * exact rationals, reduced after each operation as num-rational does. Test oracle for the threshold implementation.
 */
final class ReferenceLottery {
    private static final BigInteger TWO_512 = BigInteger.ONE.shiftLeft(512);

    private ReferenceLottery() {
    }

    /** A reduced rational with positive denominator. */
    record Q(BigInteger n, BigInteger d) {
        static Q of(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Q(n, d) : new Q(n.divide(g), d.divide(g));
        }

        Q add(Q o) {
            return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q sub(Q o) {
            return of(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
        }

        Q mul(Q o) {
            return of(n.multiply(o.n), d.multiply(o.d));
        }

        Q div(BigInteger v) {
            return of(n, d.multiply(v));
        }

        Q abs() {
            return new Q(n.abs(), d);
        }

        int compareTo(Q o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }
    }

    static boolean isWon(double phiF, byte[] evLittleEndian, long stake, long totalStake) {
        if (Math.abs(phiF - 1.0) < Math.ulp(1.0)) {
            return true;
        }
        byte[] be = new byte[64];
        for (int i = 0; i < 64; i++) {
            be[i] = evLittleEndian[63 - i];
        }
        BigInteger ev = new BigInteger(1, be);
        Q q = new Q(TWO_512, TWO_512.subtract(ev)); // Ratio::new_raw
        Q c = fromFloat(CorrectlyRoundedLog.lnOneMinus(phiF));
        Q w = new Q(unsigned(stake), unsigned(totalStake)); // Ratio::new_raw
        Q x = w.mul(c);
        x = Q.of(x.n.negate(), x.d);
        return taylorComparison(1000, q, x);
    }

    private static boolean taylorComparison(int bound, Q cmp, Q x) {
        Q newX = x;
        Q phi = new Q(BigInteger.ONE, BigInteger.ONE);
        BigInteger divisor = BigInteger.ONE;
        Q three = new Q(BigInteger.valueOf(3), BigInteger.ONE);
        for (int i = 0; i < bound; i++) {
            phi = phi.add(newX);
            divisor = divisor.add(BigInteger.ONE);
            newX = newX.mul(x).div(divisor);
            Q errorTerm = newX.abs().mul(three);
            if (cmp.compareTo(phi.add(errorTerm)) > 0) {
                return false;
            } else if (cmp.compareTo(phi.sub(errorTerm)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** num-rational's exact {@code Ratio::from_float}. */
    static Q fromFloat(double v) {
        long bits = Double.doubleToLongBits(v);
        boolean negative = bits < 0;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = exp == 0 ? (bits & 0xFFFFFFFFFFFFFL) << 1 : (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int e = exp - 1075;
        BigInteger n = BigInteger.valueOf(mantissa);
        if (negative) {
            n = n.negate();
        }
        return e >= 0 ? Q.of(n.shiftLeft(e), BigInteger.ONE) : Q.of(n, BigInteger.ONE.shiftLeft(-e));
    }

    static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
