package io.mithril.crypto.kes;

import io.mithril.crypto.internal.JsonHex;
import io.mithril.crypto.kes.internal.SumKes;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An evolving Sum6 KES secret key (mutable: {@link #update()} erases past-period material in place, exactly as the
 * Rust crate does, so the stored bytes stay byte-identical to kes-summed-ed25519's). Not thread-safe.
 *
 * <p>Stored forms: 608 bytes as written by cardano-cli (period 0), or 612 bytes = 608 ‖ u32be(period) as Mithril
 * keeps it.
 */
public final class KesSecretKey {
    public static final int DEPTH = 6;
    public static final int PERIODS = SumKes.totalPeriods(DEPTH);
    public static final int SIZE = SumKes.secretKeySize(DEPTH);
    public static final int SIZE_WITH_PERIOD = SIZE + 4;

    private final byte[] key;
    private final KesVerificationKey verificationKey;
    private int period;

    private KesSecretKey(byte[] key, int period, KesVerificationKey verificationKey) {
        this.key = key;
        this.period = period;
        this.verificationKey = verificationKey;
    }

    /** The period-0 key of a 32-byte seed (kes-summed-ed25519 {@code keygen}). */
    public static KesSecretKey fromSeed(byte[] seed) {
        if (seed == null || seed.length != SumKes.SEED_SIZE) {
            throw new IllegalArgumentException("KES seed must be 32 bytes");
        }
        byte[] key = new byte[SIZE];
        byte[] vk = SumKes.keygen(DEPTH, seed, key, 0);
        return new KesSecretKey(key, 0, KesVerificationKey.fromBytes(vk));
    }

    /** Reads 608 bytes (period 0) or 612 bytes (608 ‖ u32be period). */
    public static KesSecretKey fromBytes(byte[] bytes) {
        int period;
        if (bytes.length == SIZE) {
            period = 0;
        } else if (bytes.length == SIZE_WITH_PERIOD) {
            period = ByteBuffer.wrap(bytes, SIZE, 4).getInt();
            if (period < 0 || period >= PERIODS) {
                throw new IllegalArgumentException("KES key period " + Integer.toUnsignedString(period)
                        + " outside 0.." + (PERIODS - 1));
            }
        } else {
            throw new IllegalArgumentException("KES secret key must be " + SIZE + " or " + SIZE_WITH_PERIOD
                    + " bytes, got " + bytes.length);
        }
        byte[] key = Arrays.copyOf(bytes, SIZE);
        return new KesSecretKey(key, period, KesVerificationKey.fromBytes(SumKes.verificationKey(DEPTH, key, 0)));
    }

    /** Reads the hex of the stored form (e.g. the bytes of a {@code kes.skey} cborHex without its CBOR header). */
    public static KesSecretKey fromHex(String hex) {
        return fromBytes(JsonHex.decodeHex(hex.trim()));
    }

    public KesVerificationKey verificationKey() {
        return verificationKey;
    }

    /** The current KES evolution (0..63) of this key. */
    public int period() {
        return period;
    }

    /** Evolves to the next period, erasing the material of the past one. */
    public void update() {
        if (period + 1 >= PERIODS) {
            throw new IllegalStateException("KES key cannot be updated more (period " + period + ")");
        }
        SumKes.update(DEPTH, key, 0, period);
        period++;
    }

    /** Evolves forward to {@code target} (≥ the current period). */
    public void updateTo(int target) {
        if (target < period || target >= PERIODS) {
            throw new IllegalArgumentException("cannot evolve KES key from period " + period + " to " + target);
        }
        while (period < target) {
            update();
        }
    }

    /** Signs at the current period. */
    public KesSignature sign(byte[] message) {
        byte[] sig = new byte[KesSignature.SIZE];
        SumKes.sign(DEPTH, key, 0, period, message, sig, 0);
        return KesSignature.fromBytes(sig);
    }

    /** The 608-byte cardano-cli layout (only meaningful as a key file when the period is 0). */
    public byte[] toBytes() {
        return key.clone();
    }

    /** The 612-byte Mithril layout: 608 ‖ u32be(period). */
    public byte[] toBytesWithPeriod() {
        return ByteBuffer.allocate(SIZE_WITH_PERIOD).put(key).putInt(period).array();
    }

    /** Erases the key material; the object must not be used afterwards. */
    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public String toString() {
        return "KesSecretKey[vk=" + verificationKey.toHex() + ", period=" + period + "]";
    }
}
