package io.mithril.domain.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-256 accumulator with the feeding primitives of the reference's hash computations: UTF-8 strings and big-endian
 * integers, concatenated without separators or length prefixes.
 */
public final class HashFeed {
    private final MessageDigest digest;

    private HashFeed() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }

    public static HashFeed sha256() {
        return new HashFeed();
    }

    public HashFeed utf8(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** u64 (or i64) big-endian, 8 bytes. */
    public HashFeed u64(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (v >>> shift));
        }
        return this;
    }

    /** u32 big-endian, 4 bytes. */
    public HashFeed u32(int v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            digest.update((byte) (v >>> shift));
        }
        return this;
    }

    /** u16 big-endian, 2 bytes. */
    public HashFeed u16(int v) {
        digest.update((byte) (v >>> 8));
        digest.update((byte) v);
        return this;
    }

    public HashFeed bytes(byte[] b) {
        digest.update(b);
        return this;
    }

    public byte[] digest() {
        return digest.digest();
    }

    /** The 64-char lowercase hex of the digest. */
    public String hex() {
        return Hex.encode(digest());
    }
}
