package com.example.mithril.poolcount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The artifact hash: hex SHA-256 of "epoch:count". */
final class PoolCountHash {
    private PoolCountHash() {
    }

    static String of(long epoch, int count) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((Long.toUnsignedString(epoch) + ":" + count).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
