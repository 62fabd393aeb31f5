package io.mithril.crypto.cardano;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * BIP-173 bech32 (not bech32m), as Cardano uses it for pool ids and keys. Unlike BIP-173 the 90-character limit is
 * not enforced (Cardano addresses exceed it); 1023 characters is the cap here.
 */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int MAX_LENGTH = 1023;

    /** A decoded bech32 string. */
    public record Decoded(String hrp, byte[] data) {
    }

    private Bech32() {
    }

    /** Encodes 8-bit {@code data} under the (lowercase) human-readable part. */
    public static String encode(String hrp, byte[] data) {
        checkHrp(hrp);
        byte[] values = convertBits(data, 8, 5, true);
        byte[] checksum = checksum(hrp, values);
        StringBuilder out = new StringBuilder(hrp.length() + 1 + values.length + 6).append(hrp).append('1');
        for (byte v : values) {
            out.append(CHARSET.charAt(v));
        }
        for (byte v : checksum) {
            out.append(CHARSET.charAt(v));
        }
        return out.toString();
    }

    /** Decodes and checks the checksum; mixed case is rejected. */
    public static Decoded decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("bech32: too long");
        }
        if (!text.equals(text.toLowerCase(Locale.ROOT)) && !text.equals(text.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("bech32: mixed case");
        }
        String s = text.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (sep < 1 || sep + 7 > s.length()) {
            throw new IllegalArgumentException("bech32: missing separator or checksum");
        }
        String hrp = s.substring(0, sep);
        checkHrp(hrp);
        byte[] values = new byte[s.length() - sep - 1];
        for (int i = 0; i < values.length; i++) {
            int v = CHARSET.indexOf(s.charAt(sep + 1 + i));
            if (v < 0) {
                throw new IllegalArgumentException("bech32: invalid character '" + s.charAt(sep + 1 + i) + "'");
            }
            values[i] = (byte) v;
        }
        if (polymod(hrp, values, values.length) != 1) {
            throw new IllegalArgumentException("bech32: invalid checksum");
        }
        byte[] payload = java.util.Arrays.copyOf(values, values.length - 6);
        return new Decoded(hrp, convertBits(payload, 5, 8, false));
    }

    private static void checkHrp(String hrp) {
        if (hrp.isEmpty() || hrp.length() > 83) {
            throw new IllegalArgumentException("bech32: invalid human-readable part length");
        }
        for (int i = 0; i < hrp.length(); i++) {
            char c = hrp.charAt(i);
            if (c < 33 || c > 126 || (c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("bech32: invalid human-readable part character");
            }
        }
    }

    private static byte[] checksum(String hrp, byte[] values) {
        byte[] padded = java.util.Arrays.copyOf(values, values.length + 6);
        int mod = polymod(hrp, padded, padded.length) ^ 1;
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) ((mod >>> (5 * (5 - i))) & 31);
        }
        return out;
    }

    private static int polymod(String hrp, byte[] values, int length) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (int i = 0; i < length; i++) {
            chk = step(chk, values[i]);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        int next = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                next ^= GENERATOR[i];
            }
        }
        return next;
    }

    private static byte[] convertBits(byte[] in, int from, int to, boolean pad) {
        int acc = 0;
        int bits = 0;
        int maxv = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * from / to + 1);
        for (byte b : in) {
            int value = b & 0xff;
            if ((value >>> from) != 0) {
                throw new IllegalArgumentException("bech32: invalid data value");
            }
            acc = (acc << from) | value;
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write((acc >>> bits) & maxv);
            }
        }
        if (pad) {
            if (bits > 0) {
                out.write((acc << (to - bits)) & maxv);
            }
        } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
            throw new IllegalArgumentException("bech32: invalid padding");
        }
        return out.toByteArray();
    }
}
