package io.mithril.crypto.kes.internal;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The recursive Sum-composition KES over Ed25519 (MMM "sum" construction), on raw byte layouts identical to
 * kes-summed-ed25519:
 * <ul>
 * <li>secret key of depth d: {@code sk(d-1) ‖ rightSeed(32) ‖ vkLeft(32) ‖ vkRight(32)}; depth 0 = Ed25519 seed;</li>
 * <li>signature of depth d: {@code sig(d-1) ‖ vkLeft ‖ vkRight}; depth 0 = Ed25519 signature;</li>
 * <li>verification key of depth d: Blake2b-256(vkLeft ‖ vkRight); depth 0 = Ed25519 public key.</li>
 * </ul>
 * Stateless; callers own the buffers.
 */
public final class SumKes {
    public static final int SEED_SIZE = 32;
    public static final int VK_SIZE = 32;

    private SumKes() {
    }

    public static int secretKeySize(int depth) {
        return SEED_SIZE + depth * (SEED_SIZE + 2 * VK_SIZE);
    }

    public static int signatureSize(int depth) {
        return Ed25519.SIGNATURE_SIZE + depth * 2 * VK_SIZE;
    }

    public static int totalPeriods(int depth) {
        return 1 << depth;
    }

    /**
     * Writes the period-0 secret key of {@code seed} into {@code key} at {@code off} and returns its verification
     * key. The seed array is not modified.
     */
    public static byte[] keygen(int depth, byte[] seed, byte[] key, int off) {
        if (depth == 0) {
            System.arraycopy(seed, 0, key, off, SEED_SIZE);
            byte[] pk = new byte[VK_SIZE];
            Ed25519.generatePublicKey(seed, 0, pk, 0);
            return pk;
        }
        byte[] leftSeed = blake2b256((byte) 1, seed);
        byte[] rightSeed = blake2b256((byte) 2, seed);
        int sub = secretKeySize(depth - 1);
        byte[] vkLeft = keygen(depth - 1, leftSeed, key, off);
        byte[] vkRight = keygen(depth - 1, rightSeed, new byte[sub], 0);
        System.arraycopy(rightSeed, 0, key, off + sub, SEED_SIZE);
        System.arraycopy(vkLeft, 0, key, off + sub + SEED_SIZE, VK_SIZE);
        System.arraycopy(vkRight, 0, key, off + sub + SEED_SIZE + VK_SIZE, VK_SIZE);
        Arrays.fill(leftSeed, (byte) 0);
        Arrays.fill(rightSeed, (byte) 0);
        return hashPair(vkLeft, 0, vkRight, 0);
    }

    /** The verification key of a stored secret key (depth ≥ 1: read from its last 64 bytes). */
    public static byte[] verificationKey(int depth, byte[] key, int off) {
        if (depth == 0) {
            byte[] pk = new byte[VK_SIZE];
            Ed25519.generatePublicKey(key, off, pk, 0);
            return pk;
        }
        int pks = off + secretKeySize(depth - 1) + SEED_SIZE;
        return hashPair(key, pks, key, pks + VK_SIZE);
    }

    /** Evolves the key from {@code period} to {@code period + 1} in place, exactly as the Rust crate does. */
    public static void update(int depth, byte[] key, int off, int period) {
        if (depth == 0 || period + 1 >= totalPeriods(depth)) {
            throw new IllegalStateException("KES key cannot be updated more (period " + period + ")");
        }
        int half = totalPeriods(depth - 1);
        int sub = secretKeySize(depth - 1);
        if (period + 1 < half) {
            update(depth - 1, key, off, period);
        } else if (period + 1 == half) {
            // Switch to the right subtree: regenerate it from the stored seed, then erase the seed.
            byte[] rightSeed = Arrays.copyOfRange(key, off + sub, off + sub + SEED_SIZE);
            keygen(depth - 1, rightSeed, key, off);
            Arrays.fill(key, off + sub, off + sub + SEED_SIZE, (byte) 0);
            Arrays.fill(rightSeed, (byte) 0);
        } else {
            update(depth - 1, key, off, period - half);
        }
    }

    /** Signs {@code message} with a key whose current period is {@code period}. */
    public static void sign(int depth, byte[] key, int off, int period, byte[] message, byte[] sig, int sigOff) {
        if (depth == 0) {
            byte[] pk = new byte[VK_SIZE];
            Ed25519.generatePublicKey(key, off, pk, 0);
            Ed25519.sign(key, off, pk, 0, message, 0, message.length, sig, sigOff);
            return;
        }
        int half = totalPeriods(depth - 1);
        sign(depth - 1, key, off, period < half ? period : period - half, message, sig, sigOff);
        int pks = off + secretKeySize(depth - 1) + SEED_SIZE;
        System.arraycopy(key, pks, sig, sigOff + signatureSize(depth - 1), 2 * VK_SIZE);
    }

    /** Blake2b-256(a[aOff..+32] ‖ b[bOff..+32]). */
    public static byte[] hashPair(byte[] a, int aOff, byte[] b, int bOff) {
        Blake2bDigest d = new Blake2bDigest(256);
        d.update(a, aOff, VK_SIZE);
        d.update(b, bOff, VK_SIZE);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    private static byte[] blake2b256(byte prefix, byte[] seed) {
        Blake2bDigest d = new Blake2bDigest(256);
        d.update(prefix);
        d.update(seed, 0, SEED_SIZE);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }
}
