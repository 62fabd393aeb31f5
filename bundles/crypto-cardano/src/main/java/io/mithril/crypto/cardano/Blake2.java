package io.mithril.crypto.cardano;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;

/** One-shot Blake2 hashes used across Cardano and Mithril (BouncyCastle digests). */
public final class Blake2 {
    private Blake2() {
    }

    /** Blake2b-224 (pool ids, key hashes). */
    public static byte[] blake2b224(byte[]... parts) {
        return digest(new Blake2bDigest(224), parts);
    }

    /** Blake2b-256 (block/tx hashes, DMQ message ids, KES key tree). */
    public static byte[] blake2b256(byte[]... parts) {
        return digest(new Blake2bDigest(256), parts);
    }

    /** Blake2b-512 (DMQ de-duplication key). */
    public static byte[] blake2b512(byte[]... parts) {
        return digest(new Blake2bDigest(512), parts);
    }

    /** Blake2s-256 (Mithril Merkle trees). */
    public static byte[] blake2s256(byte[]... parts) {
        return digest(new Blake2sDigest(256), parts);
    }

    private static byte[] digest(Digest d, byte[]... parts) {
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
