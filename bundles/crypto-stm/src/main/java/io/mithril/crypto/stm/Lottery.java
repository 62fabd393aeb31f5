package io.mithril.crypto.stm;

import io.mithril.crypto.stm.internal.DenseMapping;
import io.mithril.crypto.stm.internal.LotteryCache;
import io.mithril.crypto.stm.internal.TaylorThresholds;

/**
 * The STM lottery, decided exactly as the reference (spec stm.md §1.3–1.4): index {@code i} is won iff
 * {@code ev / 2^512 < 1 - (1 - phi_f)^(stake / totalStake)} under the reference's Taylor procedure, with
 * {@code ev = Blake2b-512("map" || msg' || u64le(i) || sigma)} read little-endian.
 */
public final class Lottery {
    private final TaylorThresholds thresholds;
    private final boolean alwaysWon;

    private Lottery(TaylorThresholds thresholds, boolean alwaysWon) {
        this.thresholds = thresholds;
        this.alwaysWon = alwaysWon;
    }

    /**
     * The lottery of one registered party. Cached per (phi_f, stake, total stake).
     *
     * @throws StmException {@link StmError#INVALID_PARAMETERS} if phi_f is not in (0, 1] or totalStake is zero
     */
    public static Lottery of(double phiF, long stake, long totalStake) throws StmException {
        if (!(phiF > 0.0 && phiF <= 1.0)) {
            throw new StmException(StmError.INVALID_PARAMETERS, "phi_f must be in (0, 1], got " + phiF);
        }
        if (totalStake == 0) {
            throw new StmException(StmError.INVALID_PARAMETERS, "total stake is zero");
        }
        if (Math.abs(phiF - 1.0) < Math.ulp(1.0)) {
            return new Lottery(null, true); // the reference short-cuts |phi_f - 1| < f64::EPSILON to "won"
        }
        return new Lottery(LotteryCache.thresholds(phiF, stake, totalStake), false);
    }

    /** The 64-byte dense-mapping hash of {@code index} for a signature {@code sigma} on {@code msgPrime}. */
    public static byte[] evaluate(byte[] msgPrime, long index, byte[] sigma) {
        byte[] ev = new byte[64];
        new DenseMapping(msgPrime, sigma).evaluate(index, ev);
        return ev;
    }

    /** Whether the index with dense-mapping hash {@code ev} (64 bytes) is won. */
    public boolean isWon(byte[] ev) {
        if (alwaysWon) {
            return true;
        }
        return thresholds != null && thresholds.isWon(ev);
    }
}
