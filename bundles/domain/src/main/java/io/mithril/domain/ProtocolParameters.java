package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;

/**
 * STM protocol parameters: quorum {@code k}, number of lotteries {@code m} and the lottery parameter {@code phi_f}.
 * <p>
 * The hash and the chain-rule equality both see {@code phi_f} through its U8F24 fixed-point form, so differences below
 * 2<sup>-24</sup> are invisible to them (certificates.md §5).
 */
public record ProtocolParameters(long k, long m, double phiF) {

    /** U8F24 value of {@code phi_f}: round-half-even of {@code phi_f * 2^24}, as an unsigned 32-bit number. */
    public int phiFU8F24() {
        double scaled = Math.rint(phiF * (1 << 24));
        if (scaled < 0 || scaled > 0xFFFF_FFFFL) {
            throw new IllegalStateException("phi_f out of the U8F24 range: " + phiF);
        }
        return (int) (long) scaled;
    }

    /** {@code hex(SHA-256(u64 k ‖ u64 m ‖ u32 U8F24(phi_f)))}. */
    public String computeHash() {
        return HashFeed.sha256().u64(k).u64(m).u32(phiFU8F24()).hex();
    }

    /** Equality as the chain verifier sees it: k, m and the U8F24 value of phi_f. */
    public boolean isEquivalentTo(ProtocolParameters other) {
        return k == other.k && m == other.m && phiFU8F24() == other.phiFU8F24();
    }
}
