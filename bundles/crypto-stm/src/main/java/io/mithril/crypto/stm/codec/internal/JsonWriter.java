package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.MerkleBatchPath;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.SingleSignatureWithRegisteredParty;

/**
 * serde_json compact output of the reference's types, byte for byte: no whitespace, declaration field order, byte
 * arrays as arrays of decimal numbers, unsigned integers, {@code PhantomData} as {@code null}. Written by hand because
 * the output is only fixed keys, integers and arrays, and exactness is the whole point.
 */
public final class JsonWriter {
    private final StringBuilder out;

    public JsonWriter(int capacityHint) {
        this.out = new StringBuilder(capacityHint);
    }

    public String result() {
        return out.toString();
    }

    public JsonWriter bytes(byte[] bytes) {
        out.append('[');
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(bytes[i] & 0xFF);
        }
        out.append(']');
        return this;
    }

    public JsonWriter unsigned(long v) {
        out.append(Long.toUnsignedString(v));
        return this;
    }

    private JsonWriter unsignedArray(long[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            unsigned(values[i]);
        }
        out.append(']');
        return this;
    }

    private JsonWriter raw(String s) {
        out.append(s);
        return this;
    }

    public JsonWriter verificationKeyProofOfPossession(BlsVerificationKeyProofOfPossession key) {
        return raw("{\"vk\":").bytes(key.verificationKey().toBytes())
                .raw(",\"pop\":").bytes(key.proofOfPossession().toBytes()).raw("}");
    }

    public JsonWriter singleSignature(SingleSignature sig) {
        return raw("{\"sigma\":").bytes(sig.sigma().toBytes())
                .raw(",\"indexes\":").unsignedArray(sig.indexes())
                .raw(",\"signer_index\":").unsigned(sig.signerIndex()).raw("}");
    }

    public JsonWriter registrationEntry(RegistrationEntry entry) {
        return raw("[").bytes(entry.verificationKey().toBytes()).raw(",").unsigned(entry.stake()).raw("]");
    }

    public JsonWriter signatureWithParty(SingleSignatureWithRegisteredParty s) {
        return raw("[").singleSignature(s.signature()).raw(",").registrationEntry(s.registrationEntry()).raw("]");
    }

    public JsonWriter batchPath(MerkleBatchPath path) {
        raw("{\"values\":[");
        boolean first = true;
        for (byte[] value : path.values()) {
            if (!first) {
                out.append(',');
            }
            bytes(value);
            first = false;
        }
        return raw("],\"indices\":").unsignedArray(path.indices()).raw(",\"hasher\":null}");
    }

    /** Also the JSON of {@code AggregateSignature::Concatenation}, which is untagged. */
    public JsonWriter concatenationProof(ConcatenationProof proof) {
        raw("{\"signatures\":[");
        boolean first = true;
        for (SingleSignatureWithRegisteredParty s : proof.signatures()) {
            if (!first) {
                out.append(',');
            }
            signatureWithParty(s);
            first = false;
        }
        return raw("],\"batch_proof\":").batchPath(proof.batchProof()).raw("}");
    }

    public JsonWriter aggregateVerificationKey(AggregateVerificationKey avk) {
        return raw("{\"mt_commitment\":{\"root\":").bytes(avk.root())
                .raw(",\"nr_leaves\":").unsigned(avk.nrLeaves())
                .raw(",\"hasher\":null},\"total_stake\":").unsigned(avk.totalStake()).raw("}");
    }

    /** The STM struct's order {@code m, k, phi_f} (certificate metadata uses another order, not produced here). */
    public JsonWriter parameters(Parameters p) {
        return raw("{\"m\":").unsigned(p.m()).raw(",\"k\":").unsigned(p.k())
                .raw(",\"phi_f\":").raw(RustFloat.format(p.phiF())).raw("}");
    }
}
