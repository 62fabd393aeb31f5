package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.bls.BlsVerificationKey;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decoded trees to STM values. The struct shapes (single signature, AVK, parameters, batch path) are the same in JSON
 * and CBOR; the tuple shapes used inside JSON aggregates are JSON only. Unknown map keys are ignored (forward
 * compatibility, e.g. SNARK fields).
 */
public final class Shapes {
    private Shapes() {
    }

    public static SingleSignature singleSignature(Object node) throws StmException {
        Map<String, Object> map = Tree.map(node, "single signature");
        return new SingleSignature(
                Points.signature(Tree.bytes(Tree.field(map, "sigma"), BlsSignature.SIZE, "sigma")),
                Tree.u64Array(Tree.field(map, "indexes"), "indexes"),
                Tree.u64(Tree.field(map, "signer_index"), "signer_index"));
    }

    public static AggregateVerificationKey aggregateVerificationKey(Object node) throws StmException {
        Map<String, Object> map = Tree.map(node, "aggregate verification key");
        Map<String, Object> commitment = Tree.map(Tree.field(map, "mt_commitment"), "mt_commitment");
        return new AggregateVerificationKey(
                Tree.bytes(Tree.field(commitment, "root"), "root"),
                Tree.u64(Tree.field(commitment, "nr_leaves"), "nr_leaves"),
                Tree.u64(Tree.field(map, "total_stake"), "total_stake"));
    }

    public static Parameters parameters(Object node) throws StmException {
        Map<String, Object> map = Tree.map(node, "parameters");
        return new Parameters(Tree.u64(Tree.field(map, "m"), "m"), Tree.u64(Tree.field(map, "k"), "k"),
                Tree.f64(Tree.field(map, "phi_f"), "phi_f"));
    }

    public static MerkleBatchPath batchPath(Object node) throws StmException {
        Map<String, Object> map = Tree.map(node, "batch path");
        List<byte[]> values = new ArrayList<>();
        for (Object value : Tree.list(Tree.field(map, "values"), "values")) {
            values.add(Tree.bytes(value, "batch path value"));
        }
        return new MerkleBatchPath(values, Tree.u64Array(Tree.field(map, "indices"), "indices"));
    }

    /** JSON {@code {"vk":[96],"pop":[96]}}. */
    public static BlsVerificationKeyProofOfPossession verificationKeyProofOfPossessionJson(Object node)
            throws StmException {
        Map<String, Object> map = Tree.map(node, "verification key");
        return Points.verificationKeyProofOfPossession(
                Tree.bytes(Tree.field(map, "vk"), BlsVerificationKey.SIZE, "vk"),
                Tree.bytes(Tree.field(map, "pop"), 96, "pop"));
    }

    /** JSON {@code [[96 bytes], stake]}. */
    public static RegistrationEntry registrationEntryJson(Object node) throws StmException {
        List<Object> tuple = Tree.list(node, "registration entry");
        if (tuple.size() < 2) {
            throw Tree.error("registration entry must be [vk, stake]");
        }
        return new RegistrationEntry(
                Points.verificationKey(Tree.bytes(tuple.get(0), BlsVerificationKey.SIZE, "verification key")),
                Tree.u64(tuple.get(1), "stake"));
    }

    /** JSON {@code [signature, [vk, stake]]}. */
    public static SingleSignatureWithRegisteredParty signatureWithPartyJson(Object node) throws StmException {
        List<Object> tuple = Tree.list(node, "signature with registered party");
        if (tuple.size() != 2) {
            throw Tree.error("signature with registered party must be [signature, entry]");
        }
        return new SingleSignatureWithRegisteredParty(singleSignature(tuple.get(0)), registrationEntryJson(tuple.get(1)));
    }

    /** JSON {@code {"signatures":[...],"batch_proof":{...}}}, which is also the untagged Concatenation aggregate. */
    public static ConcatenationProof concatenationProofJson(Object node) throws StmException {
        Map<String, Object> map = Tree.map(node, "aggregate signature");
        if (!map.containsKey("signatures") && (map.containsKey("Snark") || map.containsKey("IvcSnark"))) {
            throw new StmException(StmError.UNSUPPORTED_SIGNATURE_TYPE,
                    "only Concatenation aggregate signatures are supported, got " + map.keySet());
        }
        List<SingleSignatureWithRegisteredParty> signatures =
                ParallelDecode.map(Tree.list(Tree.field(map, "signatures"), "signatures"), Shapes::signatureWithPartyJson);
        return new ConcatenationProof(signatures, batchPath(Tree.field(map, "batch_proof")));
    }
}
