package io.mithril.crypto.stm.codec;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.internal.JsonTreeReader;
import io.mithril.crypto.stm.codec.internal.Shapes;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * JSON-hex, the form the network carries today ({@code hex_lowercase(utf8(serde_json compact))}), with mithril-common's
 * {@code ProtocolKey} decoding rule: JSON-hex first, then bytes-hex (CBOR v1 or legacy, see {@link StmBytes}).
 * When neither decodes, the error reported is the JSON one if the bytes look like JSON, else the bytes one.
 */
public final class StmJsonHex {
    private static final HexFormat HEX = HexFormat.of();

    private StmJsonHex() {
    }

    public static String encode(SingleSignature sig) {
        return hex(StmJson.toJson(sig));
    }

    /** The certificate {@code multi_signature} form. */
    public static String encode(ConcatenationProof aggregateSignature) {
        return hex(StmJson.toJson(aggregateSignature));
    }

    /** The certificate {@code aggregate_verification_key} and {@code next_aggregate_verification_key} form. */
    public static String encode(AggregateVerificationKey avk) {
        return hex(StmJson.toJson(avk));
    }

    /** The signer registration {@code verification_key_for_concatenation} form. */
    public static String encode(BlsVerificationKeyProofOfPossession key) {
        return hex(StmJson.toJson(key));
    }

    public static SingleSignature decodeSingleSignature(String hex) throws StmException {
        byte[] bytes = unhex(hex);
        return decode(bytes, json -> Shapes.singleSignature(JsonTreeReader.parse(json)), StmBytes::decodeSingleSignature);
    }

    public static ConcatenationProof decodeAggregateSignature(String hex) throws StmException {
        byte[] bytes = unhex(hex);
        return decode(bytes, json -> Shapes.concatenationProofJson(JsonTreeReader.parse(json)),
                StmBytes::decodeAggregateSignature);
    }

    public static AggregateVerificationKey decodeAggregateVerificationKey(String hex) throws StmException {
        byte[] bytes = unhex(hex);
        return decode(bytes, json -> Shapes.aggregateVerificationKey(JsonTreeReader.parse(json)),
                StmBytes::decodeAggregateVerificationKey);
    }

    /** JSON-hex {@code {"vk":..,"pop":..}} or the 192 raw bytes; the proof of possession is not yet verified. */
    public static BlsVerificationKeyProofOfPossession decodeVerificationKeyProofOfPossession(String hex)
            throws StmException {
        byte[] bytes = unhex(hex);
        return decode(bytes, json -> Shapes.verificationKeyProofOfPossessionJson(JsonTreeReader.parse(json)),
                StmBytes::decodeVerificationKeyProofOfPossession);
    }

    private interface Decoder<I, T> {
        T decode(I input) throws StmException;
    }

    /** The JSON decoder reads the UTF-8 bytes directly (no intermediate String: certificates can be ~1 MB). */
    private static <T> T decode(byte[] bytes, Decoder<byte[], T> json, Decoder<byte[], T> binary) throws StmException {
        StmException jsonError;
        try {
            return json.decode(bytes);
        } catch (StmException e) {
            jsonError = e;
        }
        try {
            return binary.decode(bytes);
        } catch (StmException bytesError) {
            boolean looksLikeJson = bytes.length > 0 && (bytes[0] == '{' || bytes[0] == '[');
            throw looksLikeJson ? jsonError : bytesError;
        }
    }

    private static String hex(String json) {
        return HEX.formatHex(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] unhex(String hex) throws StmException {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new StmException(StmError.SERIALIZATION, "not a hex string: " + e.getMessage());
        }
    }
}
