package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.stm.StmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decodes list elements in parallel when there are many (each holds points to decompress and subgroup-check), and
 * reports the first failure in list order, as a sequential decoder would.
 */
final class ParallelDecode {
    private static final int PARALLEL_THRESHOLD = 16;

    interface Decoder<T> {
        T decode(Object node) throws StmException;
    }

    private ParallelDecode() {
    }

    static <T> List<T> map(List<Object> nodes, Decoder<T> decoder) throws StmException {
        if (nodes.size() < PARALLEL_THRESHOLD) {
            List<T> out = new ArrayList<>(nodes.size());
            for (Object node : nodes) {
                out.add(decoder.decode(node));
            }
            return out;
        }
        Object[] results = new Object[nodes.size()];
        IntStream.range(0, nodes.size()).parallel().forEach(i -> {
            try {
                results[i] = decoder.decode(nodes.get(i));
            } catch (StmException e) {
                results[i] = e;
            } catch (RuntimeException e) {
                results[i] = Tree.error("cannot decode element " + i + ": " + e);
            }
        });
        List<T> out = new ArrayList<>(results.length);
        for (Object r : results) {
            if (r instanceof StmException) {
                throw (StmException) r;
            }
            @SuppressWarnings("unchecked")
            T t = (T) r;
            out.add(t);
        }
        return out;
    }
}
