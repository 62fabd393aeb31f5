package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * The signed part of a DMQ message, {@code [msgBody: bstr, kesPeriod: uint, expiresAt: uint]}, kept with its exact
 * CBOR bytes: the message id is Blake2b-256 of those bytes and the KES signature covers them (dmq.md §3.1), so they
 * are never re-encoded once received.
 */
public final class DmqMessagePayload {
    /** expiresAt is a Haskell {@code Word32} (Unix seconds). */
    public static final long MAX_EXPIRES_AT = 0xffffffffL;

    private final byte[] encoded;
    private final byte[] body;
    private final long kesPeriod;
    private final long expiresAt;

    private DmqMessagePayload(byte[] encoded, byte[] body, long kesPeriod, long expiresAt) {
        this.encoded = encoded;
        this.body = body;
        this.kesPeriod = kesPeriod;
        this.expiresAt = expiresAt;
    }

    /** Builds a payload with the canonical encoding (what pallas' {@code bytes_to_sign} produces). */
    public static DmqMessagePayload create(byte[] body, long kesPeriod, long expiresAt) {
        Objects.requireNonNull(body, "body");
        if (expiresAt < 0 || expiresAt > MAX_EXPIRES_AT) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is not a 32-bit unsigned value");
        }
        byte[] encoded = new CborWriter().arrayHeader(3).bytes(body).unsigned(kesPeriod).unsigned(expiresAt)
                .toByteArray();
        return new DmqMessagePayload(encoded, body.clone(), kesPeriod, expiresAt);
    }

    /** Reads the payload at the reader's position, keeping its received bytes. */
    public static DmqMessagePayload readFrom(CborReader in) {
        int start = in.position();
        if (in.readArrayHeader() != 3) {
            throw new CborException("DMQ payload: expected [body, kesPeriod, expiresAt]");
        }
        byte[] body = in.readBytes();
        long kesPeriod = in.readUnsigned();
        long expiresAt = in.readUnsigned(MAX_EXPIRES_AT, "expiresAt");
        return new DmqMessagePayload(in.slice(start, in.position()), body, kesPeriod, expiresAt);
    }

    /** The exact bytes that are hashed into the message id and KES-signed. */
    public byte[] bytesToSign() {
        return encoded.clone();
    }

    public byte[] body() {
        return body.clone();
    }

    /** The absolute KES period the signature was made at (unsigned 64-bit). */
    public long kesPeriod() {
        return kesPeriod;
    }

    /** Unix seconds after which the message is dead. */
    public long expiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DmqMessagePayload p && Arrays.equals(encoded, p.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "DmqMessagePayload[body=" + body.length + " bytes, kesPeriod=" + Long.toUnsignedString(kesPeriod)
                + ", expiresAt=" + expiresAt + "]";
    }
}
