package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A DMQ message (dmq-node {@code sig.cddl}, pallas {@code DmqMsg}; dmq.md §3.1):
 * {@code [msgId: bstr, payload: [body, kesPeriod, expiresAt], kesSignature: bstr,
 * opCert: [kesVk, issueNumber, startKesPeriod, certSig], coldVerificationKey: bstr]}.
 * The exact received bytes are kept (and forwarded verbatim by relays). Field sizes are not checked here.
 */
public final class DmqMessage {
    private final byte[] encoded;
    private final byte[] messageId;
    private final DmqMessagePayload payload;
    private final byte[] kesSignature;
    private final DmqOperationalCertificate operationalCertificate;
    private final byte[] coldVerificationKey;

    private DmqMessage(byte[] encoded, byte[] messageId, DmqMessagePayload payload, byte[] kesSignature,
            DmqOperationalCertificate operationalCertificate, byte[] coldVerificationKey) {
        this.encoded = encoded;
        this.messageId = messageId;
        this.payload = payload;
        this.kesSignature = kesSignature;
        this.operationalCertificate = operationalCertificate;
        this.coldVerificationKey = coldVerificationKey;
    }

    /** Assembles a message with the canonical encoding (the payload keeps its own bytes). */
    public static DmqMessage create(byte[] messageId, DmqMessagePayload payload, byte[] kesSignature,
            DmqOperationalCertificate operationalCertificate, byte[] coldVerificationKey) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(operationalCertificate, "operationalCertificate");
        byte[] encoded = new CborWriter().arrayHeader(5).bytes(messageId).raw(payload.bytesToSign())
                .bytes(kesSignature).arrayHeader(4).bytes(operationalCertificate.kesVerificationKey())
                .unsigned(operationalCertificate.issueNumber()).unsigned(operationalCertificate.startKesPeriod())
                .bytes(operationalCertificate.coldKeySignature()).bytes(coldVerificationKey).toByteArray();
        return new DmqMessage(encoded, messageId.clone(), payload, kesSignature.clone(), operationalCertificate,
                coldVerificationKey.clone());
    }

    /** Decodes exactly one message from {@code cbor} (trailing bytes are an error). */
    public static DmqMessage decode(byte[] cbor) {
        CborReader in = new CborReader(cbor);
        DmqMessage message = readFrom(in);
        if (in.hasMore()) {
            throw new CborException("DMQ message: " + (cbor.length - in.position()) + " trailing byte(s)");
        }
        return message;
    }

    /** Reads one message at the reader's position; its exact bytes are sliced out of the input. */
    public static DmqMessage readFrom(CborReader in) {
        int start = in.position();
        if (in.readArrayHeader() != 5) {
            throw new CborException("DMQ message: expected a 5-element array");
        }
        byte[] messageId = in.readBytes();
        DmqMessagePayload payload = DmqMessagePayload.readFrom(in);
        byte[] kesSignature = in.readBytes();
        if (in.readArrayHeader() != 4) {
            throw new CborException("DMQ message: expected a 4-element operational certificate");
        }
        DmqOperationalCertificate opcert = new DmqOperationalCertificate(in.readBytes(), in.readUnsigned(),
                in.readUnsigned(), in.readBytes());
        byte[] coldVerificationKey = in.readBytes();
        return new DmqMessage(in.slice(start, in.position()), messageId, payload, kesSignature, opcert,
                coldVerificationKey);
    }

    /** The exact CBOR of the message (as received, or as built). */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The message id as carried (validators compare it with Blake2b-256 of the payload bytes). */
    public byte[] messageId() {
        return messageId.clone();
    }

    public String messageIdHex() {
        return HexFormat.of().formatHex(messageId);
    }

    public DmqMessagePayload payload() {
        return payload;
    }

    public byte[] kesSignature() {
        return kesSignature.clone();
    }

    public DmqOperationalCertificate operationalCertificate() {
        return operationalCertificate;
    }

    public byte[] coldVerificationKey() {
        return coldVerificationKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DmqMessage m && Arrays.equals(encoded, m.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "DmqMessage[id=" + messageIdHex() + ", " + payload + "]";
    }
}
