package io.mithril.ouroboros.cbor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads CBOR items from a byte range while exposing the offset of every item, so callers can slice out the exact
 * bytes they received (the DMQ payload is hashed and KES-verified over its received bytes, never a re-encoding).
 * Lenient on input (non-minimal lengths and integers are accepted). Running out of input throws
 * {@link CborIncompleteException}; anything else that does not fit throws {@link CborException}. Not thread-safe.
 */
public final class CborReader {
    public static final int MAJOR_UNSIGNED = 0;
    public static final int MAJOR_NEGATIVE = 1;
    public static final int MAJOR_BYTES = 2;
    public static final int MAJOR_TEXT = 3;
    public static final int MAJOR_ARRAY = 4;
    public static final int MAJOR_MAP = 5;
    public static final int MAJOR_TAG = 6;
    public static final int MAJOR_SIMPLE = 7;

    /** Returned by the header readers for an indefinite-length array or map. */
    public static final long INDEFINITE = -1;

    private static final int BREAK = 0xff;
    private static final int MAX_NESTING = 64;

    private final byte[] data;
    private final int start;
    private final int limit;
    private int position;

    public CborReader(byte[] data) {
        this(data, 0, data.length);
    }

    public CborReader(byte[] data, int offset, int limit) {
        if (offset < 0 || limit > data.length || offset > limit) {
            throw new IllegalArgumentException("bad range " + offset + ".." + limit + " of " + data.length);
        }
        this.data = data;
        this.start = offset;
        this.position = offset;
        this.limit = limit;
    }

    public int position() {
        return position;
    }

    /** Moves back (or forward) to an offset of the range, e.g. to re-read or skip an item that did not fit. */
    public void seek(int offset) {
        if (offset < start || offset > limit) {
            throw new IllegalArgumentException("offset " + offset + " outside " + start + ".." + limit);
        }
        position = offset;
    }

    /** True if at least one byte is left in the range. */
    public boolean hasMore() {
        return position < limit;
    }

    /** A copy of the bytes {@code [from, to)} of the underlying array (offsets as given by {@link #position()}). */
    public byte[] slice(int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    /** The major type of the next item, without consuming it. */
    public int peekMajorType() {
        need(1);
        return (data[position] & 0xff) >>> 5;
    }

    /** True if the next byte is the break that ends an indefinite-length item. */
    public boolean peekBreak() {
        need(1);
        return (data[position] & 0xff) == BREAK;
    }

    public void readBreak() {
        if (!peekBreak()) {
            throw new CborException("expected a CBOR break at offset " + position);
        }
        position++;
    }

    /** An array header: its length, or {@link #INDEFINITE}. */
    public long readArrayHeader() {
        return readContainerHeader(MAJOR_ARRAY, "array");
    }

    /** A map header: its number of pairs, or {@link #INDEFINITE}. */
    public long readMapHeader() {
        return readContainerHeader(MAJOR_MAP, "map");
    }

    /** An unsigned integer (major type 0); values above {@code Long.MAX_VALUE} come back negative (unsigned). */
    public long readUnsigned() {
        int initial = initialByte(MAJOR_UNSIGNED, "unsigned integer");
        return argument(initial);
    }

    /** An unsigned integer that must fit in {@code 0..max}. */
    public long readUnsigned(long max, String what) {
        int start = position;
        long value = readUnsigned();
        if (Long.compareUnsigned(value, max) > 0) {
            throw new CborException(what + " " + Long.toUnsignedString(value) + " exceeds " + max + " at offset "
                    + start);
        }
        return value;
    }

    public boolean readBool() {
        need(1);
        int b = data[position] & 0xff;
        if (b != 0xf4 && b != 0xf5) {
            throw new CborException("expected a CBOR bool at offset " + position + ", got 0x" + Integer.toHexString(b));
        }
        position++;
        return b == 0xf5;
    }

    /** True if the next item is a bool (without consuming it). */
    public boolean peekBool() {
        need(1);
        int b = data[position] & 0xff;
        return b == 0xf4 || b == 0xf5;
    }

    /** A byte string (definite, or indefinite with definite chunks). */
    public byte[] readBytes() {
        return readString(MAJOR_BYTES, "byte string");
    }

    /** A UTF-8 text string (definite, or indefinite with definite chunks). */
    public String readText() {
        byte[] utf8 = readString(MAJOR_TEXT, "text string");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new CborException("text string is not valid UTF-8");
        }
    }

