package io.mithril.crypto.stm.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The reference lottery decision (num-integer backend, spec stm.md §1.4) turned into integer thresholds on the hash.
 *
 * <p>The reference compares {@code q = 2^512 / (2^512 - ev)} with the Taylor bounds {@code phi_n +- 3|term_n|} of
 * {@code exp(x)}, {@code x = -(stake/total) * ln(1 - phi_f)}, stopping at the first iteration where q is outside.
 * The bounds depend only on x, so for each iteration the two exact comparisons are rewritten, once per signer, as
 * {@code q > hi <=> ev > floor(2^512 (hi - 1) / hi)} and {@code q < lo <=> ev < ceil(2^512 (lo - 1) / lo)}
 * (integer ev, positive hi and lo). The decision for one index is then a few 512-bit comparisons, bit-identical to
 * the reference's rational arithmetic. Iterations are computed lazily (almost always one suffices).
 */
public final class TaylorThresholds {
    /** The reference gives up (lottery lost) after this many Taylor iterations. */
    static final int MAX_ITERATIONS = 1000;
    private static final BigInteger THREE = BigInteger.valueOf(3);

    /** Thresholds of one iteration; a null bound means "always lost" / "never won". */
    private record Step(long[] lostAbove, long[] wonBelow) {
    }

    private final BigInteger a;
    private final BigInteger b;
    private volatile Step[] steps = new Step[0];
    // Taylor state after the last computed step: phi = phiNum / den, den = b^d * d!, aPow = a^d.
    private BigInteger phiNum;
    private BigInteger den;
    private BigInteger aPow;
    private int d;

    /** For x = a / b, with a >= 0 and b > 0. */
    public TaylorThresholds(BigInteger a, BigInteger b) {
        if (a.signum() < 0 || b.signum() <= 0) {
            throw new IllegalArgumentException("x must be a non-negative fraction");
        }
        this.a = a;
        this.b = b;
        // First iteration of the reference: phi = 1 + x.
        this.phiNum = b.add(a);
        this.den = b;
        this.aPow = a;
        this.d = 1;
    }

    /** Whether the index whose dense-mapping hash (64 bytes, little-endian integer) is {@code ev} is won. */
    public boolean isWon(byte[] ev) {
        return isWon(U512.fromLittleEndian(ev));
    }

    private boolean isWon(long[] evLimbs) {
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            Step step = step(i);
            if (step.lostAbove == null || U512.compare(evLimbs, step.lostAbove) > 0) {
                return false;
            }
            if (step.wonBelow != null && U512.compare(evLimbs, step.wonBelow) < 0) {
                return true;
            }
        }
        return false;
    }

    private Step step(int i) {
        Step[] s = steps;
        if (i < s.length) {
            return s[i];
        }
        return extendTo(i);
    }

    private synchronized Step extendTo(int i) {
        Step[] s = steps;
        if (i < s.length) {
            return s[i];
        }
        int target = Math.min(MAX_ITERATIONS, Math.max(i + 1, s.length * 2 + 2));
        Step[] grown = Arrays.copyOf(s, target);
        for (int j = s.length; j < target; j++) {
            grown[j] = nextStep();
        }
        steps = grown;
        return grown[i];
    }

    /** One iteration of the reference loop, expressed with the common denominator den_{d+1} = b^{d+1} (d+1)!. */
    private Step nextStep() {
        d++;
        aPow = aPow.multiply(a);
        BigInteger scale = b.multiply(BigInteger.valueOf(d));
        BigInteger nextDen = den.multiply(scale);
        BigInteger phiScaled = phiNum.multiply(scale);
        BigInteger error = aPow.multiply(THREE);
        Step step = new Step(lostAbove(phiScaled.add(error), nextDen), wonBelow(phiScaled.subtract(error), nextDen));
        phiNum = phiScaled.add(aPow);
        den = nextDen;
        return step;
    }

    /** q > hiNum/den  <=>  ev > floor(2^512 (hiNum - den) / hiNum); null when it always holds. */
    private static long[] lostAbove(BigInteger hiNum, BigInteger den) {
        if (hiNum.compareTo(den) < 0) {
            return null; // hi < 1 <= q
        }
        return U512.fromBigInteger(U512.TWO_POW_512.multiply(hiNum.subtract(den)).divide(hiNum));
    }

    /** q < loNum/den  <=>  ev < ceil(2^512 (loNum - den) / loNum); null when it never holds. */
    private static long[] wonBelow(BigInteger loNum, BigInteger den) {
        if (loNum.compareTo(den) <= 0) {
            return null; // lo <= 1 <= q
        }
        BigInteger[] qr = U512.TWO_POW_512.multiply(loNum.subtract(den)).divideAndRemainder(loNum);
        BigInteger ceil = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return U512.fromBigInteger(ceil);
    }
}
