package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testutil.TestData;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LotteryTest {

    /** lottery_golden.json: per-index hash and decision for both golden signers (stake 1 of 2, phi_f 0.8). */
    @Test
    void goldenEvaluationsAndDecisions() throws StmException {
        JsonNode golden = TestData.resource("vectors/stm/lottery_golden.json");
        double phiF = golden.get("phi_f").asDouble();
        long stake = golden.get("stake").asLong();
        long total = golden.get("total_stake").asLong();
        byte[] msgPrime = TestData.hex(golden.get("msg_prime_hex").asText());
        Lottery lottery = Lottery.of(phiF, stake, total);
        int checked = 0;
        for (JsonNode signer : golden.get("signers")) {
            byte[] sigma = TestData.hex(signer.get("sigma_hex").asText());
            for (JsonNode idx : signer.get("indices")) {
                byte[] ev = Lottery.evaluate(msgPrime, idx.get("index").asLong(), sigma);
                assertEquals(idx.get("ev_hex").asText(), TestData.HEX.formatHex(ev));
                assertEquals(idx.get("lottery_won").asBoolean(), lottery.isWon(ev), "index " + idx.get("index"));
                checked++;
            }
        }
        assertEquals(20, checked);
    }

    /** The threshold implementation agrees with a direct port of the reference on random hashes and stakes. */
    @Test
    void agreesWithReferencePortOnRandomInputs() throws StmException {
        SplittableRandom random = new SplittableRandom(42);
        double[] phis = {0.2, 0.65, 0.7, 0.8, 0.95, 0.5, 0.05, 0.999};
        int won = 0;
        for (int i = 0; i < 3000; i++) {
            double phi = phis[i % phis.length];
            long total = 1 + (random.nextLong() >>> (1 + random.nextInt(62)));
            long stake = random.nextInt(4) == 0 ? total : (random.nextLong() >>> 1) % total;
            byte[] ev = new byte[64];
            for (int b = 0; b < 64; b++) {
                ev[b] = (byte) random.nextInt(256);
            }
            boolean expected = ReferenceLottery.isWon(phi, ev, stake, total);
            assertEquals(expected, Lottery.of(phi, stake, total).isWon(ev),
                    "phi=" + phi + " stake=" + stake + " total=" + total + " ev=" + TestData.HEX.formatHex(ev));
            won += expected ? 1 : 0;
        }
        assertTrue(won > 300 && won < 2700, "both outcomes are exercised: " + won);
    }

    /**
     * Hashes right at the decision boundary: for p = 1 - (1 - phi_f)^w as close as doubles allow, the neighbouring
     * integers ev around 2^512 * p must be decided as the reference does (several Taylor iterations are needed).
     */
    @Test
    void agreesWithReferencePortNearTheThreshold() throws StmException {
        long[][] stakes = {{1, 2}, {1, 3000}, {2999, 3000}, {5, 7}, {1, 1}, {123456789, 987654321987L}};
        double[] phis = {0.2, 0.8, 0.95, 0.65};
        for (double phi : phis) {
            for (long[] s : stakes) {
                double p = 1 - Math.pow(1 - phi, (double) s[0] / s[1]);
                BigInteger center = new java.math.BigDecimal(p).multiply(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(512)))
                        .toBigInteger();
                for (int delta = -3; delta <= 3; delta++) {
                    BigInteger ev = center.add(BigInteger.valueOf(delta).shiftLeft(460));
                    byte[] le = littleEndian(ev);
                    assertEquals(ReferenceLottery.isWon(phi, le, s[0], s[1]), Lottery.of(phi, s[0], s[1]).isWon(le),
                            "phi=" + phi + " stake=" + s[0] + "/" + s[1] + " delta=" + delta);
                }
            }
        }
    }

    @Test
    void extremeHashesAndStakes() throws StmException {
        byte[] zero = new byte[64];
        byte[] max = new byte[64];
        java.util.Arrays.fill(max, (byte) 0xFF);
        assertEquals(ReferenceLottery.isWon(0.2, zero, 1, 10), Lottery.of(0.2, 1, 10).isWon(zero));
        assertFalse(Lottery.of(0.2, 10, 10).isWon(max));
        assertFalse(Lottery.of(0.2, 0, 10).isWon(zero), "a zero stake never wins");
        assertTrue(Lottery.of(1.0, 0, 10).isWon(max), "phi_f = 1 always wins");
        long big = -1L; // 2^64 - 1 as unsigned
        byte[] mid = new byte[64];
        mid[63] = 0x10;
        assertEquals(ReferenceLottery.isWon(0.95, mid, big, big), Lottery.of(0.95, big, big).isWon(mid));
        long third = Long.divideUnsigned(big, 3);
        assertEquals(ReferenceLottery.isWon(0.95, mid, third, big), Lottery.of(0.95, third, big).isWon(mid));
    }

    @Test
    void rejectsUnusableParameters() {
        assertEquals(StmError.INVALID_PARAMETERS, assertThrows(StmException.class, () -> Lottery.of(1.5, 1, 2)).kind());
        assertEquals(StmError.INVALID_PARAMETERS, assertThrows(StmException.class, () -> Lottery.of(0.0, 1, 2)).kind());
        assertEquals(StmError.INVALID_PARAMETERS, assertThrows(StmException.class, () -> Lottery.of(Double.NaN, 1, 2)).kind());
        assertEquals(StmError.INVALID_PARAMETERS, assertThrows(StmException.class, () -> Lottery.of(0.5, 1, 0)).kind());
    }

    @Test
    void evaluateIsBlake2b512OfTheDocumentedInput() {
        byte[] msgPrime = TestData.hex("00112233");
        byte[] sigma = new byte[48];
        sigma[0] = 1;
        byte[] input = new byte[3 + 4 + 8 + 48];
        System.arraycopy(new byte[] {'m', 'a', 'p'}, 0, input, 0, 3);
        System.arraycopy(msgPrime, 0, input, 3, 4);
        input[7] = 0x05; // u64le(5)
        System.arraycopy(sigma, 0, input, 15, 48);
        org.bouncycastle.crypto.digests.Blake2bDigest d = new org.bouncycastle.crypto.digests.Blake2bDigest(512);
        d.update(input, 0, input.length);
        byte[] expected = new byte[64];
        d.doFinal(expected, 0);
        assertArrayEquals(expected, Lottery.evaluate(msgPrime, 5, sigma));
    }

    private static byte[] littleEndian(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[64];
        for (int i = 0; i < Math.min(64, be.length); i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }
}
