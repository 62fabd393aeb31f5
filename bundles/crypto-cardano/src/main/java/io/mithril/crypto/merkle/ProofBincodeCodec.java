package io.mithril.crypto.merkle;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The v2 proof encoding: bincode 2 with {@code config::standard()} — little-endian varints (below 251: one byte;
 * 251/252/253 + u16/u32/u64 LE), length-prefixed sequences, struct fields in order without names
 * (cardano-data.md §0.3). Decoding is strict: canonical varints only, no trailing bytes.
 */
final class ProofBincodeCodec {
    private ProofBincodeCodec() {
    }

    static byte[] encode(MKProof proof) {
        Writer out = new Writer();
        out.proof(proof);
        return out.bytes.toByteArray();
    }

    static byte[] encode(MKMapProof proof) {
        Writer out = new Writer();
        out.mapProof(proof);
        return out.bytes.toByteArray();
    }

    static MKProof decodeProof(byte[] bytes) {
        Reader in = new Reader(bytes);
        MKProof proof = in.proof();
        in.requireEnd();
        return proof;
    }

    static MKMapProof decodeMapProof(byte[] bytes) {
        Reader in = new Reader(bytes);
        MKMapProof proof = in.mapProof(0);
        in.requireEnd();
        return proof;
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void mapProof(MKMapProof proof) {
            proof(proof.masterProof());
            varint(proof.subProofs().size());
            for (MKMapProof.SubProof sub : proof.subProofs()) {
                varint(sub.range().start());
                varint(sub.range().end());
                mapProof(sub.proof());
            }
        }

        void proof(MKProof proof) {
            node(proof.root());
            varint(proof.provenLeaves().size());
            for (MKProof.Leaf leaf : proof.provenLeaves()) {
                varint(leaf.position());
                node(leaf.node());
            }
            varint(proof.mmrSize());
            varint(proof.items().size());
            for (MKTreeNode item : proof.items()) {
                node(item);
            }
        }

        void node(MKTreeNode node) {
            byte[] raw = node.rawBytes();
            varint(raw.length);
            bytes.write(raw, 0, raw.length);
        }

        void varint(long value) {
            if (Long.compareUnsigned(value, 251) < 0) {
                bytes.write((int) value);
            } else if (Long.compareUnsigned(value, 1L << 16) < 0) {
                bytes.write(251);
                littleEndian(value, 2);
            } else if (Long.compareUnsigned(value, 1L << 32) < 0) {
                bytes.write(252);
                littleEndian(value, 4);
            } else {
                bytes.write(253);
                littleEndian(value, 8);
            }
        }

        private void littleEndian(long value, int size) {
            for (int i = 0; i < size; i++) {
                bytes.write((int) (value >>> (8 * i)));
            }
        }
    }

    private static final class Reader {
        private static final int MAX_DEPTH = 64;
        private final byte[] in;
        private int pos;

        Reader(byte[] in) {
            this.in = in;
        }

        MKMapProof mapProof(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("bincode: proof nesting too deep");
            }
            MKProof master = proof();
            int count = length();
            List<MKMapProof.SubProof> subs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                BlockRange range = new BlockRange(varint(), varint());
                subs.add(new MKMapProof.SubProof(range, mapProof(depth + 1)));
            }
            return new MKMapProof(master, subs);
        }

        MKProof proof() {
            MKTreeNode root = node();
            int leafCount = length();
            List<MKProof.Leaf> leaves = new ArrayList<>(leafCount);
            for (int i = 0; i < leafCount; i++) {
                long position = varint();
                leaves.add(new MKProof.Leaf(position, node()));
            }
            long mmrSize = varint();
            int itemCount = length();
            List<MKTreeNode> items = new ArrayList<>(itemCount);
            for (int i = 0; i < itemCount; i++) {
                items.add(node());
            }
            return new MKProof(root, leaves, mmrSize, items);
        }

        MKTreeNode node() {
            int length = length();
            byte[] raw = Arrays.copyOfRange(in, pos, pos + length);
            pos += length;
            return MKTreeNode.wrap(raw);
        }

        /** A sequence length: bounded by the remaining input, since every element takes at least one byte. */
        int length() {
            long n = varint();
            if (Long.compareUnsigned(n, in.length - pos) > 0) {
                throw new IllegalArgumentException("bincode: length " + Long.toUnsignedString(n) + " exceeds input");
            }
            return (int) n;
        }

        long varint() {
            int first = next();
            if (first < 251) {
                return first;
            }
            int size = switch (first) {
                case 251 -> 2;
                case 252 -> 4;
                case 253 -> 8;
                default -> throw new IllegalArgumentException("bincode: unsupported varint tag " + first);
            };
            long value = 0;
            for (int i = 0; i < size; i++) {
                value |= ((long) next()) << (8 * i);
            }
            long min = size == 2 ? 251 : size == 4 ? 1L << 16 : 1L << 32;
            if (Long.compareUnsigned(value, min) < 0) {
                throw new IllegalArgumentException("bincode: non-canonical varint");
            }
            return value;
        }

        void requireEnd() {
            if (pos != in.length) {
                throw new IllegalArgumentException("bincode: " + (in.length - pos) + " trailing bytes");
            }
        }

        private int next() {
            if (pos >= in.length) {
                throw new IllegalArgumentException("bincode: unexpected end of input");
            }
            return in[pos++] & 0xff;
        }
    }
}
