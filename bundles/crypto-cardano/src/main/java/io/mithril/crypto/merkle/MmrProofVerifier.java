package io.mithril.crypto.merkle;

import io.mithril.crypto.merkle.internal.MmrMath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** ckb-merkle-mountain-range 0.6 {@code calculate_root}: recomputes an MMR root from proven leaves and items. */
final class MmrProofVerifier {
    private MmrProofVerifier() {
    }

    static MKTreeNode calculateRoot(List<MKProof.Leaf> provenLeaves, long mmrSize, List<MKTreeNode> items)
            throws MerkleProofException {
        for (MKProof.Leaf leaf : provenLeaves) {
            if (leaf.position() < 0 || leaf.position() >= mmrSize || MmrMath.height(leaf.position()) > 0) {
                throw corrupted("position " + leaf.position() + " is not a leaf of an MMR of size " + mmrSize);
            }
        }
        if (provenLeaves.isEmpty()) {
            throw corrupted("no proven leaves");
        }
        if (mmrSize == 1 && provenLeaves.size() == 1 && provenLeaves.get(0).position() == 0) {
            if (!items.isEmpty()) {
                throw corrupted("unexpected items for a one-leaf tree");
            }
            return provenLeaves.get(0).node();
        }
        long[] peaks = MmrMath.peaks(mmrSize);
        if (peaks == null) {
            throw corrupted("invalid MMR size " + mmrSize);
        }
        List<MKProof.Leaf> sorted = new ArrayList<>(provenLeaves);
        sorted.sort(Comparator.comparingLong(MKProof.Leaf::position));
        Iterator<MKTreeNode> itemIterator = items.iterator();
        List<byte[]> peakHashes = new ArrayList<>();
        int next = 0;
        for (long peak : peaks) {
            int start = next;
            while (next < sorted.size() && sorted.get(next).position() <= peak) {
                next++;
            }
            List<MKProof.Leaf> underPeak = sorted.subList(start, next);
            if (underPeak.size() == 1 && underPeak.get(0).position() == peak) {
                peakHashes.add(underPeak.get(0).node().rawBytes());
            } else if (underPeak.isEmpty()) {
                if (!itemIterator.hasNext()) {
                    break; // the remaining right peaks were bagged into an item already consumed
                }
                peakHashes.add(itemIterator.next().rawBytes());
            } else {
                peakHashes.add(peakRoot(underPeak, peak, itemIterator));
            }
        }
        if (next != sorted.size()) {
            throw corrupted("leaves beyond the last peak");
        }
        if (itemIterator.hasNext()) {
            peakHashes.add(itemIterator.next().rawBytes()); // bagged right-hand peaks
        }
        if (itemIterator.hasNext()) {
            throw corrupted("unused proof items");
        }
        return MKTreeNode.wrap(MKTree.bagRightToLeft(peakHashes).clone());
    }

    private static byte[] peakRoot(List<MKProof.Leaf> leaves, long peak, Iterator<MKTreeNode> items)
            throws MerkleProofException {
        ArrayDeque<Object[]> queue = new ArrayDeque<>(); // {Long pos, byte[] hash, Integer height}
        for (MKProof.Leaf leaf : leaves) {
            queue.add(new Object[] {leaf.position(), leaf.node().rawBytes(), 0});
        }
        while (!queue.isEmpty()) {
            Object[] entry = queue.poll();
            long pos = (Long) entry[0];
            byte[] hash = (byte[]) entry[1];
            int height = (Integer) entry[2];
            if (pos == peak) {
                if (queue.isEmpty()) {
                    return hash;
                }
                throw corrupted("nodes left after reaching the peak");
            }
            boolean isRight = MmrMath.height(pos + 1) > height;
            long sibling = isRight ? pos - MmrMath.siblingOffset(height) : pos + MmrMath.siblingOffset(height);
            long parent = isRight ? pos + 1 : pos + MmrMath.parentOffset(height);
            byte[] siblingHash;
            if (!queue.isEmpty() && (Long) queue.peek()[0] == sibling) {
                siblingHash = (byte[]) queue.poll()[1];
            } else if (items.hasNext()) {
                siblingHash = items.next().rawBytes();
            } else {
                throw corrupted("missing proof item");
            }
            byte[] parentHash = isRight ? MKTreeNode.merge(siblingHash, hash) : MKTreeNode.merge(hash, siblingHash);
            if (parent > peak) {
                throw corrupted("climbed past the peak");
            }
            queue.add(new Object[] {parent, parentHash, height + 1});
        }
        throw corrupted("peak not reached");
    }

    private static MerkleProofException corrupted(String message) {
        return new MerkleProofException(MerkleProofException.Reason.CORRUPTED_PROOF, "corrupted Merkle proof: " + message);
    }
}
