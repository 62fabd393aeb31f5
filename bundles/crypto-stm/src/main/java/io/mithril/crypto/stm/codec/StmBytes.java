package io.mithril.crypto.stm.codec;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.MerkleBatchPath;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.SingleSignatureWithRegisteredParty;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.internal.CborCodec;
import io.mithril.crypto.stm.codec.internal.LegacyCodec;
import io.mithril.crypto.stm.codec.internal.Points;
import java.util.Arrays;

/**
 * The reference's {@code to_bytes()} / {@code from_bytes()} forms. {@code toBytes} writes CBOR v1 ({@code 0x01 ||
 * CBOR}, what mithril-stm has produced since 0.10, e.g. single signatures sent over DMQ); {@code toLegacyBytes} writes
 * the older big-endian packing. Decoders accept both: a first byte 0x01 means CBOR, anything else legacy (for
 * aggregate signatures, where 0x01 is also the legacy SNARK type byte, CBOR is tried first and legacy on failure).
 * Raw BLS keys with proof of possession (192 bytes) never carry a prefix.
 */
public final class StmBytes {
    private static final byte CBOR_V1 = 0x01;

    private StmBytes() {
    }

    public static byte[] toBytes(SingleSignature sig) {
        return CborCodec.singleSignature(sig);
    }

    public static byte[] toBytes(RegistrationEntry entry) {
        return CborCodec.registrationEntry(entry);
    }

    public static byte[] toBytes(SingleSignatureWithRegisteredParty s) {
        return CborCodec.signatureWithParty(s);
    }

    public static byte[] toBytes(MerkleBatchPath path) {
        return CborCodec.batchPath(path);
    }

    public static byte[] toBytes(AggregateVerificationKey avk) {
        return CborCodec.aggregateVerificationKey(avk);
    }

    public static byte[] toBytes(Parameters params) {
        return CborCodec.parameters(params);
    }

    /** Raw {@code vk || k1 || k2} (192 bytes), the form a signer's KES signature covers. */
    public static byte[] toBytes(BlsVerificationKeyProofOfPossession key) {
        return key.toBytes();
    }

    /** The {@code AggregateSignature} envelope (type Concatenation) around the proof. */
    public static byte[] aggregateSignatureToBytes(ConcatenationProof proof) {
        return CborCodec.aggregateSignature(proof);
    }

    /** The bare {@code ConcatenationProof}. */
    public static byte[] concatenationProofToBytes(ConcatenationProof proof) {
        return CborCodec.concatenationProof(proof);
    }

    public static byte[] toLegacyBytes(SingleSignature sig) {
        return LegacyCodec.singleSignature(sig);
    }

    public static byte[] toLegacyBytes(RegistrationEntry entry) {
        return LegacyCodec.registrationEntry(entry);
    }

    public static byte[] toLegacyBytes(SingleSignatureWithRegisteredParty s) {
        return LegacyCodec.signatureWithParty(s);
    }

    public static byte[] toLegacyBytes(MerkleBatchPath path) {
        return LegacyCodec.batchPath(path);
    }

    public static byte[] toLegacyBytes(AggregateVerificationKey avk) {
        return LegacyCodec.aggregateVerificationKey(avk);
    }

    public static byte[] toLegacyBytes(Parameters params) {
        return LegacyCodec.parameters(params);
    }

    public static byte[] aggregateSignatureToLegacyBytes(ConcatenationProof proof) {
        return LegacyCodec.aggregateSignature(proof);
    }

    public static byte[] concatenationProofToLegacyBytes(ConcatenationProof proof) {
        return LegacyCodec.concatenationProof(proof);
    }

    // ---- decoding (CBOR v1 or legacy) ----

    public static SingleSignature decodeSingleSignature(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeSingleSignature(bytes) : LegacyCodec.decodeSingleSignature(bytes);
    }

    public static RegistrationEntry decodeRegistrationEntry(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeRegistrationEntry(bytes) : LegacyCodec.decodeRegistrationEntry(bytes);
    }

    public static SingleSignatureWithRegisteredParty decodeSignatureWithParty(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeSignatureWithParty(bytes) : LegacyCodec.decodeSignatureWithParty(bytes);
    }

    public static MerkleBatchPath decodeBatchPath(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeBatchPath(bytes) : LegacyCodec.decodeBatchPath(bytes);
    }

    public static ConcatenationProof decodeConcatenationProof(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeConcatenationProof(bytes) : LegacyCodec.decodeConcatenationProof(bytes);
    }

    /** CBOR first when the first byte is 0x01, falling back to legacy (whose type byte 0x01 is SNARK). */
    public static ConcatenationProof decodeAggregateSignature(byte[] bytes) throws StmException {
        if (isCbor(bytes)) {
            try {
                return CborCodec.decodeAggregateSignature(bytes);
            } catch (StmException e) {
                if (e.kind() != StmError.SERIALIZATION) {
                    throw e;
                }
            }
        }
        return LegacyCodec.decodeAggregateSignature(bytes);
    }

    public static AggregateVerificationKey decodeAggregateVerificationKey(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeAggregateVerificationKey(bytes)
                : LegacyCodec.decodeAggregateVerificationKey(bytes);
    }

    public static Parameters decodeParameters(byte[] bytes) throws StmException {
        return isCbor(bytes) ? CborCodec.decodeParameters(bytes) : LegacyCodec.decodeParameters(bytes);
    }

    /** Raw 192 bytes {@code vk || k1 || k2}; the proof of possession is decoded, not yet verified. */
    public static BlsVerificationKeyProofOfPossession decodeVerificationKeyProofOfPossession(byte[] bytes)
            throws StmException {
        if (bytes.length != BlsVerificationKeyProofOfPossession.SIZE) {
            throw new StmException(StmError.SERIALIZATION, "verification key with proof of possession must be 192 bytes");
        }
        return Points.verificationKeyProofOfPossession(Arrays.copyOfRange(bytes, 0, 96),
                Arrays.copyOfRange(bytes, 96, 192));
    }

    private static boolean isCbor(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == CBOR_V1;
    }
}
