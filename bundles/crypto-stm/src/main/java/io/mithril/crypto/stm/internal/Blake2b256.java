package io.mithril.crypto.stm.internal;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/** Blake2b with a 256-bit digest length in the parameter block (not a truncated Blake2b-512): the Merkle tree hash. */
public final class Blake2b256 {
    private Blake2b256() {
    }

    public static byte[] hash(byte[]... parts) {
        Blake2bDigest d = new Blake2bDigest(256);
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }
}
