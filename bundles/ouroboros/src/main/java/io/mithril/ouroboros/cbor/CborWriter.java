package io.mithril.ouroboros.cbor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes CBOR with minimal-length heads, as pallas and the Haskell codecs do. Not thread-safe. */
public final class CborWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public CborWriter arrayHeader(long length) {
        return head(CborReader.MAJOR_ARRAY, length);
    }

    /** Starts an indefinite-length array; close it with {@link #writeBreak()}. */
    public CborWriter indefiniteArray() {
        out.write(0x9f);
        return this;
    }

    public CborWriter mapHeader(long pairs) {
        return head(CborReader.MAJOR_MAP, pairs);
    }

    public CborWriter writeBreak() {
        out.write(0xff);
        return this;
    }

    /** An unsigned integer; negative {@code long}s are taken as unsigned 64-bit values. */
    public CborWriter unsigned(long value) {
        return head(CborReader.MAJOR_UNSIGNED, value);
    }

    public CborWriter bytes(byte[] value) {
        head(CborReader.MAJOR_BYTES, value.length);
        out.writeBytes(value);
        return this;
    }

    public CborWriter text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        head(CborReader.MAJOR_TEXT, utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    public CborWriter bool(boolean value) {
        out.write(value ? 0xf5 : 0xf4);
        return this;
    }

    /** Appends already-encoded CBOR verbatim (e.g. a received DMQ message). */
    public CborWriter raw(byte[] encoded) {
        out.writeBytes(encoded);
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private CborWriter head(int major, long argument) {
        int type = major << 5;
        if (argument >= 0 && argument < 24) {
            out.write(type | (int) argument);
        } else if (argument >= 0 && argument <= 0xff) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument >= 0 && argument <= 0xffff) {
            out.write(type | 25);
            writeBigEndian(argument, 2);
        } else if (argument >= 0 && argument <= 0xffffffffL) {
            out.write(type | 26);
            writeBigEndian(argument, 4);
        } else {
            out.write(type | 27);
            writeBigEndian(argument, 8);
        }
        return this;
    }

    private void writeBigEndian(long value, int size) {
        for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xff);
        }
    }
}
