package io.mithril.crypto.ed25519;

import java.math.BigInteger;
import java.util.Set;

/**
 * The small-order ("weak") point test of ed25519-dalek's {@code verify_strict}, which BouncyCastle does not expose.
 * A point has small order iff its y coordinate (mod p) is one of five values: 0, 1, -1 and the two y of the order-8
 * points; the x sign does not matter because P and -P have the same order.
 */
final class Ed25519Strictness {
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    // y of the order-8 point encoded c7176a70...ac037a (RFC 8032 small-order list); the other is p - y.
    private static final BigInteger Y8 = littleEndian(org.bouncycastle.util.encoders.Hex.decode(
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"), 0);
    private static final Set<BigInteger> SMALL_ORDER_Y =
            Set.of(BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE), Y8, P.subtract(Y8));

    private Ed25519Strictness() {
    }

    /** True if the 32-byte point encoding at {@code offset} decodes to a point of order dividing 8. */
    static boolean hasSmallOrder(byte[] encoding, int offset) {
        return SMALL_ORDER_Y.contains(littleEndian(encoding, offset).mod(P));
    }

    private static BigInteger littleEndian(byte[] bytes, int offset) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[31 - i] = bytes[offset + i];
        }
        be[0] &= 0x7f; // drop the x sign bit
        return new BigInteger(1, be);
    }
}