    /** Skips one complete item (any type, nested, definite or indefinite). */
    public void skip() {
        skip(0);
    }

    private void skip(int depth) {
        if (depth > MAX_NESTING) {
            throw new CborException("CBOR nesting deeper than " + MAX_NESTING);
        }
        need(1);
        int initial = data[position] & 0xff;
        int major = initial >>> 5;
        int info = initial & 0x1f;
        position++;
        if (info == 31) {
            skipIndefinite(major, depth);
            return;
        }
        long argument = argument(initial);
        switch (major) {
            case MAJOR_UNSIGNED, MAJOR_NEGATIVE -> { }
            case MAJOR_BYTES, MAJOR_TEXT -> advance(argument);
            case MAJOR_ARRAY -> skipItems(argument, depth);
            case MAJOR_MAP -> {
                if (argument < 0 || argument > Integer.MAX_VALUE) {
                    throw new CborException("map too large");
                }
                skipItems(2 * argument, depth);
            }
            case MAJOR_TAG -> skip(depth + 1);
            default -> { } // simple values and floats: argument() already consumed their bytes
        }
    }

    private void skipIndefinite(int major, int depth) {
        switch (major) {
            case MAJOR_BYTES, MAJOR_TEXT -> {
                while (!peekBreak()) {
                    int chunk = initialByte(major, "string chunk");
                    advance(argument(chunk));
                }
                position++;
            }
            case MAJOR_ARRAY, MAJOR_MAP -> {
                while (!peekBreak()) {
                    skip(depth + 1);
                }
                position++;
            }
            default -> throw new CborException("indefinite length not allowed for major type " + major);
        }
    }

    private void skipItems(long count, int depth) {
        for (long i = 0; i < count; i++) {
            skip(depth + 1);
        }
    }

    private long readContainerHeader(int major, String what) {
        need(1);
        int initial = data[position] & 0xff;
        if (initial >>> 5 != major) {
            throw unexpected(what, initial);
        }
        if ((initial & 0x1f) == 31) {
            position++;
            return INDEFINITE;
        }
        position++;
        long length = argument(initial);
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new CborException(what + " length " + Long.toUnsignedString(length) + " too large");
        }
        return length;
    }

    private byte[] readString(int major, String what) {
        need(1);
        int initial = data[position] & 0xff;
        if (initial >>> 5 != major) {
            throw unexpected(what, initial);
        }
        position++;
        if ((initial & 0x1f) == 31) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (!peekBreak()) {
                int chunk = initialByte(major, what + " chunk");
                int length = length(argument(chunk));
                need(length);
                out.write(data, position, length);
                position += length;
            }
            position++;
            return out.toByteArray();
        }
        int length = length(argument(initial));
        need(length);
        byte[] value = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return value;
    }

    /** Consumes the initial byte after checking its major type. */
    private int initialByte(int major, String what) {
        need(1);
        int initial = data[position] & 0xff;
        if (initial >>> 5 != major || (initial & 0x1f) == 31) {
            throw unexpected(what, initial);
        }
        position++;
        return initial;
    }

    /** Reads the argument that follows an (already consumed) initial byte. */
    private long argument(int initial) {
        int info = initial & 0x1f;
        if (info < 24) {
            return info;
        }
        int size = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw new CborException("reserved additional information " + info + " at offset "
                    + (position - 1));
        };
        need(size);
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (data[position++] & 0xff);
        }
        return value;
    }

    private static int length(long argument) {
        if (argument < 0 || argument > Integer.MAX_VALUE) {
            throw new CborException("string length " + Long.toUnsignedString(argument) + " too large");
        }
        return (int) argument;
    }

    private void advance(long count) {
        int n = length(count);
        need(n);
        position += n;
    }

    private void need(int count) {
        if (limit - position < count) {
            throw new CborIncompleteException(count - (limit - position));
        }
    }

    private CborException unexpected(String what, int initial) {
        return new CborException("expected a CBOR " + what + " at offset " + position + ", got major type "
                + (initial >>> 5) + " (0x" + Integer.toHexString(initial) + ")");
    }
}
