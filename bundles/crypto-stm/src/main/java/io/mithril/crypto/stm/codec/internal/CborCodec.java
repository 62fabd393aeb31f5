package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.MerkleBatchPath;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.SingleSignatureWithRegisteredParty;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmBytes;
import java.util.List;
import java.util.Map;

/**
 * The CBOR v1 {@code to_bytes()} forms ({@code 0x01 || CBOR}). Composite values embed the complete {@code to_bytes()}
 * of their parts as integer arrays; nested parts are decoded through {@link StmBytes}, so each may itself be CBOR or
 * legacy.
 */
public final class CborCodec {
    /** {@code AggregateSignatureType::Concatenation}. */
    public static final long CONCATENATION = 0;

    private CborCodec() {
    }

    public static byte[] singleSignature(SingleSignature sig) {
        // #[serde(flatten)] makes serde emit an indefinite-length map here.
        return CborWriter.versioned().indefiniteMap()
                .text("sigma").bytes(sig.sigma().toBytes())
                .text("indexes").uintArray(sig.indexes())
                .text("signer_index").uint(sig.signerIndex())
                .end().toByteArray();
    }

    public static byte[] registrationEntry(RegistrationEntry entry) {
        return CborWriter.versioned().map(2)
                .text("verification_key_bytes").bytes(entry.verificationKey().toBytes())
                .text("stake").uint(entry.stake()).toByteArray();
    }

    public static byte[] signatureWithParty(SingleSignatureWithRegisteredParty s) {
        return CborWriter.versioned().map(2)
                .text("signature_bytes").bytes(singleSignature(s.signature()))
                .text("registration_entry_bytes").bytes(registrationEntry(s.registrationEntry())).toByteArray();
    }

    public static byte[] batchPath(MerkleBatchPath path) {
        List<byte[]> values = path.values();
        CborWriter w = CborWriter.versioned().map(3).text("values").array(values.size());
        for (byte[] v : values) {
            w.bytes(v);
        }
        return w.text("indices").uintArray(path.indices()).text("hasher").nullValue().toByteArray();
    }

    public static byte[] concatenationProof(ConcatenationProof proof) {
        CborWriter w = CborWriter.versioned().map(2).text("signature_bytes").array(proof.signatures().size());
        for (SingleSignatureWithRegisteredParty s : proof.signatures()) {
            w.bytes(signatureWithParty(s));
        }
        return w.text("batch_proof_bytes").bytes(batchPath(proof.batchProof())).toByteArray();
    }

    public static byte[] aggregateSignature(ConcatenationProof proof) {
        return CborWriter.versioned().map(2)
                .text("signature_type").uint(CONCATENATION)
                .text("proof_bytes").bytes(concatenationProof(proof)).toByteArray();
    }

    public static byte[] aggregateVerificationKey(AggregateVerificationKey avk) {
        return CborWriter.versioned().map(2)
                .text("mt_commitment").map(3)
                .text("root").bytes(avk.root())
                .text("nr_leaves").uint(avk.nrLeaves())
                .text("hasher").nullValue()
                .text("total_stake").uint(avk.totalStake()).toByteArray();
    }

    public static byte[] parameters(Parameters p) {
        return CborWriter.versioned().map(3)
                .text("m").uint(p.m()).text("k").uint(p.k()).text("phi_f").float64(p.phiF()).toByteArray();
    }

    // ---- decoding: the input still starts with the 0x01 version byte ----

    public static SingleSignature decodeSingleSignature(byte[] bytes) throws StmException {
        return Shapes.singleSignature(read(bytes));
    }

    public static RegistrationEntry decodeRegistrationEntry(byte[] bytes) throws StmException {
        Map<String, Object> map = Tree.map(read(bytes), "registration entry");
        return new RegistrationEntry(
                Points.verificationKey(Tree.bytes(Tree.field(map, "verification_key_bytes"), BlsVerificationKey.SIZE,
                        "verification_key_bytes")),
                Tree.u64(Tree.field(map, "stake"), "stake"));
    }

    public static SingleSignatureWithRegisteredParty decodeSignatureWithParty(byte[] bytes) throws StmException {
        Map<String, Object> map = Tree.map(read(bytes), "signature with registered party");
        return new SingleSignatureWithRegisteredParty(
                StmBytes.decodeSingleSignature(Tree.bytes(Tree.field(map, "signature_bytes"), "signature_bytes")),
                StmBytes.decodeRegistrationEntry(
                        Tree.bytes(Tree.field(map, "registration_entry_bytes"), "registration_entry_bytes")));
    }

    public static MerkleBatchPath decodeBatchPath(byte[] bytes) throws StmException {
        return Shapes.batchPath(read(bytes));
    }

    public static ConcatenationProof decodeConcatenationProof(byte[] bytes) throws StmException {
        Map<String, Object> map = Tree.map(read(bytes), "concatenation proof");
        List<SingleSignatureWithRegisteredParty> signatures = ParallelDecode.map(
                Tree.list(Tree.field(map, "signature_bytes"), "signature_bytes"),
                s -> StmBytes.decodeSignatureWithParty(Tree.bytes(s, "signature_bytes")));
        MerkleBatchPath path = StmBytes.decodeBatchPath(
                Tree.bytes(Tree.field(map, "batch_proof_bytes"), "batch_proof_bytes"));
        return new ConcatenationProof(signatures, path);
    }

    public static ConcatenationProof decodeAggregateSignature(byte[] bytes) throws StmException {
        Map<String, Object> map = Tree.map(read(bytes), "aggregate signature");
        long type = Tree.u64(Tree.field(map, "signature_type"), "signature_type");
        if (type != CONCATENATION) {
            throw new StmException(StmError.UNSUPPORTED_SIGNATURE_TYPE,
                    "aggregate signature type " + Long.toUnsignedString(type) + " is not Concatenation");
        }
        return StmBytes.decodeConcatenationProof(Tree.bytes(Tree.field(map, "proof_bytes"), "proof_bytes"));
    }

    public static AggregateVerificationKey decodeAggregateVerificationKey(byte[] bytes) throws StmException {
        return Shapes.aggregateVerificationKey(read(bytes));
    }

    public static Parameters decodeParameters(byte[] bytes) throws StmException {
        return Shapes.parameters(read(bytes));
    }

    private static Object read(byte[] bytes) throws StmException {
        if (bytes.length < 2 || bytes[0] != 0x01) {
            throw Tree.error("not CBOR v1 bytes");
        }
        return CborReader.read(bytes, 1);
    }
}
