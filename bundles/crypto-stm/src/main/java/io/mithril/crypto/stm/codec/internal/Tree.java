package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decoded form shared by the JSON and CBOR readers: maps with text keys ({@code Map<String, Object>}), arrays
 * ({@code List<Object>}, or {@code long[]} for JSON arrays of non-negative integers), unsigned integers ({@code Long} when they fit, else {@code BigInteger}), floats
 * ({@code Double}), {@link #NULL}, strings, booleans and CBOR byte strings ({@code byte[]}). Typed accessors throw
 * {@link StmError#SERIALIZATION}.
 */
public final class Tree {
    /** The null value (maps and lists cannot hold Java null conveniently). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Tree() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node, String what) throws StmException {
        if (!(node instanceof Map)) {
            throw error(what + " must be a map/object");
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node, String what) throws StmException {
        if (node instanceof long[]) {
            List<Object> boxed = new ArrayList<>();
            for (long v : (long[]) node) {
                boxed.add(v);
            }
            return boxed;
        }
        if (!(node instanceof List)) {
            throw error(what + " must be an array");
        }
        return (List<Object>) node;
    }

    public static Object field(Map<String, Object> map, String key) throws StmException {
        Object v = map.get(key);
        if (v == null) {
            throw error("missing field " + key);
        }
        return v;
    }

    /** An unsigned 64-bit integer, returned in a long (two's complement above 2^63). */
    public static long u64(Object node, String what) throws StmException {
        if (node instanceof Long) {
            return (Long) node;
        }
        if (node instanceof BigInteger) {
            BigInteger b = (BigInteger) node;
            if (b.signum() >= 0 && b.compareTo(TWO_64) < 0) {
                return b.longValue();
            }
        }
        throw error(what + " must be an unsigned 64-bit integer");
    }

    public static long[] u64Array(Object node, String what) throws StmException {
        if (node instanceof long[]) {
            return (long[]) node;
        }
        List<Object> items = list(node, what);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = u64(items.get(i), what);
        }
        return out;
    }

    /** Bytes as the reference serialises them: an array of integers 0..255 (a CBOR byte string is also accepted). */
    public static byte[] bytes(Object node, String what) throws StmException {
        if (node instanceof byte[]) {
            return (byte[]) node;
        }
        if (node instanceof long[]) {
            long[] values = (long[]) node;
            byte[] out = new byte[values.length];
            for (int i = 0; i < out.length; i++) {
                if (values[i] > 255) {
                    throw error(what + " must be an array of bytes");
                }
                out[i] = (byte) values[i];
            }
            return out;
        }
        List<Object> items = list(node, what);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            if (!(item instanceof Long) || (Long) item > 255) {
                throw error(what + " must be an array of bytes");
            }
            out[i] = (byte) (long) (Long) item;
        }
        return out;
    }

    public static byte[] bytes(Object node, int length, String what) throws StmException {
        byte[] b = bytes(node, what);
        if (b.length != length) {
            throw error(what + " must be " + length + " bytes, got " + b.length);
        }
        return b;
    }

    public static double f64(Object node, String what) throws StmException {
        if (node instanceof Double) {
            return (Double) node;
        }
        if (node instanceof Long) {
            return (Long) node;
        }
        if (node instanceof BigInteger) {
            return ((BigInteger) node).doubleValue();
        }
        throw error(what + " must be a number");
    }

    public static StmException error(String message) {
        return new StmException(StmError.SERIALIZATION, message);
    }
}
