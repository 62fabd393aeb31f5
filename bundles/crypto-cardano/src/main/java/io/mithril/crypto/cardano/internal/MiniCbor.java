package io.mithril.crypto.cardano.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The handful of CBOR items the operational certificate and key envelopes use: definite arrays, unsigned integers
 * and byte strings. Written for these fixed shapes only (see docs/decisions/cardano-crypto-encodings.md).
 */
public final class MiniCbor {
    private MiniCbor() {
    }

    /** Minimal-length CBOR writer. */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Writer array(int length) {
            head(4, length);
            return this;
        }

        public Writer uint(long value) {
            head(0, value);
            return this;
        }

        public Writer bytes(byte[] value) {
            head(2, value.length);
            out.write(value, 0, value.length);
            return this;
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }

        private void head(int major, long value) {
            int mt = major << 5;
            if (Long.compareUnsigned(value, 24) < 0) {
                out.write(mt | (int) value);
            } else if (Long.compareUnsigned(value, 0x100) < 0) {
                out.write(mt | 24);
                out.write((int) value);
            } else if (Long.compareUnsigned(value, 0x10000) < 0) {
                out.write(mt | 25);
                writeBigEndian(value, 2);
            } else if (Long.compareUnsigned(value, 0x100000000L) < 0) {
                out.write(mt | 26);
                writeBigEndian(value, 4);
            } else {
                out.write(mt | 27);
                writeBigEndian(value, 8);
            }
        }

        private void writeBigEndian(long value, int size) {
            for (int i = size - 1; i >= 0; i--) {
                out.write((int) (value >>> (8 * i)));
            }
        }
    }

    /** Strict reader over a byte array. */
    public static final class Reader {
        private final byte[] in;
        private int pos;

        public Reader(byte[] in) {
            this.in = in;
        }

        public int array() {
            long n = head(4, "array");
            if (n > in.length) {
                throw new IllegalArgumentException("CBOR: array too long");
            }
            return (int) n;
        }

        public long uint() {
            return head(0, "unsigned integer");
        }

        public byte[] bytes() {
            long n = head(2, "byte string");
            if (n > in.length - pos) {
                throw new IllegalArgumentException("CBOR: truncated byte string");
            }
            byte[] out = Arrays.copyOfRange(in, pos, pos + (int) n);
            pos += (int) n;
            return out;
        }

        public boolean atEnd() {
            return pos == in.length;
        }

        private long head(int major, String what) {
            int b = next();
            if ((b >>> 5) != major) {
                throw new IllegalArgumentException("CBOR: expected " + what + " at offset " + (pos - 1));
            }
            int info = b & 31;
            if (info < 24) {
                return info;
            }
            int size = switch (info) {
                case 24 -> 1;
                case 25 -> 2;
                case 26 -> 4;
                case 27 -> 8;
                default -> throw new IllegalArgumentException("CBOR: unsupported length encoding for " + what);
            };
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = (value << 8) | next();
            }
            return value;
        }

        private int next() {
            if (pos >= in.length) {
                throw new IllegalArgumentException("CBOR: unexpected end of input");
            }
            return in[pos++] & 0xff;
        }
    }
}
