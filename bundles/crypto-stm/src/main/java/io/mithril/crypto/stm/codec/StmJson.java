package io.mithril.crypto.stm.codec;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.MerkleBatchPath;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.SingleSignatureWithRegisteredParty;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.internal.JsonTreeReader;
import io.mithril.crypto.stm.codec.internal.JsonWriter;
import io.mithril.crypto.stm.codec.internal.Shapes;

/**
 * serde_json compact JSON of the STM values, byte-identical to the reference (certificate hashes are computed over
 * it). Decoding accepts any whitespace and ignores unknown object fields.
 */
public final class StmJson {
    private StmJson() {
    }

    public static String toJson(SingleSignature sig) {
        return new JsonWriter(64 + 4 * 48 + 6 * sig.indexCount()).singleSignature(sig).result();
    }

    public static String toJson(RegistrationEntry entry) {
        return new JsonWriter(420).registrationEntry(entry).result();
    }

    public static String toJson(SingleSignatureWithRegisteredParty s) {
        return new JsonWriter(700).signatureWithParty(s).result();
    }

    public static String toJson(MerkleBatchPath path) {
        return new JsonWriter(256).batchPath(path).result();
    }

    /** The JSON of the proof, which is also the (untagged) JSON of {@code AggregateSignature::Concatenation}. */
    public static String toJson(ConcatenationProof proof) {
        return new JsonWriter(1024 * (proof.signatures().size() + 1)).concatenationProof(proof).result();
    }

    public static String toJson(AggregateVerificationKey avk) {
        return new JsonWriter(200).aggregateVerificationKey(avk).result();
    }

    /** {@code {"m":..,"k":..,"phi_f":..}} (the STM struct order). */
    public static String toJson(Parameters params) {
        return new JsonWriter(64).parameters(params).result();
    }

    public static String toJson(BlsVerificationKeyProofOfPossession key) {
        return new JsonWriter(720).verificationKeyProofOfPossession(key).result();
    }

    public static SingleSignature decodeSingleSignature(String json) throws StmException {
        return Shapes.singleSignature(JsonTreeReader.parse(json));
    }

    public static RegistrationEntry decodeRegistrationEntry(String json) throws StmException {
        return Shapes.registrationEntryJson(JsonTreeReader.parse(json));
    }

    public static SingleSignatureWithRegisteredParty decodeSignatureWithParty(String json) throws StmException {
        return Shapes.signatureWithPartyJson(JsonTreeReader.parse(json));
    }

    public static MerkleBatchPath decodeBatchPath(String json) throws StmException {
        return Shapes.batchPath(JsonTreeReader.parse(json));
    }

    /** An {@code AggregateSignature} (Concatenation; SNARK variants are rejected as unsupported). */
    public static ConcatenationProof decodeAggregateSignature(String json) throws StmException {
        return Shapes.concatenationProofJson(JsonTreeReader.parse(json));
    }

    public static AggregateVerificationKey decodeAggregateVerificationKey(String json) throws StmException {
        return Shapes.aggregateVerificationKey(JsonTreeReader.parse(json));
    }

    /** Accepts either field order ({@code m,k,phi_f} or the certificate's {@code k,m,phi_f}). */
    public static Parameters decodeParameters(String json) throws StmException {
        return Shapes.parameters(JsonTreeReader.parse(json));
    }

    public static BlsVerificationKeyProofOfPossession decodeVerificationKeyProofOfPossession(String json)
            throws StmException {
        return Shapes.verificationKeyProofOfPossessionJson(JsonTreeReader.parse(json));
    }
}
