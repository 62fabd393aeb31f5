package io.mithril.crypto.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/** Pippenger sums equal the naive sum of one scalar multiplication per point. */
class MultiScalarMultiplicationTest {
    private final Random random = new Random(77);

    private BigInteger[] scalars(int n, int bits) {
        BigInteger[] s = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            s[i] = new BigInteger(bits, random);
        }
        return s;
    }

    @Test
    void g1MatchesNaiveSumForManySizes() {
        for (int n : new int[] {1, 2, 3, 5, 17, 40, 150}) {
            List<P1_Affine> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(P1.generator().mult(new BigInteger(250, random)).to_affine());
            }
            BigInteger[] s = scalars(n, 128);
            P1 naive = new P1();
            for (int i = 0; i < n; i++) {
                naive.add(new P1(points.get(i)).mult(s[i]));
            }
            assertArrayEquals(naive.compress(), MultiScalarMultiplication.g1(points, s).compress(), "n=" + n);
        }
    }

    @Test
    void g2MatchesNaiveSumForManySizes() {
        for (int n : new int[] {1, 2, 7, 33, 100}) {
            List<P2_Affine> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(P2.generator().mult(new BigInteger(250, random)).to_affine());
            }
            BigInteger[] s = scalars(n, 128);
            P2 naive = new P2();
            for (int i = 0; i < n; i++) {
                naive.add(new P2(points.get(i)).mult(s[i]));
            }
            assertArrayEquals(naive.compress(), MultiScalarMultiplication.g2(points, s).compress(), "n=" + n);
        }
    }

    /** Repeated points (bucket doubling), opposite points (infinity), zero and one scalars, uneven bit lengths. */
    @Test
    void edgeCases() {
        P1_Affine p = P1.generator().mult(BigInteger.valueOf(12345)).to_affine();
        P1_Affine minusP = new P1(p).neg().to_affine();
        BigInteger w = new BigInteger("123456789abcdef0123456789abcdef", 16);
        List<P1_Affine> same = List.of(p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p,
                p, p, p, p, p, p, p, p, p);
        BigInteger[] ws = new BigInteger[same.size()];
        java.util.Arrays.fill(ws, w);
        assertArrayEquals(new P1(p).mult(w.multiply(BigInteger.valueOf(same.size()))).compress(),
                MultiScalarMultiplication.g1(same, ws).compress());
        assertTrue(MultiScalarMultiplication.g1(List.of(p, minusP), new BigInteger[] {w, w}).is_inf());
        assertTrue(MultiScalarMultiplication.g1(List.of(p), new BigInteger[] {BigInteger.ZERO}).is_inf());
        assertArrayEquals(new P1(p).compress(),
                MultiScalarMultiplication.g1(List.of(p, minusP), new BigInteger[] {BigInteger.TWO, BigInteger.ONE}).compress());
        BigInteger big = BigInteger.ONE.shiftLeft(200).add(BigInteger.ONE);
        assertArrayEquals(new P1(p).mult(big).add(new P1(minusP).mult(BigInteger.valueOf(3))).compress(),
                MultiScalarMultiplication.g1(List.of(p, minusP), new BigInteger[] {big, BigInteger.valueOf(3)}).compress());
    }

    @Test
    void windowGrowsWithTheNumberOfPoints() {
        assertTrue(MultiScalarMultiplication.windowBits(2, 128) <= 3);
        assertEquals(true, MultiScalarMultiplication.windowBits(715, 128) >= 6);
        assertTrue(MultiScalarMultiplication.windowBits(100_000, 128) > MultiScalarMultiplication.windowBits(715, 128));
    }
}
