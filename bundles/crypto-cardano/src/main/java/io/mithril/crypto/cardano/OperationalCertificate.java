package io.mithril.crypto.cardano;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.cardano.internal.MiniCbor;
import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.crypto.internal.JsonHex;
import io.mithril.crypto.kes.KesVerificationKey;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A Cardano operational certificate with its cold verification key: the cold key signs
 * {@code kesVk(32) ‖ u64be(issueNumber) ‖ u64be(startKesPeriod)} (dmq.md §5).
 *
 * <p>Encodings: the reference's JSON-hex {@code [[[kesVk…],issue,start,[sig…]],[coldVk…]]}; CBOR
 * {@code [[bstr32, uint, uint, bstr64], bstr32]} (cardano-cli {@code node.cert} cborHex). Issue number and start
 * period are unsigned 64-bit values carried in {@code long}s.
 */
public final class OperationalCertificate {
    private final KesVerificationKey kesVerificationKey;
    private final long issueNumber;
    private final long startKesPeriod;
    private final Ed25519Signature signature;
    private final Ed25519VerificationKey coldVerificationKey;

    private OperationalCertificate(KesVerificationKey kesVerificationKey, long issueNumber, long startKesPeriod,
            Ed25519Signature signature, Ed25519VerificationKey coldVerificationKey) {
        this.kesVerificationKey = Objects.requireNonNull(kesVerificationKey, "kesVerificationKey");
        this.issueNumber = issueNumber;
        this.startKesPeriod = startKesPeriod;
        this.signature = Objects.requireNonNull(signature, "signature");
        this.coldVerificationKey = Objects.requireNonNull(coldVerificationKey, "coldVerificationKey");
    }

    /** Assembles a certificate from its fields (e.g. the DMQ message's opcert and cold key); not verified. */
    public static OperationalCertificate of(KesVerificationKey kesVerificationKey, long issueNumber,
            long startKesPeriod, Ed25519Signature signature, Ed25519VerificationKey coldVerificationKey) {
        return new OperationalCertificate(kesVerificationKey, issueNumber, startKesPeriod, signature,
                coldVerificationKey);
    }

    /** Issues a certificate for {@code kesVerificationKey}, signed by the pool's cold key. */
    public static OperationalCertificate issue(KesVerificationKey kesVerificationKey, long issueNumber,
            long startKesPeriod, Ed25519SigningKey coldKey) {
        byte[] message = signedMessage(kesVerificationKey, issueNumber, startKesPeriod);
        return new OperationalCertificate(kesVerificationKey, issueNumber, startKesPeriod, coldKey.sign(message),
                coldKey.verificationKey());
    }

    /** Decodes JSON-hex first, then CBOR bytes-hex. */
    public static OperationalCertificate decode(String text) {
        String hex = text.trim();
        if (JsonHex.looksLikeJsonHex(hex)) {
            return fromJson(JsonHex.parse(hex));
        }
        return fromCbor(JsonHex.decodeHex(hex));
    }

