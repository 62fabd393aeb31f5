package io.mithril.domain.internal;

import java.util.HexFormat;

/** Lowercase hex helpers (the reference emits lowercase hex everywhere). */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Decodes hex (either case); throws IllegalArgumentException on odd length or a non-hex character. */
    public static byte[] decode(String hex) {
        return FORMAT.parseHex(hex);
    }

    public static boolean isHex(String s) {
        if (s.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
