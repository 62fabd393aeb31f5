package io.mithril.crypto.stm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorrectlyRoundedLogTest {
    private static final MathContext MC = new MathContext(80);

    /** The table of spec stm.md §1.4 (glibc log, which is correctly rounded for these inputs). */
    @Test
    void pinnedReferenceConstants() {
        assertBits("bfcc8ff7c79a9a20", CorrectlyRoundedLog.lnOneMinus(0.20));
        assertBits("bff0cc1248b56ccc", CorrectlyRoundedLog.lnOneMinus(0.65));
        assertBits("bff34378fcbda720", CorrectlyRoundedLog.lnOneMinus(0.70));
        assertBits("c007f7427b73e38f", CorrectlyRoundedLog.lnOneMinus(0.95));
        assertEquals(-0.2231435513142097, CorrectlyRoundedLog.lnOneMinus(0.20));
        assertEquals(-2.99573227355399, CorrectlyRoundedLog.lnOneMinus(0.95));
    }

    /**
     * Independent check of correct rounding: with c the returned double, exp at the midpoints between c and its two
     * neighbours must bracket y (exp computed by a high-precision Taylor series, a different algorithm).
     */
    @Test
    void isCorrectlyRoundedOnThreeDecimalPhiAndRandomInputs() {
        for (int i = 1; i < 1000; i += 7) {
            assertBracketed(1.0 - i / 1000.0);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            assertBracketed(Math.scalb(1.0 + random.nextDouble(), -random.nextInt(60)));
        }
    }

    @Test
    void agreesWithStrictMathWithinOneUlp() {
        for (int i = 1; i < 1000; i++) {
            double y = 1.0 - i / 1000.0;
            double ours = CorrectlyRoundedLog.ln(y);
            assertTrue(Math.abs(ours - StrictMath.log(y)) <= Math.ulp(ours), "y=" + y);
        }
    }

    private static void assertBracketed(double y) {
        double c = CorrectlyRoundedLog.ln(y);
        BigDecimal lower = mid(c, Math.nextDown(c));
        BigDecimal upper = mid(c, Math.nextUp(c));
        BigDecimal exact = new BigDecimal(y);
        assertTrue(exp(lower).compareTo(exact) < 0 && exp(upper).compareTo(exact) > 0, "ln(" + y + ") = " + c);
    }

    private static BigDecimal mid(double a, double b) {
        return new BigDecimal(a).add(new BigDecimal(b)).divide(BigDecimal.valueOf(2), MC);
    }

    /** exp(x) for x <= 0: exp(x) = exp(x/2^k)^(2^k) with a Taylor series on the reduced argument. */
    private static BigDecimal exp(BigDecimal x) {
        int k = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
            r = r.divide(BigDecimal.valueOf(2), MC);
            k++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    private static void assertBits(String hex, double v) {
        assertEquals(hex, Long.toHexString(Double.doubleToLongBits(v)));
    }
}
