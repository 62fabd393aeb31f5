package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.bls.BlsSignature;
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
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The legacy big-endian packing of {@code to_bytes()} (before mithril-stm 0.10, still sent by older signers). As the
 * reference, decoding reads what it needs and ignores trailing bytes.
 */
public final class LegacyCodec {
    private static final int HASH_SIZE = 32;

    private LegacyCodec() {
    }

    public static byte[] singleSignature(SingleSignature sig) {
        Out out = new Out();
        long[] indexes = sig.indexes();
        out.u64(indexes.length);
        for (long i : indexes) {
            out.u64(i);
        }
        return out.raw(sig.sigma().toBytes()).u64(sig.signerIndex()).bytes();
    }

    public static byte[] registrationEntry(RegistrationEntry entry) {
        return entry.merkleLeaf();
    }

    public static byte[] signatureWithParty(SingleSignatureWithRegisteredParty s) {
        byte[] reg = registrationEntry(s.registrationEntry());
        byte[] sig = singleSignature(s.signature());
        return new Out().u64(reg.length).raw(reg).u64(sig.length).raw(sig).bytes();
    }

    public static byte[] batchPath(MerkleBatchPath path) {
        List<byte[]> values = path.values();
        long[] indices = path.indices();
        Out out = new Out().u64(values.size()).u64(indices.length);
        for (byte[] v : values) {
            if (v.length != HASH_SIZE) {
                throw new IllegalArgumentException("the legacy batch path holds 32-byte values only");
            }
            out.raw(v);
        }
        for (long i : indices) {
            out.u64(i);
        }
        return out.bytes();
    }

    public static byte[] concatenationProof(ConcatenationProof proof) {
        Out out = new Out().u64(proof.signatures().size());
        for (SingleSignatureWithRegisteredParty s : proof.signatures()) {
            byte[] b = signatureWithParty(s);
            out.u64(b.length).raw(b);
        }
        return out.raw(batchPath(proof.batchProof())).bytes();
    }

    public static byte[] aggregateSignature(ConcatenationProof proof) {
        byte[] inner = concatenationProof(proof);
        byte[] out = new byte[inner.length + 1];
        System.arraycopy(inner, 0, out, 1, inner.length); // type byte 0x00 = Concatenation
        return out;
    }

    public static byte[] aggregateVerificationKey(AggregateVerificationKey avk) {
        return new Out().u64(avk.nrLeaves()).raw(avk.root()).u64(avk.totalStake()).bytes();
    }

    public static byte[] parameters(Parameters p) {
        return new Out().u64(p.m()).u64(p.k()).u64(Double.doubleToLongBits(p.phiF())).bytes();
    }

    // ---- decoding ----

    public static SingleSignature decodeSingleSignature(byte[] bytes) throws StmException {
        In in = new In(bytes);
        int n = in.count(8);
        long[] indexes = new long[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = in.u64();
        }
        BlsSignature sigma = Points.signature(in.take(BlsSignature.SIZE));
        return new SingleSignature(sigma, indexes, in.u64());
    }

    public static RegistrationEntry decodeRegistrationEntry(byte[] bytes) throws StmException {
        In in = new In(bytes);
        BlsVerificationKey vk = Points.verificationKey(in.take(BlsVerificationKey.SIZE));
        return new RegistrationEntry(vk, in.u64());
    }

    public static SingleSignatureWithRegisteredParty decodeSignatureWithParty(byte[] bytes) throws StmException {
        In in = new In(bytes);
        RegistrationEntry entry = StmBytes.decodeRegistrationEntry(in.take(in.count(1)));
        SingleSignature sig = StmBytes.decodeSingleSignature(in.take(in.count(1)));
        return new SingleSignatureWithRegisteredParty(sig, entry);
    }

    public static MerkleBatchPath decodeBatchPath(byte[] bytes) throws StmException {
        In in = new In(bytes);
        int nValues = in.count(HASH_SIZE);
        int nIndices = in.count(8);
        List<byte[]> values = new ArrayList<>(nValues);
        for (int i = 0; i < nValues; i++) {
            values.add(in.take(HASH_SIZE));
        }
        long[] indices = new long[nIndices];
        for (int i = 0; i < nIndices; i++) {
            indices[i] = in.u64();
        }
        return new MerkleBatchPath(values, indices);
    }

    public static ConcatenationProof decodeConcatenationProof(byte[] bytes) throws StmException {
        In in = new In(bytes);
        int n = in.count(8);
        List<SingleSignatureWithRegisteredParty> signatures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            signatures.add(StmBytes.decodeSignatureWithParty(in.take(in.count(1))));
        }
        return new ConcatenationProof(signatures, StmBytes.decodeBatchPath(in.rest()));
    }

    public static ConcatenationProof decodeAggregateSignature(byte[] bytes) throws StmException {
        if (bytes.length == 0) {
            throw Tree.error("empty aggregate signature");
        }
        if (bytes[0] != 0) {
            throw new StmException(StmError.UNSUPPORTED_SIGNATURE_TYPE,
                    "aggregate signature type " + bytes[0] + " is not Concatenation");
        }
        return StmBytes.decodeConcatenationProof(Arrays.copyOfRange(bytes, 1, bytes.length));
    }

    /** {@code nr_leaves || root || total_stake}: the root is whatever lies between the two integers. */
    public static AggregateVerificationKey decodeAggregateVerificationKey(byte[] bytes) throws StmException {
        if (bytes.length < 16) {
            throw Tree.error("aggregate verification key too short");
        }
        In in = new In(bytes);
        long nrLeaves = in.u64();
        byte[] root = in.take(bytes.length - 16);
        return new AggregateVerificationKey(root, nrLeaves, in.u64());
    }

    public static Parameters decodeParameters(byte[] bytes) throws StmException {
        In in = new In(bytes);
        return new Parameters(in.u64(), in.u64(), Double.longBitsToDouble(in.u64()));
    }

    private static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Out u64(long v) {
            for (int i = 7; i >= 0; i--) {
                out.write((int) (v >>> (8 * i)) & 0xFF);
            }
            return this;
        }

        Out raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static final class In {
        private final byte[] in;
        private int pos;

        In(byte[] in) {
            this.in = in;
        }

        long u64() throws StmException {
            byte[] b = take(8);
            long v = 0;
            for (byte x : b) {
                v = (v << 8) | (x & 0xFF);
            }
            return v;
        }

        /** A u64 count or length of items of {@code itemSize} bytes, checked against what is left. */
        int count(int itemSize) throws StmException {
            long n = u64();
            if (n < 0 || n > (in.length - pos) / itemSize) {
                throw Tree.error("legacy bytes: count " + Long.toUnsignedString(n) + " exceeds the input");
            }
            return (int) n;
        }

        byte[] take(int n) throws StmException {
            if (n > in.length - pos) {
                throw Tree.error("legacy bytes truncated");
            }
            byte[] b = Arrays.copyOfRange(in, pos, pos + n);
            pos += n;
            return b;
        }

        byte[] rest() {
            byte[] b = Arrays.copyOfRange(in, pos, in.length);
            pos = in.length;
            return b;
        }
    }
}
