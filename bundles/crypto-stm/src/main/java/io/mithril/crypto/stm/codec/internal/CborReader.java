package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.stm.StmException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one CBOR item into a {@link Tree}. General enough to skip anything a newer reference may add (tags, byte and
 * text strings, definite and indefinite containers, all float widths); map keys must be text.
 */
public final class CborReader {
    private static final int MAX_DEPTH = 64;

    private final byte[] in;
    private int pos;

    private CborReader(byte[] in, int offset) {
        this.in = in;
        this.pos = offset;
    }

    /** Decodes the item starting at {@code offset}; trailing bytes are ignored, as ciborium's reader does. */
    public static Object read(byte[] in, int offset) throws StmException {
        return new CborReader(in, offset).item(0);
    }

    private Object item(int depth) throws StmException {
        if (depth > MAX_DEPTH) {
            throw Tree.error("CBOR nested too deeply");
        }
        int initial = u8();
        int major = initial >>> 5;
        int info = initial & 0x1F;
        switch (major) {
            case 0:
                return unsigned(argument(info));
            case 1:
                return unsignedBig(argument(info)).add(BigInteger.ONE).negate();
            case 2:
                return info == 31 ? indefiniteString(2) : take(length(argument(info)));
            case 3:
                return new String(info == 31 ? indefiniteString(3) : take(length(argument(info))), StandardCharsets.UTF_8);
            case 4:
                return array(info, depth);
            case 5:
                return map(info, depth);
            case 6:
                argument(info); // tags carry no meaning for these types
                return item(depth + 1);
            default:
                return simple(info);
        }
    }

    private List<Object> array(int info, int depth) throws StmException {
        List<Object> list = new ArrayList<>();
        if (info == 31) {
            while (!atBreak()) {
                list.add(item(depth + 1));
            }
            return list;
        }
        int n = length(argument(info));
        for (int i = 0; i < n; i++) {
            list.add(item(depth + 1));
        }
        return list;
    }

    private Map<String, Object> map(int info, int depth) throws StmException {
        Map<String, Object> map = new LinkedHashMap<>();
        int n = info == 31 ? -1 : length(argument(info));
        for (int i = 0; n < 0 ? !atBreak() : i < n; i++) {
            Object key = item(depth + 1);
            if (!(key instanceof String)) {
                throw Tree.error("CBOR map keys must be text");
            }
            if (map.put((String) key, item(depth + 1)) != null) {
                throw Tree.error("duplicate CBOR map key " + key);
            }
        }
        return map;
    }

    private Object simple(int info) throws StmException {
        switch (info) {
            case 20:
                return Boolean.FALSE;
            case 21:
                return Boolean.TRUE;
            case 22:
            case 23:
                return Tree.NULL;
            case 25:
                return HalfFloat.toDouble((int) fixed(2));
            case 26:
                return (double) Float.intBitsToFloat((int) fixed(4));
            case 27:
                return Double.longBitsToDouble(fixed(8));
            default:
                throw Tree.error("unsupported CBOR simple value " + info);
        }
    }

    private byte[] indefiniteString(int major) throws StmException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        while (!atBreak()) {
            int initial = u8();
            if (initial >>> 5 != major || (initial & 0x1F) == 31) {
                throw Tree.error("bad chunk in an indefinite CBOR string");
            }
            chunks.writeBytes(take(length(argument(initial & 0x1F))));
        }
        return chunks.toByteArray();
    }

    private boolean atBreak() throws StmException {
        if (pos >= in.length) {
            throw Tree.error("truncated CBOR");
        }
        if ((in[pos] & 0xFF) == 0xFF) {
            pos++;
            return true;
        }
        return false;
    }

    private long argument(int info) throws StmException {
        if (info < 24) {
            return info;
        }
        switch (info) {
            case 24:
                return fixed(1);
            case 25:
                return fixed(2);
            case 26:
                return fixed(4);
            case 27:
                return fixed(8);
            default:
                throw Tree.error("bad CBOR additional information " + info);
        }
    }

    private int length(long n) throws StmException {
        if (n < 0 || n > in.length - pos) {
            throw Tree.error("CBOR length " + Long.toUnsignedString(n) + " exceeds the input");
        }
        return (int) n;
    }

    private long fixed(int n) throws StmException {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | u8();
        }
        return v;
    }

    private int u8() throws StmException {
        if (pos >= in.length) {
            throw Tree.error("truncated CBOR");
        }
        return in[pos++] & 0xFF;
    }

    private byte[] take(int n) {
        byte[] b = new byte[n];
        System.arraycopy(in, pos, b, 0, n);
        pos += n;
        return b;
    }

    private static Object unsigned(long v) {
        return v >= 0 ? (Object) v : unsignedBig(v);
    }

    private static BigInteger unsignedBig(long v) {
        BigInteger b = BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }
}
