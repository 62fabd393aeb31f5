package io.mithril.crypto.merkle;

import io.mithril.crypto.merkle.internal.MmrMath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * ckb-merkle-mountain-range 0.6 {@code gen_proof}: for each peak, the siblings met while climbing from the proven
 * leaves (in queue order), a peak root for each peak without proven leaves, and the trailing leaf-less peaks bagged
 * into one item when there are two or more. The item order is part of the wire format.
 */
final class MmrProofGenerator {
    private final LongFunction<byte[]> nodes;
    private final long mmrSize;

    MmrProofGenerator(LongFunction<byte[]> nodes, long mmrSize) {
        this.nodes = nodes;
        this.mmrSize = mmrSize;
    }

    List<MKTreeNode> generate(long[] leafPositions) {
        long[] positions = Arrays.stream(leafPositions).sorted().distinct().toArray();
        List<byte[]> proof = new ArrayList<>();
        if (mmrSize == 1 && positions.length == 1 && positions[0] == 0) {
            return List.of();
        }
        int next = 0;
        int baggingTrack = 0;
        for (long peak : MmrMath.peaks(mmrSize)) {
            int start = next;
            while (next < positions.length && positions[next] <= peak) {
                next++;
            }
            long[] underPeak = Arrays.copyOfRange(positions, start, next);
            baggingTrack = underPeak.length == 0 ? baggingTrack + 1 : 0;
            proveUnderPeak(proof, underPeak, peak);
        }
        if (next != positions.length) {
            throw new IllegalArgumentException("leaf positions beyond the tree");
        }
        if (baggingTrack > 1) {
            List<byte[]> rhsPeaks = new ArrayList<>(proof.subList(proof.size() - baggingTrack, proof.size()));
            proof.subList(proof.size() - baggingTrack, proof.size()).clear();
            proof.add(MKTree.bagRightToLeft(rhsPeaks));
        }
        List<MKTreeNode> items = new ArrayList<>(proof.size());
        for (byte[] item : proof) {
            items.add(MKTreeNode.wrap(item.clone()));
        }
        return items;
    }

    private void proveUnderPeak(List<byte[]> proof, long[] positions, long peak) {
        if (positions.length == 1 && positions[0] == peak) {
            return;
        }
        if (positions.length == 0) {
            proof.add(nodes.apply(peak));
            return;
        }
        ArrayDeque<long[]> queue = new ArrayDeque<>(); // {pos, height}
        for (long pos : positions) {
            queue.add(new long[] {pos, 0});
        }
        while (!queue.isEmpty()) {
            long[] entry = queue.poll();
            long pos = entry[0];
            int height = (int) entry[1];
            if (pos == peak) {
                break; // only reachable once the queue is drained: every leaf merged into the peak
            }
            boolean isRight = MmrMath.height(pos + 1) > height;
            long sibling = isRight ? pos - MmrMath.siblingOffset(height) : pos + MmrMath.siblingOffset(height);
            long parent = isRight ? pos + 1 : pos + MmrMath.parentOffset(height);
            if (!queue.isEmpty() && queue.peek()[0] == sibling) {
                queue.poll(); // the sibling is itself being proven: no item needed
            } else {
                proof.add(nodes.apply(sibling));
            }
            if (parent < peak) {
                queue.add(new long[] {parent, height + 1});
            }
        }
    }
}