    /** Reads the serde JSON tree {@code [[kesVk, issue, start, sig], coldVk]}. */
    static OperationalCertificate fromJson(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isArray() || node.get(0).size() != 4) {
            throw new IllegalArgumentException("operational certificate: expected [[kesVk, issue, start, sig], coldVk]");
        }
        JsonNode body = node.get(0);
        return new OperationalCertificate(
                KesVerificationKey.fromBytes(JsonHex.bytes(body.get(0), KesVerificationKey.SIZE, "kes_vk")),
                JsonHex.unsignedLong(body.get(1), "issue_number"),
                JsonHex.unsignedLong(body.get(2), "start_kes_period"),
                Ed25519Signature.fromBytes(JsonHex.bytes(body.get(3), Ed25519Signature.SIZE, "cert_sig")),
                Ed25519VerificationKey.fromBytes(
                        JsonHex.bytes(node.get(1), Ed25519VerificationKey.SIZE, "cold_vk")));
    }

    /** Reads CBOR {@code [[bstr32, uint, uint, bstr64], bstr32]}. */
    public static OperationalCertificate fromCbor(byte[] cbor) {
        MiniCbor.Reader in = new MiniCbor.Reader(cbor);
        if (in.array() != 2 || in.array() != 4) {
            throw new IllegalArgumentException("operational certificate: expected CBOR [[kesVk, issue, start, sig], coldVk]");
        }
        OperationalCertificate cert = new OperationalCertificate(KesVerificationKey.fromBytes(in.bytes()), in.uint(),
                in.uint(), Ed25519Signature.fromBytes(in.bytes()), Ed25519VerificationKey.fromBytes(in.bytes()));
        if (!in.atEnd()) {
            throw new IllegalArgumentException("operational certificate: trailing bytes");
        }
        return cert;
    }

    /** The 48 bytes the cold key signs. */
    public static byte[] signedMessage(KesVerificationKey kesVerificationKey, long issueNumber, long startKesPeriod) {
        return ByteBuffer.allocate(48).put(kesVerificationKey.toBytes()).putLong(issueNumber)
                .putLong(startKesPeriod).array();
    }

    public byte[] signedMessage() {
        return signedMessage(kesVerificationKey, issueNumber, startKesPeriod);
    }

    /** True if the cold key's signature over {@link #signedMessage()} is valid. */
    public boolean hasValidSignature() {
        return coldVerificationKey.verify(signedMessage(), signature);
    }

    /** @throws SignerCertificationException {@code OPCERT_SIGNATURE_INVALID} */
    public void verify() throws SignerCertificationException {
        if (!hasValidSignature()) {
            throw new SignerCertificationException(SignerCertificationException.Reason.OPCERT_SIGNATURE_INVALID,
                    "invalid operational certificate: cold key signature does not verify");
        }
    }

    /** The pool (= Mithril party) this certificate belongs to. */
    public PoolId poolId() {
        return PoolId.ofColdVerificationKey(coldVerificationKey);
    }

    /** Compact serde JSON text. */
    public String toJson() {
        StringBuilder out = new StringBuilder(600).append("[[");
        JsonHex.appendByteArray(out, kesVerificationKey.toBytes()).append(',')
                .append(Long.toUnsignedString(issueNumber)).append(',')
                .append(Long.toUnsignedString(startKesPeriod)).append(',');
        JsonHex.appendByteArray(out, signature.toBytes()).append("],");
        return JsonHex.appendByteArray(out, coldVerificationKey.toBytes()).append(']').toString();
    }

    /** JSON-hex: the reference's output form (signer registrations, stake distribution artifacts). */
    public String toJsonHex() {
        return JsonHex.fromJson(toJson());
    }

    /** CBOR {@code [[kesVk, issue, start, sig], coldVk]}. */
    public byte[] toCbor() {
        return new MiniCbor.Writer().array(2).array(4).bytes(kesVerificationKey.toBytes()).uint(issueNumber)
                .uint(startKesPeriod).bytes(signature.toBytes()).bytes(coldVerificationKey.toBytes()).toByteArray();
    }

    /** CBOR {@code [kesVk, issue, start, sig]} (the reference's {@code OpCertWithoutColdVerificationKey}). */
    public byte[] toCborWithoutColdKey() {
        return new MiniCbor.Writer().array(4).bytes(kesVerificationKey.toBytes()).uint(issueNumber)
                .uint(startKesPeriod).bytes(signature.toBytes()).toByteArray();
    }

    public KesVerificationKey kesVerificationKey() {
        return kesVerificationKey;
    }

    public long issueNumber() {
        return issueNumber;
    }

    public long startKesPeriod() {
        return startKesPeriod;
    }

    public Ed25519Signature signature() {
        return signature;
    }

    public Ed25519VerificationKey coldVerificationKey() {
        return coldVerificationKey;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OperationalCertificate)) {
            return false;
        }
        OperationalCertificate c = (OperationalCertificate) o;
        return issueNumber == c.issueNumber && startKesPeriod == c.startKesPeriod
                && kesVerificationKey.equals(c.kesVerificationKey) && signature.equals(c.signature)
                && coldVerificationKey.equals(c.coldVerificationKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kesVerificationKey, issueNumber, startKesPeriod, signature, coldVerificationKey);
    }

    @Override
    public String toString() {
        return "OperationalCertificate[pool=" + poolId() + ", issue=" + Long.toUnsignedString(issueNumber)
                + ", start=" + Long.toUnsignedString(startKesPeriod) + "]";
    }
}
