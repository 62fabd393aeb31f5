package io.mithril.crypto.stm.codec.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The CBOR that ciborium writes for the reference's types: minimal-length heads, text keys, byte vectors as arrays
 * of unsigned integers, {@code null}, floats in the shortest width that loses nothing (f16, f32, f64), and an
 * indefinite-length map where serde flattens a struct.
 */
public final class CborWriter {
    private static final int UNSIGNED = 0;
    private static final int TEXT = 3;
    private static final int ARRAY = 4;
    private static final int MAP = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts with the codec version byte 0x01 that prefixes every CBOR {@code to_bytes()} output. */
    public static CborWriter versioned() {
        CborWriter w = new CborWriter();
        w.out.write(0x01);
        return w;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public CborWriter uint(long v) {
        head(UNSIGNED, v);
        return this;
    }

    public CborWriter text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        head(TEXT, b.length);
        out.writeBytes(b);
        return this;
    }

    public CborWriter map(int entries) {
        head(MAP, entries);
        return this;
    }

    public CborWriter indefiniteMap() {
        out.write(0xBF);
        return this;
    }

    public CborWriter end() {
        out.write(0xFF);
        return this;
    }

    public CborWriter array(int items) {
        head(ARRAY, items);
        return this;
    }

    /** A byte vector the serde way: an array of small unsigned integers. */
    public CborWriter bytes(byte[] bytes) {
        array(bytes.length);
        for (byte b : bytes) {
            uint(b & 0xFF);
        }
        return this;
    }

    public CborWriter uintArray(long[] values) {
        array(values.length);
        for (long v : values) {
            uint(v);
        }
        return this;
    }

    public CborWriter nullValue() {
        out.write(0xF6);
        return this;
    }

    public CborWriter float64(double v) {
        int half = HalfFloat.exactHalfBits(v);
        if (half >= 0) {
            out.write(0xF9);
            writeBigEndian(half, 2);
        } else if ((double) (float) v == v || Double.isNaN(v)) {
            out.write(0xFA);
            writeBigEndian(Float.floatToIntBits((float) v) & 0xFFFFFFFFL, 4);
        } else {
            out.write(0xFB);
            writeBigEndian(Double.doubleToLongBits(v), 8);
        }
        return this;
    }

    private void head(int major, long value) {
        int m = major << 5;
        if (value >= 0 && value < 24) {
            out.write(m | (int) value);
        } else if (value >= 0 && value < 0x100) {
            out.write(m | 24);
            writeBigEndian(value, 1);
        } else if (value >= 0 && value < 0x10000) {
            out.write(m | 25);
            writeBigEndian(value, 2);
        } else if (value >= 0 && value < 0x100000000L) {
            out.write(m | 26);
            writeBigEndian(value, 4);
        } else {
            out.write(m | 27); // includes unsigned values >= 2^63 held in negative longs
            writeBigEndian(value, 8);
        }
    }

    private void writeBigEndian(long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }
}
