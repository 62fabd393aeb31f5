package io.mithril.crypto.merkle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.util.encoders.Hex;

/**
 * A node of a Mithril Merkle tree: arbitrary bytes for a leaf (often ASCII text, never hashed on insertion), 32 bytes
 * of Blake2s-256 for an inner node. Immutable; ordered like Rust's {@code Vec<u8>} (unsigned lexicographic).
 */
public final class MKTreeNode implements Comparable<MKTreeNode> {
    private final byte[] bytes;
    private int hash;

    private MKTreeNode(byte[] bytes) {
        this.bytes = bytes;
    }

    public static MKTreeNode of(byte[] bytes) {
        return new MKTreeNode(bytes.clone());
    }

    /** A leaf made of the UTF-8 bytes of {@code text} (the reference's {@code From<&str>}). */
    public static MKTreeNode ofString(String text) {
        return new MKTreeNode(text.getBytes(StandardCharsets.UTF_8));
    }

    public static MKTreeNode fromHex(String hex) {
        return new MKTreeNode(Hex.decodeStrict(hex));
    }

    /** Takes ownership of {@code bytes} (callers must not modify them afterwards). */
    static MKTreeNode wrap(byte[] bytes) {
        return new MKTreeNode(bytes);
    }

    /** The merge of the reference ({@code MKTreeNode + MKTreeNode}): Blake2s-256(this ‖ right). */
    public MKTreeNode merge(MKTreeNode right) {
        return new MKTreeNode(merge(bytes, right.bytes));
    }

    static byte[] merge(byte[] left, byte[] right) {
        Blake2sDigest d = new Blake2sDigest(256);
        d.update(left, 0, left.length);
        d.update(right, 0, right.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] rawBytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    public String toHex() {
        return Hex.toHexString(bytes);
    }

    /** The bytes read as UTF-8 (meaningful for text leaves). */
    public String asString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int compareTo(MKTreeNode o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MKTreeNode && Arrays.equals(bytes, ((MKTreeNode) o).bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "MKTreeNode[" + toHex() + "]";
    }
}
