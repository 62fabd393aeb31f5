package io.mithril.signature.dmq;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The Mithril message inside a DMQ payload ({@code RegisterSignatureMessageDmq}, dmq.md §3.2), binary:
 * {@code u16be len ‖ bincode(SignedEntityType) ‖ u32be len ‖ single-signature bytes}. The single signature is kept
 * as received (legacy or CBOR layout): decoding it is the signature processor's job.
 */
public final class MithrilDmqBody {
    private final DmqSignedEntityType signedEntityType;
    private final byte[] singleSignature;

    public MithrilDmqBody(DmqSignedEntityType signedEntityType, byte[] singleSignature) {
        this.signedEntityType = Objects.requireNonNull(signedEntityType, "signedEntityType");
        this.singleSignature = Objects.requireNonNull(singleSignature, "singleSignature").clone();
    }

    /**
     * @throws DmqValidationException {@code INVALID_BODY} (sizes, truncation, trailing bytes) or
     *         {@code UNSUPPORTED_SIGNED_ENTITY_TYPE}
     */
    public static MithrilDmqBody decode(byte[] body) throws DmqValidationException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] signedEntityType = readPrefixed(in, 2);
        byte[] signature = readPrefixed(in, 4);
        if (in.hasRemaining()) {
            throw new DmqValidationException(DropReason.INVALID_BODY, in.remaining() + " trailing byte(s) in body");
        }
        if (signature.length == 0) {
            throw new DmqValidationException(DropReason.INVALID_BODY, "empty single signature");
        }
        return new MithrilDmqBody(DmqSignedEntityType.fromBincode(signedEntityType), signature);
    }

    public byte[] encode() {
        byte[] type = signedEntityType.toBincode();
        return ByteBuffer.allocate(2 + type.length + 4 + singleSignature.length).putShort((short) type.length)
                .put(type).putInt(singleSignature.length).put(singleSignature).array();
    }

    public DmqSignedEntityType signedEntityType() {
        return signedEntityType;
    }

    public byte[] singleSignature() {
        return singleSignature.clone();
    }

    /** The single signature as bytes-hex (the envelope's form). */
    public String singleSignatureHex() {
        return HexFormat.of().formatHex(singleSignature);
    }

    private static byte[] readPrefixed(ByteBuffer in, int prefixSize) throws DmqValidationException {
        if (in.remaining() < prefixSize) {
            throw new DmqValidationException(DropReason.INVALID_BODY, "body ends inside a length prefix");
        }
        long length = prefixSize == 2 ? Short.toUnsignedInt(in.getShort()) : Integer.toUnsignedLong(in.getInt());
        if (length > in.remaining()) {
            throw new DmqValidationException(DropReason.INVALID_BODY, "length " + length + " exceeds the "
                    + in.remaining() + " remaining body bytes");
        }
        byte[] value = new byte[(int) length];
        in.get(value);
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MithrilDmqBody b && signedEntityType.equals(b.signedEntityType)
                && Arrays.equals(singleSignature, b.singleSignature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(signedEntityType, Arrays.hashCode(singleSignature));
    }

    @Override
    public String toString() {
        return "MithrilDmqBody[" + signedEntityType.toJson() + ", signature " + singleSignature.length + " bytes]";
    }
}
