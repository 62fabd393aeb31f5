package io.mithril.crypto.merkle;

import io.mithril.crypto.internal.JsonHex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proof of membership in an {@link MKMap}: a master proof over the map's entries plus, per proven entry, a sub
 * proof inside its value (sorted by block range). The certified root is the master proof's root.
 */
public final class MKMapProof {
    /** A sub proof for one map entry. */
    public record SubProof(BlockRange range, MKMapProof proof) {
        public SubProof {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(proof, "proof");
        }
    }

    private final MKProof masterProof;
    private final List<SubProof> subProofs;

    public MKMapProof(MKProof masterProof, List<SubProof> subProofs) {
        this.masterProof = Objects.requireNonNull(masterProof, "masterProof");
        this.subProofs = List.copyOf(subProofs);
    }

    public MKProof masterProof() {
        return masterProof;
    }

    public List<SubProof> subProofs() {
        return subProofs;
    }

    /** The root this proof certifies (the map root). */
    public MKTreeNode root() {
        return masterProof.root();
    }

    /**
     * Verifies every sub proof, the master proof, and that each sub proof's {@code merge(range, root)} is a master
     * leaf.
     */
    public void verify() throws MerkleProofException {
        for (SubProof sub : subProofs) {
            try {
                sub.proof().verify();
            } catch (MerkleProofException e) {
                throw new MerkleProofException(MerkleProofException.Reason.SUB_PROOF_INVALID,
                        "MKMapProof could not verify sub proof " + sub.range() + ": " + e.getMessage(), e);
            }
        }
        masterProof.verify();
        for (SubProof sub : subProofs) {
            MKTreeNode masterLeaf = sub.range().toTreeNode().merge(sub.proof().root());
            if (!masterProof.contains(masterLeaf)) {
                throw new MerkleProofException(MerkleProofException.Reason.SUB_PROOF_NOT_IN_MASTER,
                        "MKMapProof could not match verified leaves of master proof for " + sub.range());
            }
        }
    }

    /** True if {@code leaf} is a master leaf or (recursively) a leaf of a sub proof. */
    public boolean contains(MKTreeNode leaf) {
        if (masterProof.contains(leaf)) {
            return true;
        }
        for (SubProof sub : subProofs) {
            if (sub.proof().contains(leaf)) {
                return true;
            }
        }
        return false;
    }

    /** The proven leaves: the master proof's if there is no sub proof, else those of the sub proofs. */
    public List<MKTreeNode> leaves() {
        if (subProofs.isEmpty()) {
            return masterProof.leaves();
        }
        List<MKTreeNode> out = new ArrayList<>();
        for (SubProof sub : subProofs) {
            out.addAll(sub.proof().leaves());
        }
        return out;
    }

    /** v1 wire form ({@code /proof/cardano-transaction}): JSON-hex of the compact serde JSON. */
    public String toJsonHex() {
        return ProofJsonCodec.toJsonHex(this);
    }

    /** v2 wire form ({@code /proof/v2/…}): bincode 2 standard-config bytes. */
    public byte[] toBytes() {
        return ProofBincodeCodec.encode(this);
    }

    /** v2 wire form as lowercase hex. */
    public String toBytesHex() {
        return org.bouncycastle.util.encoders.Hex.toHexString(toBytes());
    }

    public static MKMapProof fromJsonHex(String jsonHex) {
        return ProofJsonCodec.mapProofFromJsonHex(jsonHex);
    }

    public static MKMapProof fromBytes(byte[] bincode) {
        return ProofBincodeCodec.decodeMapProof(bincode);
    }

    public static MKMapProof fromBytesHex(String hex) {
        return fromBytes(JsonHex.decodeHex(hex));
    }

    /** Decodes either wire form, JSON-hex first then bytes-hex, like the reference's key codec. */
    public static MKMapProof decode(String hex) {
        String text = hex.trim();
        if (text.startsWith("7b")) {
            try {
                return fromJsonHex(text);
            } catch (IllegalArgumentException e) {
                // fall through: bincode bytes may also start with 0x7b (a 123-byte root length)
            }
        }
        return fromBytesHex(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MKMapProof && masterProof.equals(((MKMapProof) o).masterProof)
                && subProofs.equals(((MKMapProof) o).subProofs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(masterProof, subProofs);
    }

    @Override
    public String toString() {
        return "MKMapProof[root=" + root().toHex() + ", subProofs=" + subProofs.size() + "]";
    }
}
