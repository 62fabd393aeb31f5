package io.mithril.core.internal.certifier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import io.mithril.core.internal.store.Json;
import io.mithril.store.SingleSignatureRepository;
import io.mithril.store.SingleSignatureRecord;

/**
 * The cheap pre-check that lets a certificate be produced as soon as a quorum is reached: the distinct lottery
 * indexes of the signatures stored for each open message. Reaching k distinct indexes is necessary for an aggregate
 * (stm.md §5.2); the certifier then does the real aggregation. Loaded from the store the first time a message is
 * seen, so a restart loses nothing.
 */
public final class QuorumTracker {
    private static final TypeReference<long[]> INDEXES = new TypeReference<>() {
    };

    private final SingleSignatureRepository signatures;
    private final Map<String, Set<Long>> indexesByMessage = new HashMap<>();

    public QuorumTracker(SingleSignatureRepository signatures) {
        this.signatures = signatures;
    }

    /**
     * Adds the indexes of a signature just stored for an open message.
     *
     * @return true when the message's distinct indexes reach {@code k}
     */
    public synchronized boolean record(String openMessageId, long[] indexes, long k) {
        Set<Long> known = indexesByMessage.computeIfAbsent(openMessageId, this::load);
        for (long index : indexes) {
            known.add(index);
        }
        return Long.compareUnsigned(known.size(), k) >= 0;
    }

    /** Drops a message (certified, or of a past epoch). */
    public synchronized void forget(String openMessageId) {
        indexesByMessage.remove(openMessageId);
    }

    public synchronized void clear() {
        indexesByMessage.clear();
    }

    private Set<Long> load(String openMessageId) {
        Set<Long> indexes = new HashSet<>();
        for (SingleSignatureRecord stored : signatures.byOpenMessage(openMessageId)) {
            for (long index : Json.read(stored.lotteryIndexes(), INDEXES)) {
                indexes.add(index);
            }
        }
        return indexes;
    }
}
