package io.mithril.crypto.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.internal.JsonHex;
import java.util.ArrayList;
import java.util.List;

/**
 * The v1 proof encoding: compact serde_json of the Rust structs (fields in declaration order, byte strings as
 * arrays of decimal integers), hex-encoded (cardano-data.md §0.3).
 */
final class ProofJsonCodec {
    private ProofJsonCodec() {
    }

    static String toJsonHex(MKProof proof) {
        return JsonHex.fromJson(append(new StringBuilder(), proof).toString());
    }

    static String toJsonHex(MKMapProof proof) {
        return JsonHex.fromJson(append(new StringBuilder(), proof).toString());
    }

    static MKProof proofFromJsonHex(String jsonHex) {
        return readProof(JsonHex.parse(jsonHex));
    }

    static MKMapProof mapProofFromJsonHex(String jsonHex) {
        return readMapProof(JsonHex.parse(jsonHex));
    }

    private static StringBuilder append(StringBuilder out, MKMapProof proof) {
        out.append("{\"master_proof\":");
        append(out, proof.masterProof()).append(",\"sub_proofs\":[");
        List<MKMapProof.SubProof> subs = proof.subProofs();
        for (int i = 0; i < subs.size(); i++) {
            MKMapProof.SubProof sub = subs.get(i);
            out.append(i == 0 ? "" : ",").append("[{\"inner_range\":{\"start\":").append(sub.range().start())
                    .append(",\"end\":").append(sub.range().end()).append("}},");
            append(out, sub.proof()).append(']');
        }
        return out.append("]}");
    }

    private static StringBuilder append(StringBuilder out, MKProof proof) {
        out.append("{\"inner_root\":");
        appendNode(out, proof.root()).append(",\"inner_leaves\":[");
        List<MKProof.Leaf> leaves = proof.provenLeaves();
        for (int i = 0; i < leaves.size(); i++) {
            out.append(i == 0 ? "[" : ",[").append(Long.toUnsignedString(leaves.get(i).position())).append(',');
            appendNode(out, leaves.get(i).node()).append(']');
        }
        out.append("],\"inner_proof_size\":").append(Long.toUnsignedString(proof.mmrSize()))
                .append(",\"inner_proof_items\":[");
        List<MKTreeNode> items = proof.items();
        for (int i = 0; i < items.size(); i++) {
            appendNode(out.append(i == 0 ? "" : ","), items.get(i));
        }
        return out.append("]}");
    }

    private static StringBuilder appendNode(StringBuilder out, MKTreeNode node) {
        out.append("{\"hash\":");
        return JsonHex.appendByteArray(out, node.rawBytes()).append('}');
    }

    private static MKMapProof readMapProof(JsonNode node) {
        requireObject(node, "MKMapProof");
        JsonNode subs = field(node, "sub_proofs");
        if (!subs.isArray()) {
            throw new IllegalArgumentException("MKMapProof.sub_proofs: expected an array");
        }
        List<MKMapProof.SubProof> subProofs = new ArrayList<>(subs.size());
        for (JsonNode pair : subs) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new IllegalArgumentException("MKMapProof.sub_proofs: expected [range, proof] pairs");
            }
            JsonNode range = field(requireObject(pair.get(0), "BlockRange"), "inner_range");
            requireObject(range, "BlockRange.inner_range");
            subProofs.add(new MKMapProof.SubProof(
                    new BlockRange(JsonHex.unsignedLong(field(range, "start"), "start"),
                            JsonHex.unsignedLong(field(range, "end"), "end")),
                    readMapProof(pair.get(1))));
        }
        return new MKMapProof(readProof(field(node, "master_proof")), subProofs);
    }

    private static MKProof readProof(JsonNode node) {
        requireObject(node, "MKProof");
        JsonNode leaves = field(node, "inner_leaves");
        JsonNode items = field(node, "inner_proof_items");
        if (!leaves.isArray() || !items.isArray()) {
            throw new IllegalArgumentException("MKProof: inner_leaves and inner_proof_items must be arrays");
        }
        List<MKProof.Leaf> provenLeaves = new ArrayList<>(leaves.size());
        for (JsonNode pair : leaves) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new IllegalArgumentException("MKProof.inner_leaves: expected [position, node] pairs");
            }
            provenLeaves.add(new MKProof.Leaf(JsonHex.unsignedLong(pair.get(0), "position"), readNode(pair.get(1))));
        }
        List<MKTreeNode> proofItems = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            proofItems.add(readNode(item));
        }
        return new MKProof(readNode(field(node, "inner_root")), provenLeaves,
                JsonHex.unsignedLong(field(node, "inner_proof_size"), "inner_proof_size"), proofItems);
    }

    private static MKTreeNode readNode(JsonNode node) {
        requireObject(node, "MKTreeNode");
        return MKTreeNode.wrap(JsonHex.bytes(field(node, "hash"), -1, "MKTreeNode.hash"));
    }

    private static JsonNode requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + ": expected a JSON object");
        }
        return node;
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return value;
    }
}
