package io.mithril.crypto.stm;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The aggregate verification key of a closed registration (Concatenation): the Merkle root, the number of leaves and
 * the total stake (both unsigned 64-bit). The root is normally 32 bytes, but any length decodes, as in the reference.
 */
public final class AggregateVerificationKey {
    private final byte[] root;
    private final long nrLeaves;
    private final long totalStake;

    public AggregateVerificationKey(byte[] root, long nrLeaves, long totalStake) {
        this.root = root.clone();
        this.nrLeaves = nrLeaves;
        this.totalStake = totalStake;
    }

    public byte[] root() {
        return root.clone();
    }

    public long nrLeaves() {
        return nrLeaves;
    }

    public long totalStake() {
        return totalStake;
    }

    /** {@code msg' = msg || root}: what is signed and fed to the lottery. */
    public byte[] messagePrime(byte[] msg) {
        byte[] out = Arrays.copyOf(msg, msg.length + root.length);
        System.arraycopy(root, 0, out, msg.length, root.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AggregateVerificationKey)) {
            return false;
        }
        AggregateVerificationKey other = (AggregateVerificationKey) o;
        return nrLeaves == other.nrLeaves && totalStake == other.totalStake && Arrays.equals(root, other.root);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(root) * 31 + Long.hashCode(nrLeaves) * 17 + Long.hashCode(totalStake);
    }

    @Override
    public String toString() {
        return "AggregateVerificationKey[root=" + HexFormat.of().formatHex(root) + ", nrLeaves="
                + Long.toUnsignedString(nrLeaves) + ", totalStake=" + Long.toUnsignedString(totalStake) + "]";
    }
}
